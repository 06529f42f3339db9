// A date in words for the reader: the one formatting every screen and export uses, so the same
// moment never shows two different years.
#pragma once

#include <string>

#include "core/model/story.hpp"

namespace lineage {

// The calendar year nearest a story time: a script's "2005" is 2005.0, so "6 months before
// 2005" (2004.5) belongs to 2005 as much as to 2004, and rounding also absorbs the float error
// of month and day offsets that flooring would turn into the previous year.
int year_of(double t);

// "2005", or "c. 2005" when the date is approximate or uncertain. A date that never resolved
// (estimate 0) is shown as the script wrote it.
std::string when_short(const When& when);

// "2005", or "approx. 2005  (between 2000 and 2010)": the uncertainty in words.
std::string when_long(const When& when);

}  // namespace lineage
