// The timeline's camera: story time (years) <-> screen x, with pan, zoom about a point, fit,
// and an eased move between two views (~250 ms; a jump under reduced motion).
// Pure maths: no SDL, no ImGui. The scene owns one and asks it where things go.
#pragma once

namespace lineage {

// What the camera shows: `start` is the time at the plot's left edge, `scale` pixels per year.
struct TimeView {
  double start = 0;
  double scale = 10;
  bool operator==(const TimeView& o) const { return start == o.start && scale == o.scale; }
  bool operator!=(const TimeView& o) const { return !(*this == o); }
};

class TimelineCamera {
 public:
  static constexpr double kMinScale = 0.01;    // px per year: the whole of 100,000 years
  static constexpr double kMaxScale = 4000.0;  // px per year: about 11 px a day
  static constexpr double kTransitionSeconds = 0.25;

  // The plot occupies screen x in [left, left + width].
  void set_plot(float left, float width);
  float plot_left() const { return left_; }
  float plot_width() const { return width_; }

  double to_x(double time) const { return left_ + (time - view_.start) * view_.scale; }
  double to_time(double x) const { return view_.start + (x - left_) / view_.scale; }
  double scale() const { return view_.scale; }
  const TimeView& view() const { return view_; }
  TimeView target() const { return animating() ? to_ : view_; }
  double visible_from() const { return view_.start; }
  double visible_to() const { return view_.start + width_ / view_.scale; }

  // Views computed from the target (so repeated keys accumulate), applied with `move`.
  TimeView zoomed_about(double x, double factor) const;  // the time under x stays under x
  TimeView panned(double dx_pixels) const;
  TimeView fitted(double from, double to, double margin_fraction = 0.04) const;
  TimeView centred_on(double time, double scale) const;
  TimeView clamped(TimeView v) const;

  // Sets the view: instantly, or eased over kTransitionSeconds.
  void move(TimeView target, bool animate);
  void jump(TimeView target) { move(target, false); }
  bool animating() const { return animating_; }
  // Advances the transition; returns true while it still moves.
  bool update(double dt);

 private:
  float left_ = 0, width_ = 1000;
  TimeView view_, from_, to_;
  double elapsed_ = 0;
  bool animating_ = false;
};

// Ease-out cubic on [0, 1]: quick to start, gentle to settle.
double ease_out(double t);

}  // namespace lineage
