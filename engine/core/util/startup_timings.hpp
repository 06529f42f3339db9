// Where start-up time goes: phases marked as they end, printed once (LINEAGE_TIMINGS=1) when
// the first frame is presented, so anyone can see what a slow start spends its time on.
#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace lineage {

class StartupTimings {
 public:
  explicit StartupTimings(bool enabled);
  bool enabled() const { return enabled_; }
  void mark(std::string phase);  // the phase that just ended
  // "phase  12.3 ms" lines, then the total since exec where the system tells it (Linux).
  std::string report() const;

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_;
  Clock::time_point last_;
  double before_main_ms_ = -1;  // from exec to this object, where known
  std::vector<std::pair<std::string, double>> phases_;
};

}  // namespace lineage
