// Opens a file in the desktop's browser (xdg-open), without waiting for it and leaving no
// process behind to reap. No SDL.
#pragma once

#include <filesystem>
#include <string>

namespace lineage {

// True if xdg-open was started for `file`; else false with `why` ("no desktop to open it on").
// Never opens anything when there is no display (offscreen runs, tests, a console).
bool open_in_browser(const std::filesystem::path& file, std::string& why);

}  // namespace lineage
