#pragma once
// Where the presenter view opens when there is one display: a window over the projector's
// fullscreen one, on a laptop screen that may be as small as 1280x720.
#include "platform/output.hpp"

namespace lineage {

// `usable` is the display's area left free by the desktop's panels. The window is 1200x760
// where that fits with room for its title bar, else as large as fits, centred in `usable`.
WindowGeometry presenter_window_on_shared_display(const WindowGeometry& usable);

}  // namespace lineage
