// The timeline scene offscreen: lanes in their colours, clicker stepping, the card, deep links,
// spoilers, align and the mouse, driven through the same input path as a window.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>

#include "offscreen.hpp"
#include "scenes/timeline/timeline_scene.hpp"

using namespace lineage;
using namespace lineage::testing;

namespace {

TimelineScene& timeline(App& app) {
  auto* scene = dynamic_cast<TimelineScene*>(app.scene());
  REQUIRE(scene != nullptr);
  return *scene;
}

bool drawn(App& app, const std::string& text) {
  const auto& d = app.drawn_strings();
  return std::find(d.begin(), d.end(), text) != d.end();
}

void click(App& app, float x, float y, int clicks = 1) {
  app.move_pointer(x, y);
  app.frame(1.0 / 60.0);
  app.press_pointer(x, y, clicks);
  app.release_pointer(x, y);
}

}  // namespace

TEST_CASE("the four lane colours appear at the four lanes' positions", "[app][timeline]") {
  auto dir = temp_dir("timeline-colours");
  auto app = start_offscreen({"--scene", "timeline", "--size", "1280x720"}, dir);
  Image image = capture(*app, dir / "timeline.png");
  REQUIRE(image.width == 1280);
  const TimelineView& view = timeline(*app).view();
  const Story& story = *app->state().story;
  REQUIRE(view.bands.size() == 4);
  for (int r = 0; r < 4; ++r) {
    const LaneBand& band = view.bands[r];
    Colour c = story.people[story.lanes[view.model.lanes[r].lane].person].colour;
    auto px = image.pixel(static_cast<int>(2 * view.s), static_cast<int>((band.top + band.bottom) / 2));
    INFO("lane " << r << " pixel " << px[0] << "," << px[1] << "," << px[2]);
    CHECK(std::abs(px[0] - c.r) + std::abs(px[1] - c.g) + std::abs(px[2] - c.b) < 24);
  }
  // Lanes top to bottom, oldest first; the names drawn in the headers.
  for (const char* name : {"Etta", "Cecilia", "Blythe", "Violet"}) CHECK(drawn(*app, name));
  for (int r = 1; r < 4; ++r) CHECK(view.bands[r].top > view.bands[r - 1].top);
  CHECK(image.luminance_variance() > 50.0);
  std::filesystem::remove_all(dir);
}

TEST_CASE("Right Right Right (as --keys sends them) selects the fourth moment in story order", "[app][timeline]") {
  auto dir = temp_dir("timeline-keys");
  auto app = start_offscreen({"--scene", "timeline", "--size", "1920x1080", "--keys", "Right Right Right"}, dir);
  app->settle();
  for (const char* key : {"Right", "Right", "Right"}) {
    REQUIRE(app->press_key(key));
    app->frame(1.0 / 60.0);
  }
  app->settle();
  const Story& story = *app->state().story;
  const Moment& fourth = story.moments[story.chronological[3]];
  CHECK(app->state().selected_moment == fourth.id);
  CHECK(timeline(*app).selected_title(app->state()) == fourth.title);
  CHECK(drawn(*app, fourth.title));  // its label, in full
  REQUIRE(app->press_key("Return"));
  app->settle();
  CHECK(timeline(*app).view().card_open);
  REQUIRE(app->press_key("Escape"));
  app->settle();
  CHECK_FALSE(timeline(*app).view().card_open);
  REQUIRE(app->press_key("Left"));
  app->settle();
  CHECK(app->state().selected_moment == story.moments[story.chronological[2]].id);
  std::filesystem::remove_all(dir);
}

TEST_CASE("Up and Down move between generations", "[app][timeline]") {
  auto dir = temp_dir("timeline-updown");
  auto app = start_offscreen({"--scene", "timeline", "--select", "cecilia-words"}, dir);
  app->settle();
  const Story& story = *app->state().story;
  REQUIRE(app->press_key("Down"));
  app->settle();
  int m = story.moment(app->state().selected_moment);
  REQUIRE(m >= 0);
  CHECK(story.lanes[story.moments[m].lane].id == "blythe");
  REQUIRE(app->press_key("Up"));
  REQUIRE(app->press_key("Up"));
  app->settle();
  m = story.moment(app->state().selected_moment);
  CHECK(story.lanes[story.moments[m].lane].id == "etta");
  std::filesystem::remove_all(dir);
}

