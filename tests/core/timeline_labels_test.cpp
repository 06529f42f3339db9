// Labels and clusters: never overlapping, stacking and shortening, collapsing into counts.
#include <catch2/catch.hpp>

#include <cmath>

#include "core/layout/timeline_geometry.hpp"
#include "timeline_fixture.hpp"

using namespace lineage;

namespace {

struct Scene1080 {
  TimelineCamera camera;
  std::vector<LaneBand> bands;
  LabelMetrics metrics;
};

Scene1080 layout_1080(const TimelineModel& model) {
  Scene1080 s;
  s.camera.set_plot(230, 1670);
  s.bands = lane_bands(static_cast<int>(model.lanes.size()), 110, 1000, 46);
  s.metrics.rows = label_rows_fitting(s.bands, s.metrics);
  return s;
}

// Every pair of drawn labels, and every label against the lane's bottom.
void check_no_overlaps(const TimelineModel& model, const TimelineLabels& labels, const Scene1080& s, double align,
                       int& shown) {
  std::vector<Box> boxes, markers;
  for (int r = 0; r < static_cast<int>(model.lanes.size()); ++r) {
    std::vector<Box> lane_markers;
    for (int i = labels.lane_begin[r]; i < labels.lane_begin[r + 1]; ++i) {
      const TimelineItem& it = labels.items[i];
      float x = static_cast<float>(item_x(s.camera, it, lane_shift(model, r, align)));
      Box m = marker_box(it, x, s.bands[r]);
      m.x0 += 3, m.x1 -= 3;  // the marker itself, without the hit slop
      for (const Box& other : lane_markers) CHECK_FALSE(m.overlaps(other));
      lane_markers.push_back(m);
      if (it.label_row < 0) continue;
      Box b = label_box(it, x, s.bands[r], s.metrics);
      CHECK(b.y1 <= s.bands[r].bottom);
      for (const Box& other : boxes) CHECK_FALSE(b.overlaps(other));
      boxes.push_back(b);
      ++shown;
    }
  }
}

}  // namespace

TEST_CASE("no two labels overlap for the bundled story at 10 zoom levels", "[timeline]") {
  auto story = timeline_test::bundled();
  REQUIRE(story);
  TimelineModel model = build_timeline(*story);
  auto text = timeline_test::label_text(*story);
  Scene1080 s = layout_1080(model);
  for (double align : {0.0, 1.0}) {
    s.camera.jump(s.camera.fitted(align > 0 ? model.aligned_from : model.from, align > 0 ? model.aligned_to : model.to));
    double fit = s.camera.scale();
    for (int level = 0; level < 10; ++level) {
      double scale = fit * std::pow(2.0, level);
      s.camera.jump(s.camera.centred_on(2005, scale));
      for (int selected : {-1, story->moment("the-push"), story->chronological.front()}) {
        TimelineLabels labels = place_labels(*story, model, text, scale, s.metrics, selected);
        int shown = 0;
        check_no_overlaps(model, labels, s, align, shown);
        CHECK(shown > 0);
        if (selected >= 0 && !labels.items[labels.item_of_moment[selected]].cluster()) {
          const TimelineItem& it = labels.items[labels.item_of_moment[selected]];
          CHECK(it.label_row == 0);
          CHECK_FALSE(it.shortened);
        }
      }
    }
  }
}

TEST_CASE("at the highest zoom every bundled moment has its own label", "[timeline]") {
  auto story = timeline_test::bundled();
  REQUIRE(story);
  TimelineModel model = build_timeline(*story);
  Scene1080 s = layout_1080(model);
  TimelineLabels labels = place_labels(*story, model, timeline_test::label_text(*story), 400, s.metrics);
  for (const TimelineItem& it : labels.items) {
    CHECK_FALSE(it.cluster());
    CHECK(it.label_row >= 0);
  }
}

