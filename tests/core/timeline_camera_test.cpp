// The timeline camera: time <-> pixels, zoom about a point, pan, fit, eased transitions.
#include <catch2/catch.hpp>

#include <cmath>

#include "core/layout/timeline_camera.hpp"

using namespace lineage;

TEST_CASE("zoom about the cursor keeps the cursor's time within 1 px", "[timeline]") {
  TimelineCamera camera;
  camera.set_plot(220, 1640);
  camera.jump(camera.fitted(1924, 2016));
  for (float x : {220.0f, 400.0f, 1033.5f, 1859.0f}) {
    for (double factor : {1.25, 0.8, 3.0, 0.1, 40.0}) {
      double t = camera.to_time(x);
      TimeView before = camera.view();
      camera.jump(camera.zoomed_about(x, factor));
      CHECK(std::fabs(camera.to_x(t) - x) < 1.0);
      // Animated, the cursor's time stays put on every frame, not only at the end.
      camera.jump(before);
      camera.move(camera.zoomed_about(x, factor), true);
      while (camera.update(1.0 / 60.0)) CHECK(std::fabs(camera.to_x(t) - x) < 1.0);
      CHECK(std::fabs(camera.to_x(t) - x) < 1.0);
      camera.jump(before);
    }
  }
}

TEST_CASE("panning moves every time by the dragged pixels", "[timeline]") {
  TimelineCamera camera;
  camera.set_plot(0, 1000);
  camera.jump(camera.fitted(1950, 2000));
  double t = camera.to_time(500);
  camera.jump(camera.panned(120));
  CHECK(camera.to_x(t) == Approx(620).margin(1e-6));
}

TEST_CASE("fit shows the whole span with a margin, centred", "[timeline]") {
  TimelineCamera camera;
  camera.set_plot(100, 800);
  camera.jump(camera.fitted(1924, 2016, 0.05));
  CHECK(camera.to_x(1924) > 100);
  CHECK(camera.to_x(2016) < 900);
  CHECK((camera.to_x(1924) + camera.to_x(2016)) * 0.5 == Approx(500).margin(0.5));
}

TEST_CASE("camera moves ease over about 250 ms, or jump at once", "[timeline]") {
  TimelineCamera camera;
  camera.set_plot(0, 1000);
  camera.jump(camera.fitted(1900, 2000));
  TimeView target = camera.centred_on(1990, 80);
  camera.move(target, true);
  REQUIRE(camera.animating());
  CHECK(camera.target() == target);
  int frames = 0;
  double last = camera.to_x(1990);
  while (camera.update(1.0 / 60.0)) {
    ++frames;
    double now = camera.to_x(1990);
    CHECK(std::fabs(now - 500) <= std::fabs(last - 500) + 1e-6);  // always closing in
    last = now;
  }
  CHECK(frames >= 12);
  CHECK(frames <= 16);
  CHECK(camera.view() == target);

  camera.move(camera.centred_on(1920, 10), false);  // reduced motion
  CHECK_FALSE(camera.animating());
  CHECK(camera.to_x(1920) == Approx(500));
}

TEST_CASE("zoom is limited to sensible scales", "[timeline]") {
  TimelineCamera camera;
  camera.set_plot(0, 1000);
  camera.jump(camera.zoomed_about(500, 1e12));
  CHECK(camera.scale() == Approx(TimelineCamera::kMaxScale));
  camera.jump(camera.zoomed_about(500, 1e-30));
  CHECK(camera.scale() == Approx(TimelineCamera::kMinScale));
}
