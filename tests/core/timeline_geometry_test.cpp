// Timeline geometry: hit testing, culling, minimap, echo arcs, uncertainty bars.
#include <catch2/catch.hpp>

#include "core/layout/timeline_geometry.hpp"
#include "timeline_fixture.hpp"

using namespace lineage;

TEST_CASE("clicking a marker or its label hits that moment; empty space hits nothing", "[timeline]") {
  auto story = timeline_test::bundled();
  REQUIRE(story);
  TimelineModel model = build_timeline(*story);
  TimelineCamera camera;
  camera.set_plot(230, 1670);
  camera.jump(camera.fitted(model.from, model.to));
  auto bands = lane_bands(static_cast<int>(model.lanes.size()), 110, 1000, 46);
  LabelMetrics metrics;
  metrics.rows = label_rows_fitting(bands, metrics);
  TimelineLabels labels = place_labels(*story, model, timeline_test::label_text(*story), 200, metrics);
  camera.jump(camera.centred_on(2008, 200));
  std::vector<double> shifts(model.lanes.size(), 0.0);
  int hits = 0;
  for (int i = 0; i < static_cast<int>(labels.items.size()); ++i) {
    const TimelineItem& it = labels.items[i];
    float x = static_cast<float>(item_x(camera, it, 0));
    if (x < 230 || x > 1900) continue;
    CHECK(hit_item(labels, bands, shifts, camera, metrics, x, bands[it.row].marker_y, 600) == i);
    if (it.label_row >= 0) {
      Box b = label_box(it, x, bands[it.row], metrics);
      CHECK(hit_item(labels, bands, shifts, camera, metrics, (b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2, 600) == i);
    }
    ++hits;
  }
  CHECK(hits > 0);
  CHECK(hit_item(labels, bands, shifts, camera, metrics, 300, 5, 600) == -1);  // above the lanes
}

TEST_CASE("culling returns only the items near the visible window", "[timeline]") {
  Story story = timeline_test::synthetic(2, 5000, 0.02);
  TimelineModel model = build_timeline(story);
  LabelMetrics metrics;
  TimelineCamera camera;
  camera.set_plot(0, 1000);
  camera.jump(camera.centred_on(1950, 500));  // two years across
  TimelineLabels labels = place_labels(story, model, timeline_test::label_text(story), 500, metrics);
  auto [lo, hi] = visible_items(labels, 0, camera, 0, 0, 1000, 300);
  CHECK(hi > lo);
  CHECK(hi - lo < 300);
  for (int i = labels.lane_begin[0]; i < labels.lane_begin[1]; ++i) {
    double x = item_x(camera, labels.items[i], 0);
    if (x >= 0 && x <= 1000) CHECK((i >= lo && i < hi));
  }
}

TEST_CASE("the minimap maps the whole span and shows the camera's window", "[timeline]") {
  TimelineCamera camera;
  camera.set_plot(200, 1000);
  camera.jump(camera.fitted(1950, 1960));
  Minimap mm = minimap(1900, 2020, camera, 200, 1000);
  CHECK(mm.to_time(mm.to_x(1955)) == Approx(1955));
  CHECK(mm.window_x0 > 200);
  CHECK(mm.window_x1 < 1200);
  CHECK(mm.window_x0 < mm.to_x(1955));
  CHECK(mm.window_x1 > mm.to_x(1955));
}

TEST_CASE("an unpadded minimap over what the camera shows puts its window on the whole strip", "[timeline]") {
  TimelineCamera camera;
  camera.set_plot(200, 1000);
  camera.jump(TimeView{1900, 1000.0 / 120.0});  // 1900 to 2020 across the plot
  Minimap mm = minimap(1900, 2020, camera, 200, 1000, 0.0);
  CHECK(mm.window_x0 == Approx(200).margin(0.01));
  CHECK(mm.window_x1 == Approx(1200).margin(0.01));
  // So a time sits at the same x in the strip as on the plot.
  CHECK(mm.to_x(1955) == Approx(camera.to_x(1955)).margin(0.01));
}

TEST_CASE("echo arcs bow above both ends; uncertainty bars span the estimate's range", "[timeline]") {
  Arc a = echo_arc(100, 300, 900, 700);
  CHECK(a.cy < 300);
  CHECK(a.cx == Approx(500));
  TimelineCamera camera;
  camera.set_plot(0, 1000);
  camera.jump(camera.fitted(1900, 2000, 0));
  When w{1950, 5, true, "c. 1950 ± 5"};
  Box b = uncertainty_box(w, 0, camera, 50, 3);
  CHECK(b.x0 == Approx(camera.to_x(1945)));
  CHECK(b.x1 == Approx(camera.to_x(1955)));
  When exact{1950, 0, false, "1950"};
  Box e = uncertainty_box(exact, 0, camera, 50, 3);
  CHECK(e.x1 - e.x0 == 0);
}
