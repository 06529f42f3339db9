// A fade that never delays content (#15): the first frame after a change already shows it at
// kFadeFirst of its full strength, readable on a projector, and the rest settles over `seconds`;
// under reduced motion it is whole at once. Every fade in the scenes goes through here.
#pragma once

#include <algorithm>

namespace lineage {

inline constexpr float kFadeFirst = 0.65f;

// How strongly something `since` seconds into its fade shows (negative `since`: its fade has
// not begun, and it shows at kFadeFirst all the same).
inline float fade_in(double since, double seconds, bool reduced_motion) {
  if (reduced_motion || seconds <= 0) return 1.0f;
  return kFadeFirst + (1.0f - kFadeFirst) * static_cast<float>(std::clamp(since / seconds, 0.0, 1.0));
}

}  // namespace lineage
