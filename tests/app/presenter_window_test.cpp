// The presenter view's window, when the projector and the teacher share one display: on a
// 1280x720 or 1366x768 laptop it opened 1200x760, taller than the screen, so its title, its
// keys and "End lesson" were off the screen (found walking the present screen in Xvfb).
#include <catch2/catch.hpp>

#include "app/presenter_window.hpp"

using lineage::presenter_window_on_shared_display;
using lineage::WindowGeometry;

namespace {
WindowGeometry area(int x, int y, int w, int h) {
  WindowGeometry g;
  g.x = x, g.y = y, g.width = w, g.height = h;
  return g;
}
void check_inside(const WindowGeometry& window, const WindowGeometry& usable) {
  CAPTURE(window.x, window.y, window.width, window.height);
  CHECK(window.x >= usable.x);
  CHECK(window.x + window.width <= usable.x + usable.width);
  // Room above it for a window manager's title bar.
  CHECK(window.y >= usable.y + 24);
  CHECK(window.y + window.height <= usable.y + usable.height);
}
}  // namespace

TEST_CASE("presenter window fits a small laptop display with room for its title bar", "[present]") {
  for (WindowGeometry usable : {area(0, 0, 1280, 720), area(0, 0, 1366, 768), area(0, 32, 1366, 736), area(1920, 0, 1280, 800)}) {
    WindowGeometry window = presenter_window_on_shared_display(usable);
    check_inside(window, usable);
    CHECK(window.width >= 1000);  // still a presenter view, not a postage stamp
    CHECK(window.height >= 560);
  }
}

TEST_CASE("presenter window keeps its 1200x760 where the display has room", "[present]") {
  WindowGeometry usable = area(0, 0, 1920, 1080);
  WindowGeometry window = presenter_window_on_shared_display(usable);
  CHECK(window.width == 1200);
  CHECK(window.height == 760);
  check_inside(window, usable);
}
