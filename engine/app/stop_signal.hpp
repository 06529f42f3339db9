// SIGINT and SIGTERM ask Lineage to stop: the run loops (windowed and offscreen) see the
// request between frames, save what is pending and return. SDL's own handlers are turned off
// (Platform::start) because they only post a quit event, which offscreen runs never read.
#pragma once

namespace lineage {

// Installs the handlers (again is harmless).
void install_stop_handlers();
// The signal that asked to stop, or 0.
int stop_signal();

}  // namespace lineage
