#include "core/util/startup_timings.hpp"

#include <time.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>

namespace lineage {
namespace {

// Milliseconds since this process was exec'd: /proc/self/stat's start time (field 22, in clock
// ticks since boot) against CLOCK_BOOTTIME. -1 where there is no /proc.
double ms_since_exec() {
  std::ifstream stat("/proc/self/stat");
  std::string line;
  if (!std::getline(stat, line)) return -1;
  // The command name (field 2) may hold spaces; fields after it follow its closing paren.
  std::size_t close = line.rfind(')');
  if (close == std::string::npos) return -1;
  std::istringstream rest(line.substr(close + 2));
  std::string field;
  for (int n = 3; n <= 22 && rest >> field; ++n)
    if (n == 22) {
      const long ticks = sysconf(_SC_CLK_TCK);
      timespec now{};
      if (ticks <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0) return -1;
      const double started_ms = std::stod(field) * 1000.0 / static_cast<double>(ticks);
      return static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6 - started_ms;
    }
  return -1;
}

}  // namespace

StartupTimings::StartupTimings(bool enabled) : enabled_(enabled), last_(Clock::now()) {
  if (enabled_) before_main_ms_ = ms_since_exec();
}

void StartupTimings::mark(std::string phase) {
  if (!enabled_) return;
  const Clock::time_point now = Clock::now();
  phases_.emplace_back(std::move(phase), std::chrono::duration<double, std::milli>(now - last_).count());
  last_ = now;
}

std::string StartupTimings::report() const {
  std::string out;
  char line[160];
  double total = 0;
  if (before_main_ms_ >= 0) {
    std::snprintf(line, sizeof line, "  %-28s %7.1f ms  (10 ms resolution)\n", "exec to main", before_main_ms_);
    out += line;
    total += before_main_ms_;
  }
  for (const auto& [phase, ms] : phases_) {
    std::snprintf(line, sizeof line, "  %-28s %7.1f ms\n", phase.c_str(), ms);
    out += line;
    total += ms;
  }
  std::snprintf(line, sizeof line, "  %-28s %7.1f ms\n", "total to first frame", total);
  return out + line;
}

}  // namespace lineage
