#include "app/presenter_window.hpp"

#include <algorithm>

namespace lineage {

WindowGeometry presenter_window_on_shared_display(const WindowGeometry& usable) {
  // A window manager puts a title bar (up to about 30 pixels) above the window we ask for,
  // and a 1280x720 laptop has no room for 760 rows: leave 40 above and 8 at each other edge.
  constexpr int title_bar = 40, edge = 8;
  WindowGeometry window;
  window.width = std::max(1, std::min(1200, usable.width - 2 * edge));
  window.height = std::max(1, std::min(760, usable.height - title_bar - edge));
  window.x = usable.x + (usable.width - window.width) / 2;
  window.y = usable.y + title_bar + (usable.height - title_bar - edge - window.height) / 2;
  return window;
}

}  // namespace lineage
