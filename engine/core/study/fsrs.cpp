#include "core/study/fsrs.hpp"

#include <algorithm>
#include <cmath>

namespace lineage::fsrs {
namespace {
constexpr double kMinStability = 0.001;
constexpr double kMaxStability = 36500.0;

double clamp(double value, double low, double high) { return std::min(std::max(value, low), high); }
int grade(Rating rating) { return static_cast<int>(rating); }
}  // namespace

double round8(double value) { return std::floor(value * 1e8 + 0.5) / 1e8; }

Scheduler::Scheduler(Parameters parameters) : parameters_(parameters) {
  parameters_.desired_retention = clamp(parameters_.desired_retention, 0.5, 0.99);
  if (parameters_.maximum_interval < 1) parameters_.maximum_interval = 1;
  const auto& w = parameters_.weights;
  decay_ = -w[20];
  // The curve's shape is fixed by the decay; the factor puts R = 0.9 at t = S.
  factor_ = round8(std::exp(std::log(0.9) / decay_) - 1.0);
  interval_modifier_ = round8((std::pow(parameters_.desired_retention, 1.0 / decay_) - 1.0) / factor_);
}

double Scheduler::retrievability(double elapsed_days, double stability) const {
  if (stability <= 0) return 0;
  return round8(std::pow(1.0 + factor_ * elapsed_days / stability, decay_));
}

int Scheduler::interval(double stability) const {
  double days = std::floor(stability * interval_modifier_ + 0.5);
  return static_cast<int>(clamp(days, 1.0, double(parameters_.maximum_interval)));
}

double Scheduler::initial_difficulty(Rating rating) const {
  const auto& w = parameters_.weights;
  return round8(w[4] - std::exp((grade(rating) - 1) * w[5]) + 1.0);
}

double Scheduler::next_difficulty(double difficulty, Rating rating) const {
  const auto& w = parameters_.weights;
  // A harder rating raises D, damped linearly as D nears 10 ...
  double delta = -w[6] * (grade(rating) - 3);
  double damped = difficulty + round8(delta * (10.0 - difficulty) / 9.0);
  // ... and D reverts slightly towards the (unclamped) difficulty of a first Easy.
  double reverted = round8(w[7] * initial_difficulty(Rating::Easy) + (1.0 - w[7]) * damped);
  return clamp(reverted, 1.0, 10.0);
}

double Scheduler::recall_stability(const MemoryState& s, double r, Rating rating) const {
  const auto& w = parameters_.weights;
  double hard_penalty = rating == Rating::Hard ? w[15] : 1.0;
  double easy_bonus = rating == Rating::Easy ? w[16] : 1.0;
  // Stability grows more for easier cards, for low current stability, and the more the
  // reader had forgotten (the lower R was) when she still recalled it.
  double growth = std::exp(w[8]) * (11.0 - s.difficulty) * std::pow(s.stability, -w[9]) *
                  (std::exp((1.0 - r) * w[10]) - 1.0) * hard_penalty * easy_bonus;
  return round8(clamp(s.stability * (1.0 + growth), kMinStability, kMaxStability));
}

double Scheduler::forget_stability(const MemoryState& s, double r) const {
  const auto& w = parameters_.weights;
  double after = w[11] * std::pow(s.difficulty, -w[12]) * (std::pow(s.stability + 1.0, w[13]) - 1.0) *
                 std::exp((1.0 - r) * w[14]);
  after = round8(clamp(after, kMinStability, kMaxStability));
  // A lapse never raises stability.
  return std::min(std::max(round8(s.stability), kMinStability), after);
}

MemoryState Scheduler::next_state_at(const MemoryState& before, double r, Rating rating) const {
  MemoryState after;
  after.stability = rating == Rating::Again ? forget_stability(before, r) : recall_stability(before, r, rating);
  after.difficulty = next_difficulty(before.difficulty, rating);
  return after;
}

MemoryState Scheduler::next_state(const std::optional<MemoryState>& before, int elapsed_days,
                                  Rating rating) const {
  if (!before || (before->stability <= 0 && before->difficulty <= 0)) {
    const auto& w = parameters_.weights;
    return {std::max(w[static_cast<std::size_t>(grade(rating) - 1)], 0.1),
            clamp(initial_difficulty(rating), 1.0, 10.0)};
  }
  MemoryState known{std::max(before->stability, kMinStability), clamp(before->difficulty, 1.0, 10.0)};
  double r = retrievability(std::max(elapsed_days, 0), known.stability);
  return next_state_at(known, r, rating);
}

ReviewOutcome Scheduler::review(const std::optional<MemoryState>& before, int elapsed_days, Rating rating) const {
  std::array<MemoryState, 4> states;
  for (int g = 1; g <= 4; ++g) states[std::size_t(g - 1)] = next_state(before, elapsed_days, Rating(g));
  std::array<int, 4> days;
  for (std::size_t i = 0; i < 4; ++i) days[i] = interval(states[i].stability);
  days[0] = std::min(days[0], days[1]);
  days[1] = std::max(days[1], days[0] + 1);
  days[2] = std::max(days[2], days[1] + 1);
  days[3] = std::max(days[3], days[2] + 1);
  std::size_t chosen = std::size_t(grade(rating) - 1);
  return {states[chosen], days[chosen]};
}

}  // namespace lineage::fsrs