TEST_CASE("crowded moments collapse into a count that expands on zoom", "[timeline]") {
  Story story = timeline_test::synthetic(1, 200, 0.05);  // 200 moments in ten years
  TimelineModel model = build_timeline(story);
  auto text = timeline_test::label_text(story);
  LabelMetrics metrics;
  TimelineLabels far = place_labels(story, model, text, 2.0, metrics);
  CHECK(far.items.size() < 10);
  std::size_t members = 0;
  for (const TimelineItem& it : far.items) {
    members += it.moments.size();
    if (it.cluster()) CHECK(it.label_row == -1);
  }
  CHECK(members == 200);
  TimelineLabels mid = place_labels(story, model, text, 200.0, metrics);
  CHECK(mid.items.size() > far.items.size());
  TimelineLabels near = place_labels(story, model, text, 2000.0, metrics);
  CHECK(near.items.size() == 200);
  // Zoomed right in, labels stack into rows or shorten, and still never overlap.
  bool stacked = false, shortened = false;
  for (const TimelineItem& it : near.items) {
    stacked = stacked || it.label_row > 0;
    shortened = shortened || it.shortened;
  }
  CHECK((stacked || shortened));
  for (const TimelineLabels* labels : {&far, &mid, &near}) {
    TimelineCamera camera;
    camera.set_plot(0, 1600);
    camera.jump(camera.centred_on(1905, labels->scale));
    LaneBand band{0, 400, 40};
    std::vector<Box> boxes;
    for (const TimelineItem& it : labels->items) {
      if (it.label_row < 0) continue;
      Box b = label_box(it, static_cast<float>(item_x(camera, it, 0)), band, metrics);
      for (const Box& o : boxes) CHECK_FALSE(b.overlaps(o));
      boxes.push_back(b);
    }
  }
}

TEST_CASE("a clustered moment stands alone at the scale found for it", "[timeline]") {
  Story story = timeline_test::synthetic(1, 200, 0.05);
  TimelineModel model = build_timeline(story);
  LabelMetrics metrics;
  double scale = scale_separating(story, model, 57, 2.0, metrics);
  CHECK(scale > 2.0);
  TimelineLabels labels = place_labels(story, model, timeline_test::label_text(story), scale, metrics, 57);
  const TimelineItem& it = labels.items[labels.item_of_moment[57]];
  CHECK_FALSE(it.cluster());
  CHECK(it.label_row == 0);
}

TEST_CASE("labels shorten before they disappear", "[timeline]") {
  Story story = timeline_test::synthetic(1, 2, 1.0);
  TimelineModel model = build_timeline(story);
  std::vector<LabelText> text = {{300, 120}, {300, 120}};
  LabelMetrics metrics;
  metrics.rows = 1;
  // 200 px apart: the first label can't be full (300 px), so it shortens to 120 px.
  TimelineLabels labels = place_labels(story, model, text, 200.0, metrics);
  REQUIRE(labels.items.size() == 2);
  CHECK(labels.items[0].label_row == 0);
  CHECK_FALSE(labels.items[0].shortened);
  CHECK(labels.items[1].label_row == -1);  // no room after a full first label in the one row
  metrics.rows = 2;
  labels = place_labels(story, model, text, 200.0, metrics);
  CHECK(labels.items[1].label_row == 1);  // stacked in the second row
}

TEST_CASE("a cluster is a run of its lane, at its members' mean time, the same when storage is recycled",
          "[timeline]") {
  Story story = timeline_test::synthetic(1, 3000, 0.05);  // one lane, crowded enough to merge far out
  TimelineModel model = build_timeline(story);
  auto text = timeline_test::label_text(story);
  LabelMetrics metrics;
  TimelineLabels recycled;
  for (double scale : {0.5, 2.0, 200.0, 2000.0}) {
    TimelineLabels labels = place_labels(story, model, text, scale, metrics);
    const std::vector<int>& lane = model.lanes[0].moments;
    std::size_t next = 0;  // items cover the lane in order, each a run of consecutive moments
    for (std::size_t i = 0; i < labels.items.size(); ++i) {
      const TimelineItem& it = labels.items[i];
      REQUIRE(it.moments.size() >= 1);
      REQUIRE(next + it.moments.size() <= lane.size());
      double sum = 0;
      for (std::size_t k = 0; k < it.moments.size(); ++k) {
        CHECK(it.moments[k] == lane[next + k]);
        CHECK(labels.item_of_moment[it.moments[k]] == static_cast<int>(i));
        sum += story.moments[it.moments[k]].when.estimate;
      }
      CHECK(it.time == sum / static_cast<double>(it.moments.size()));  // summed in member order, exactly
      next += it.moments.size();
    }
    CHECK(next == lane.size());
    INFO("scale " << scale);
    recycled = place_labels(story, model, text, scale, metrics, -1, std::move(recycled));
    REQUIRE(recycled.items.size() == labels.items.size());
    for (std::size_t i = 0; i < labels.items.size(); ++i) {
      CHECK(recycled.items[i].moments.first == labels.items[i].moments.first);
      CHECK(recycled.items[i].moments.size() == labels.items[i].moments.size());
      CHECK(recycled.items[i].label_row == labels.items[i].label_row);
      CHECK(recycled.items[i].time == labels.items[i].time);
    }
  }
}
