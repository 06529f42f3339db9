// Reflections reads the journal when it changes, not once a frame.
#include <catch2/catch.hpp>

#include "offscreen.hpp"
#include "scenes/reflections_scene.hpp"

using namespace lineage;
using namespace lineage::testing;

TEST_CASE("reflections: no journal query on a frame where nothing changed", "[reflections]") {
  auto dir = temp_dir("reflections-reads");
  auto app = start_offscreen({"--scene", "reflections", "--size", "1280x720"}, dir);
  app->settle();
  auto reads = [&] { return reflections_summary(app->scene())->journal_reads; };
  int before = reads();
  CHECK(before >= 1);
  for (int i = 0; i < 5; ++i) app->frame(1.0 / 60, true);
  CHECK(reads() == before);

  // A saved answer is read on the next frame, once.
  const Story& story = *app->state().story;
  Answer a;
  a.prompt = story.prompts.front().id;
  a.text = "written";
  a.option = story.prompts.front().options.empty() ? "" : story.prompts.front().options.front().id;
  a.scale = 3;
  REQUIRE(app->state().journal->save_answer(app->state().profile, a));
  app->frame(1.0 / 60, true);
  CHECK(reads() == before + 1);
  CHECK(reflections_summary(app->scene())->answered == 1);
  app->frame(1.0 / 60, true);
  CHECK(reads() == before + 1);

  // So is another reader.
  auto other = app->state().journal->create_profile("Second reader");
  REQUIRE(other);
  app->state().profile = other->id;
  app->frame(1.0 / 60, true);
  CHECK(reflections_summary(app->scene())->answered == 0);
  app.reset();
  std::filesystem::remove_all(dir);
}
