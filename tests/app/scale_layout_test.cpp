// At 150% and 200% in OpenDyslexic the toolbars keep every control on screen: the lineage time
// bar's row (Pattern, the cycle, Legend, Fit, the hint) wraps inside its bar rather than running
// past it, and the timeline's toolbar stays within the window. (The golden images at these
// scales show every screen; this names the two that clipped.)
#include <catch2/catch.hpp>

#include <imgui.h>
#include <imgui_internal.h>

#include "offscreen.hpp"

using namespace lineage;
using namespace lineage::testing;

namespace {
struct Look {
  const char* size;
  const char* scale;
  float width;
};
const Look kLooks[] = {{"1280x720", "1.5", 1280}, {"1920x1080", "2", 1920}, {"1280x720", "2", 1280}};
}  // namespace

TEST_CASE("at 150% and 200% the lineage time bar holds its whole row, card open or not", "[app][scale]") {
  for (const Look& look : kLooks)
    for (bool card : {false, true}) {
      auto dir = temp_dir("scale-lineage");
      auto app = start_offscreen({"--scene", "lineage", "--size", look.size, "--scale", look.scale, "--font", "opendyslexic"}, dir);
      app->settle();
      if (card) {
        REQUIRE(app->press_key("Return"));
        app->settle();
      }
      ImGuiWindow* bar = ImGui::FindWindowByName("##lineage-time");
      REQUIRE(bar);
      INFO(look.size << " at " << look.scale << (card ? ", card open" : "") << ": content " << bar->ContentSize.x << "x"
                     << bar->ContentSize.y << " in " << bar->InnerRect.GetWidth() << "x" << bar->InnerRect.GetHeight());
      const ImVec2 padding = ImGui::GetStyle().WindowPadding;
      CHECK(bar->ContentSize.x <= bar->Size.x - 2 * padding.x + 1);
      CHECK(bar->ContentSize.y <= bar->Size.y - 2 * padding.y + 1);
      std::filesystem::remove_all(dir);
    }
}

TEST_CASE("at 150% and 200% the timeline toolbar stays within the window", "[app][scale]") {
  for (const Look& look : kLooks) {
    auto dir = temp_dir("scale-timeline");
    auto app = start_offscreen({"--scene", "timeline", "--size", look.size, "--scale", look.scale, "--font", "opendyslexic"}, dir);
    app->settle();
    ImGuiWindow* toolbar = ImGui::FindWindowByName("##timeline-toolbar");
    REQUIRE(toolbar);
    INFO(look.size << " at " << look.scale << ": toolbar ends at " << toolbar->Pos.x + toolbar->Size.x << ", content "
                   << toolbar->ContentSize.x << " wide");
    // ImGui keeps a self-sizing window on screen; what it holds must fit inside it.
    CHECK(toolbar->Pos.x + toolbar->Size.x <= look.width + 1);
    CHECK(toolbar->ContentSize.x <= toolbar->Size.x - 2 * ImGui::GetStyle().WindowPadding.x + 1);
    std::filesystem::remove_all(dir);
  }
}
