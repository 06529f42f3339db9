// The timeline camera (see timeline_camera.hpp). Interpolating zoom in log space keeps the
// time under the centre steady during a zoom; pan interpolates linearly.
#include "core/layout/timeline_camera.hpp"

#include <algorithm>
#include <cmath>

namespace lineage {

double ease_out(double t) {
  t = std::clamp(t, 0.0, 1.0);
  double u = 1.0 - t;
  return 1.0 - u * u * u;
}

void TimelineCamera::set_plot(float left, float width) {
  left_ = left;
  width_ = std::max(1.0f, width);
}

TimeView TimelineCamera::clamped(TimeView v) const {
  v.scale = std::clamp(v.scale, kMinScale, kMaxScale);
  return v;
}

TimeView TimelineCamera::zoomed_about(double x, double factor) const {
  TimeView t = target();
  double time = t.start + (x - left_) / t.scale;
  TimeView v = t;
  v.scale = std::clamp(t.scale * factor, kMinScale, kMaxScale);
  v.start = time - (x - left_) / v.scale;
  return v;
}

TimeView TimelineCamera::panned(double dx) const {
  TimeView v = target();
  v.start -= dx / v.scale;
  return v;
}

TimeView TimelineCamera::fitted(double from, double to, double margin) const {
  if (to < from) std::swap(from, to);
  double span = std::max(to - from, 1e-3);
  double padded = span * (1.0 + 2.0 * margin);
  TimeView v;
  v.scale = std::clamp(width_ / padded, kMinScale, kMaxScale);
  double centre = (from + to) * 0.5;
  v.start = centre - (width_ * 0.5) / v.scale;
  return v;
}

TimeView TimelineCamera::centred_on(double time, double scale) const {
  TimeView v;
  v.scale = std::clamp(scale, kMinScale, kMaxScale);
  v.start = time - (width_ * 0.5) / v.scale;
  return v;
}

void TimelineCamera::move(TimeView target, bool animate) {
  target = clamped(target);
  if (!animate || target == view_) {
    view_ = target;
    animating_ = false;
    return;
  }
  from_ = view_;
  to_ = target;
  elapsed_ = 0;
  animating_ = true;
}

bool TimelineCamera::update(double dt) {
  if (!animating_) return false;
  elapsed_ += dt;
  double k = ease_out(elapsed_ / kTransitionSeconds);
  if (elapsed_ >= kTransitionSeconds) {
    view_ = to_;
    animating_ = false;
    return false;
  }
  // The screen x where both views agree (a zoom's cursor) stays fixed throughout, so the time
  // under the cursor never drifts; otherwise interpolate the centre's time. The scale always
  // moves in log space, which reads as steady zooming.
  double s = std::exp(std::log(from_.scale) + (std::log(to_.scale) - std::log(from_.scale)) * k);
  double fixed_time = 0;
  bool fixed = false;
  if (std::fabs(from_.scale - to_.scale) > 1e-12 * from_.scale) {
    fixed_time = (from_.start * from_.scale - to_.start * to_.scale) / (from_.scale - to_.scale);
    double x = (fixed_time - from_.start) * from_.scale;
    fixed = x >= -0.5 * width_ && x <= 1.5 * width_;
    if (fixed) {
      view_.scale = s;
      view_.start = fixed_time - x / s;
    }
  }
  if (!fixed) {
    double half = width_ * 0.5;
    double c0 = from_.start + half / from_.scale, c1 = to_.start + half / to_.scale;
    double c = c0 + (c1 - c0) * k;
    view_.scale = s;
    view_.start = c - half / s;
  }
  return true;
}

}  // namespace lineage
