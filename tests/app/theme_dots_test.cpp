// The theme tracker's dots. Their size was fixed by the interface scale alone (up to 20 points
// across the radius), while the rows shrink to fit a short window: at 200% on a 1366x768 laptop
// rows are about 37 pixels apart and the fullest dots (80 pixels across) ran into the rows above
// and below, and the chosen cell's ring over the generations' names (found walking the screen).
#include <catch2/catch.hpp>

#include "scenes/study/takeaways_scene.hpp"

using lineage::theme_dot;

TEST_CASE("theme tracker: a dot and the chosen ring stay within their row", "[app][themes]") {
  for (float s : {1.0f, 1.5f, 2.0f, 2.5f})
    for (float row_h : {24.0f, 37.0f, 50.0f * s}) {
      CAPTURE(s, row_h);
      for (std::size_t count = 0; count <= 6; ++count) {
        float radius = theme_dot(count, 6, row_h, s).radius;
        CHECK(radius > 0);
        CHECK(2 * radius <= row_h - 2);  // a gap between neighbouring rows' dots
      }
      // The ring round the chosen cell may touch its neighbours' rows, not pass their centres.
      CHECK(theme_dot(6, 6, row_h, s).ring <= row_h * 0.5f + 2 * s);
      CHECK(theme_dot(6, 6, row_h, s).ring > theme_dot(6, 6, row_h, s).radius);
      // Bigger still means more: the size keeps its meaning in a short window.
      CHECK(theme_dot(6, 6, row_h, s).radius > theme_dot(1, 6, row_h, s).radius + 2);
      CHECK(theme_dot(1, 6, row_h, s).radius > theme_dot(0, 6, row_h, s).radius);
    }
}

TEST_CASE("theme tracker: dots keep their size where the rows have room", "[app][themes]") {
  // 100% with 50-point rows (1920x1080): the sizes the goldens show.
  CHECK(theme_dot(6, 6, 50, 1).radius == Approx(20));
  CHECK(theme_dot(0, 6, 50, 1).radius == Approx(3));
  CHECK(theme_dot(3, 6, 50, 1).radius == Approx(13.5));
  CHECK(theme_dot(6, 6, 50, 1).ring == Approx(24));
}
