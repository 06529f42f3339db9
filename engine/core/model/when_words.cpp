#include "core/model/when_words.hpp"

#include <cmath>

namespace lineage {
namespace {

bool uncertain(const When& when) { return when.approximate || when.uncertainty > 0; }
bool unresolved(const When& when) { return when.estimate == 0 && !when.text.empty(); }

}  // namespace

int year_of(double t) { return static_cast<int>(std::lround(t)); }

std::string when_short(const When& when) {
  if (unresolved(when)) return when.text;
  std::string year = std::to_string(year_of(when.estimate));
  return uncertain(when) ? "c. " + year : year;
}

std::string when_long(const When& when) {
  if (unresolved(when)) return when.text;
  std::string year = std::to_string(year_of(when.estimate));
  if (!uncertain(when)) return year;
  std::string out = "approx. " + year;
  if (when.uncertainty > 0)
    out += "  (between " + std::to_string(year_of(when.earliest())) + " and " +
           std::to_string(year_of(when.latest())) + ")";
  return out;
}

}  // namespace lineage