TEST_CASE("a deep link opens with the moment selected, in view, its card open", "[app][timeline]") {
  auto dir = temp_dir("timeline-select");
  auto app = start_offscreen({"--scene", "timeline", "--select", "the-push", "--size", "1280x720"}, dir);
  app->settle();
  const TimelineView& view = timeline(*app).view();
  CHECK(app->state().selected_moment == "the-push");
  CHECK(view.card_open);
  int m = app->state().story->moment("the-push");
  int item = view.labels.item_of_moment[m];
  REQUIRE(item >= 0);
  CHECK_FALSE(view.labels.items[item].cluster());
  double x = view.camera.to_x(view.labels.items[item].time);
  CHECK(x > view.camera.plot_left());
  CHECK(x < view.camera.plot_left() + view.camera.plot_width());
  CHECK(drawn(*app, "The push"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("a spoiler milestone hides later titles from the frame", "[app][timeline]") {
  auto dir = temp_dir("timeline-spoiler");
  std::ofstream(dir / "settings.txt") << "milestone = part-before\n";
  auto app = start_offscreen({"--scene", "timeline", "--size", "1920x1080"}, dir);
  app->settle();
  const Story& story = *app->state().story;
  REQUIRE(app->state().settings.milestone == "part-before");
  int hidden = 0;
  for (int i = 0; i < static_cast<int>(story.moments.size()); ++i) {
    if (app->state().can_see(i)) continue;
    ++hidden;
    CHECK_FALSE(drawn(*app, story.moments[i].title));
  }
  CHECK(hidden > 0);
  // Stepping never lands on a veiled moment, and a veiled deep link shows no title.
  for (int i = 0; i < 20; ++i) {
    app->press_key("Right");
    app->frame(1.0 / 60.0);
    int m = story.moment(app->state().selected_moment);
    CHECK(app->state().can_see(m));
  }
  app->settle();
  for (int i = 0; i < static_cast<int>(story.moments.size()); ++i)
    if (!app->state().can_see(i)) CHECK_FALSE(drawn(*app, story.moments[i].title));
  app.reset();  // one app (and one ImGui context) at a time
  auto linked = start_offscreen({"--scene", "timeline", "--select", "the-push"}, dir);
  linked->settle();
  CHECK(timeline(*linked).selected_title(linked->state()).empty());
  CHECK_FALSE(drawn(*linked, "The push"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("A aligns by motherhood and T shows theme strands, and both persist", "[app][timeline]") {
  auto dir = temp_dir("timeline-align");
  auto app = start_offscreen({"--scene", "timeline", "--size", "1280x720"}, dir);
  Image before = capture(*app, dir / "before.png");
  REQUIRE(app->press_key("a"));
  Image aligned = capture(*app, dir / "aligned.png");
  CHECK(timeline(*app).view().align);
  CHECK(timeline(*app).view().align_amount == 1.0);
  CHECK(app->state().settings.extra["timeline.align"] == "on");
  CHECK(aligned.difference(before) > 0.02);
  CHECK(drawn(*app, "daughter born"));
  REQUIRE(app->press_key("t"));
  app->settle();
  CHECK(timeline(*app).view().strands);
  CHECK(app->state().settings.extra["timeline.strands"] == "on");
  std::filesystem::remove_all(dir);
}

TEST_CASE("clicking a marker selects it and opens its card; Home fits everything", "[app][timeline]") {
  auto dir = temp_dir("timeline-mouse");
  auto app = start_offscreen({"--scene", "timeline", "--size", "1920x1080", "--select", "cecilia-words"}, dir);
  app->settle();
  REQUIRE(app->press_key("Escape"));
  app->settle();
  const TimelineView& view = timeline(*app).view();
  const Story& story = *app->state().story;
  int target = story.moment("kitchen-note");
  int item = view.labels.item_of_moment[target];
  REQUIRE(item >= 0);
  REQUIRE_FALSE(view.labels.items[item].cluster());
  int row = view.model.row_of_moment[target];
  float x = static_cast<float>(view.camera.to_x(view.labels.items[item].time + lane_shift(view.model, row, view.align_amount)));
  click(*app, x, view.bands[row].marker_y);
  app->settle();
  CHECK(app->state().selected_moment == "kitchen-note");
  CHECK(view.card_open);
  double scale = view.camera.scale();
  REQUIRE(app->press_key("Home"));
  app->settle();
  CHECK(view.camera.scale() < scale);
  CHECK(view.camera.to_x(view.model.from) >= view.camera.plot_left());
  std::filesystem::remove_all(dir);
}

TEST_CASE("the card asks before a content-noted moment, and a gentle choice is gentle throughout and kept",
          "[app][timeline][care]") {
  auto dir = temp_dir("timeline-care");
  auto flat = [](std::string text) {  // panel rows joined, as one line of words
    std::replace(text.begin(), text.end(), '\n', ' ');
    std::string out;
    for (char c : text)
      if (!(c == ' ' && !out.empty() && out.back() == ' ')) out += c;
    return out;
  };
  std::string summary_start, gentle_start;
  {
    auto app = start_offscreen({"--scene", "timeline", "--select", "the-push", "--size", "1280x720"}, dir);
    app->record_panel_text(true);
    app->settle();
    const Moment& push = app->state().story->moments[app->state().story->moment("the-push")];
    REQUIRE_FALSE(push.content_notes.empty());
    REQUIRE_FALSE(push.gentle_summary.empty());
    summary_start = push.summary.substr(0, 30);
    gentle_start = push.gentle_summary.substr(0, 30);
    std::string card = flat(app->panel_text());
    CHECK(card.find("Show a gentle summary instead") != std::string::npos);
    CHECK(card.find(summary_start) == std::string::npos);  // nothing of it before she chooses
    CHECK(card.find("Sources") == std::string::npos);
    app->state().outbox.post(Command::action(kCareRemember));
    app->state().outbox.post(Command::action(kCareGentle));
    app->settle();
    card = flat(app->panel_text());
    CHECK(card.find(gentle_start) != std::string::npos);
    CHECK(card.find(summary_start) == std::string::npos);
    CHECK(card.find("Sources") == std::string::npos);  // its sources and questions tell it in full
    CHECK(card.find("Reflect") == std::string::npos);
    auto kept = app->state().journal->setting(app->state().profile, "story.remember");
    REQUIRE(kept);
    CHECK(kept->find("the-push:gentle") != std::string::npos);
  }
  // Kept: the next start shows the gentle summary at once.
  auto again = start_offscreen({"--scene", "timeline", "--select", "the-push", "--size", "1280x720"}, dir);
  again->record_panel_text(true);
  again->settle();
  std::string card = flat(again->panel_text());
  CHECK(card.find(gentle_start) != std::string::npos);
  CHECK(card.find("Show a gentle summary instead") == std::string::npos);
  // A moment with the note turned off shows in full, with its sources.
  REQUIRE(again->state().journal->set_setting(again->state().profile, "story.quiet", "child-violence,profound-grief,child-harm"));
  again->show_scene("lineage");
  again->settle();
  again->state().selected_moment = "violet-violence";
  again->show_scene("timeline");
  again->settle();
  card = flat(again->panel_text());
  CHECK(card.find("What Blythe sees") != std::string::npos);
  CHECK(card.find("Sources") != std::string::npos);
  again.reset();
  std::filesystem::remove_all(dir);
}

TEST_CASE("beyond the milestone the timeline counts, places and names nothing", "[app][timeline][spoilers]") {
  auto dir = temp_dir("timeline-veiled");
  std::ofstream(dir / "settings.txt") << "milestone = part-before\n";
  auto app = start_offscreen({"--scene", "timeline", "--size", "1280x720"}, dir);
  app->settle();
  const Story& story = *app->state().story;
  const TimelineView& v = timeline(*app).view();
  int visible = 0;
  for (int m = 0; m < static_cast<int>(story.moments.size()); ++m) visible += app->state().can_see(m);
  REQUIRE(visible < static_cast<int>(story.moments.size()));
  // Markers and cluster counts come from the lanes' moments; the minimap ticks count them too.
  int placed = 0;
  for (const TimelineLane& lane : v.model.lanes)
    for (int m : lane.moments) {
      CHECK(app->state().can_see(m));
      ++placed;
    }
  CHECK(placed == visible);
  int ticks = 0;
  for (const auto& row : v.minimap_density)
    for (int n : row) ticks += n;
  CHECK(ticks == visible);
  // No cluster badge: a count is a short number (axis years have four digits).
  for (const auto& s : app->drawn_strings())
    CHECK_FALSE((s.size() <= 2 && !s.empty() && s.find_first_not_of("0123456789") == std::string::npos));
  // Violet is not born in part one: her lane names no one and draws no life.
  CHECK_FALSE(std::find(app->drawn_strings().begin(), app->drawn_strings().end(), "Violet") != app->drawn_strings().end());
  CHECK(std::find(app->drawn_strings().begin(), app->drawn_strings().end(), "generation 4") != app->drawn_strings().end());
  app.reset();
  std::filesystem::remove_all(dir);
}

// Home shows the whole story and no more: after the last moment the axis runs on only as far
// as the last label needs (it used to keep 30% of the width, or 0.8 of the longest title, free).
TEST_CASE("timeline: at Home the room after the story is what its last label needs", "[app][timeline]") {
  for (const char* size : {"1280x720", "1920x1080"}) {
    auto dir = temp_dir("timeline-home");
    auto app = start_offscreen({"--scene", "timeline", "--size", size}, dir);
    app->settle();
    const TimelineView& view = timeline(*app).view();
    const Story& story = *app->state().story;
    const double right = view.camera.plot_left() + view.camera.plot_width();
    // The label reaching furthest right, as Home places it.
    double furthest = 0;
    for (std::size_t m = 0; m < story.moments.size(); ++m) {
      if (view.model.row_of_moment[m] < 0) continue;
      double end = view.camera.to_x(placed_time(story, view.model, static_cast<int>(m), 0.0)) + view.text[m].shortened;
      furthest = std::max(furthest, end);
    }
    INFO(size << ": plot ends at x " << right << ", the furthest label at x " << furthest);
    CHECK(furthest <= right);
    CHECK(right - furthest < 0.06 * view.camera.plot_width());
    const std::vector<std::string>& drawn = app->drawn_strings();
    CHECK(std::find(drawn.begin(), drawn.end(), "An open ending") != drawn.end());
    std::filesystem::remove_all(dir);
  }
}

// The axis marks years where the story is: zoomed out, it does not go on counting decades past
// the last moment (or before the first) into empty plot.
TEST_CASE("timeline: the axis marks no year far past the story's ends", "[app][timeline]") {
  auto dir = temp_dir("timeline-axis");
  auto app = start_offscreen({"--scene", "timeline", "--size", "1920x1080"}, dir);
  app->settle();
  for (int i = 0; i < 2; ++i) REQUIRE(app->press_key("-"));  // the story about half the width
  app->settle();
  const TimelineView& view = timeline(*app).view();
  std::vector<long> years;
  for (const std::string& s : app->drawn_strings())
    if (s.size() == 4 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
      years.push_back(std::stol(s));
  std::sort(years.begin(), years.end());
  REQUIRE(years.size() >= 2);
  long step = years[1] - years[0];
  INFO("marks " << years.front() << " to " << years.back() << " every " << step << "; the story runs from "
                << view.model.from << " to " << view.model.to << "; the view from " << view.camera.visible_from()
                << " to " << view.camera.visible_to());
  // The view itself reaches well past the story at both ends...
  CHECK(view.camera.visible_to() > view.model.to + 2 * step);
  // ...but the marks stop within half a step of it.
  CHECK(years.back() < view.model.to + step * 0.5);
  CHECK(years.front() > view.model.from - step * 0.5);
  std::filesystem::remove_all(dir);
}
