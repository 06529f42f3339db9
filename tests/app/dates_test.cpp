// One moment, one year: the timeline's label, the lineage heading and the study guide print the
// same estimated date (they once rounded it differently: c. 2009 against c. 2010 for the push).
#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "core/export/study_guide.hpp"
#include "core/model/when_words.hpp"
#include "offscreen.hpp"

using namespace lineage;
using namespace lineage::testing;

namespace {

// Everything drawn on the canvas, one string; wrapped lines joined by a space again.
std::string all_drawn(const App& app) {
  std::string out;
  for (const auto& s : app.drawn_strings()) out += s + " ";
  return out;
}

std::string guide_when(const Story& story, const std::string& moment) {
  for (const GuideMoment& m : build_study_guide(story, {}, {}).moments)
    if (m.id == moment) return m.when;
  return "(not in the guide)";
}

}  // namespace

TEST_CASE("the push has the same year on the timeline, in the lineage view and in the study guide",
          "[app][dates]") {
  auto dir = temp_dir("dates-one-year");
  auto timeline = start_offscreen({"--scene", "timeline", "--select", "the-push", "--size", "1280x720"}, dir);
  timeline->settle();
  std::shared_ptr<const Story> held = timeline->state().story;
  const Story& story = *held;
  const Moment& push = story.moments[static_cast<std::size_t>(story.moment("the-push"))];
  REQUIRE(push.when.estimate == Approx(2009.5));  // halfway: the case that once split the screens
  CHECK(when_short(push.when) == "c. 2010");
  CHECK(guide_when(story, "the-push") == "c. 2010");
  // A label is its title, then its date.
  CHECK(all_drawn(*timeline).find("The push c. 2010 ") != std::string::npos);
  timeline.reset();  // one app at a time: ImGui's context is global

  auto lineage = start_offscreen({"--scene", "lineage", "--select", "the-push", "--size", "1280x720"}, dir);
  lineage->settle();
  CHECK(all_drawn(*lineage).find("The push (c. 2010)") != std::string::npos);
  lineage.reset();
  std::filesystem::remove_all(dir);
}
