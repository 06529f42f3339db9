// A dialog that opens in the same frame as a screen's panels first appear: a reader's first
// start ("Before you begin") or a shared computer ("Who is reading?"), on whatever screen was
// left open. A panel that takes focus as it appears under a modal opening that frame trips
// ImGui 1.86's assertion (blocking_modal != NULL) and the program aborts: `lineage --scene ask`
// and `--scene class` did so at every first start in a window (found walking every screen), and
// a shared computer left on either screen could no longer be opened at all.
#include <catch2/catch.hpp>

#include "core/input/command.hpp"
#include "offscreen.hpp"
#include "scenes/scene_table.hpp"

using namespace lineage;
using namespace lineage::testing;

TEST_CASE("every screen can open under the reader dialog that opens with it", "[app][layout]") {
  for (const SceneEntry& entry : scene_table()) {
    INFO(entry.name);
    auto dir = temp_dir("dialog-at-start");
    auto app = start_offscreen({"--scene", "title", "--size", "1280x720"}, dir);
    app->settle();
    // As a window's start on a shared computer does (offscreen runs skip it): the dialog and
    // the screen's panels begin in one frame.
    app->state().ask_reader = true;
    app->state().outbox.post(Command::open_scene(entry.name));
    app->frame(1.0 / 60, true);
    app->frame(1.0 / 60, true);
    CHECK(app->scene_name() == entry.name);
    std::filesystem::remove_all(dir);
  }
}
