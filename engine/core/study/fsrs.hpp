// FSRS-6, the Free Spaced Repetition Scheduler (Jarrett Ye et al.; the model Anki adopted),
// written from its published formulas with its published 21 default weights. A card's memory
// is two numbers: stability S (days until recall falls to 90%) and difficulty D (1-10). Each
// review moves them by the rating and by how much the reader had forgotten (retrievability R),
// and the next interval is the number of days at which R falls to the desired retention.
//
// Long-term scheduling only (every interval is whole days, no same-day learning steps), no
// fuzz: the same review log always gives the same schedule. Numbers are rounded to 8 decimals
// where the reference implementation (ts-fsrs, checked by tests/data/fsrs_vectors.txt) does,
// so the two agree to the last digit shown. Plain C++17.
#pragma once

#include <array>
#include <optional>

namespace lineage::fsrs {

enum class Rating { Again = 1, Hard = 2, Good = 3, Easy = 4 };

// FSRS-6's default weights w0..w20, as published with the algorithm (and in ts-fsrs, py-fsrs).
constexpr std::array<double, 21> kDefaultWeights = {
    0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,  1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

struct Parameters {
  std::array<double, 21> weights = kDefaultWeights;
  double desired_retention = 0.9;  // recall probability at which a card comes due; (0, 1]
  int maximum_interval = 36500;    // days
};

struct MemoryState {
  double stability = 0;   // days
  double difficulty = 0;  // 1..10
};

// What one review gives: the memory state after it and the days until the next.
struct ReviewOutcome {
  MemoryState state;
  int interval_days = 0;
};

class Scheduler {
 public:
  // Out-of-range retention is clamped into [0.5, 0.99] (what a settings screen should offer).
  explicit Scheduler(Parameters parameters = {});

  const Parameters& parameters() const { return parameters_; }
  // Probability of recall `elapsed_days` after a review that left stability `stability`.
  double retrievability(double elapsed_days, double stability) const;
  // Whole days (at least 1) until retrievability falls to the desired retention.
  int interval(double stability) const;

  // The memory state after rating a card `elapsed_days` after its last review (`before`
  // empty: its first review).
  MemoryState next_state(const std::optional<MemoryState>& before, int elapsed_days, Rating rating) const;
  // next_state plus the next interval. As in the reference scheduler, the four ratings'
  // intervals are kept strictly increasing (Again <= Hard - 1, Good >= Hard + 1, ...).
  ReviewOutcome review(const std::optional<MemoryState>& before, int elapsed_days, Rating rating) const;

 private:
  double initial_difficulty(Rating rating) const;
  double next_difficulty(double difficulty, Rating rating) const;
  double recall_stability(const MemoryState& s, double retrievability, Rating rating) const;
  double forget_stability(const MemoryState& s, double retrievability) const;
  MemoryState next_state_at(const MemoryState& before, double retrievability, Rating rating) const;

  Parameters parameters_;
  double decay_ = 0;               // -w20
  double factor_ = 0;              // 0.9^(1/decay) - 1: makes R(S, S) = 0.9
  double interval_modifier_ = 0;   // days per unit of stability at the desired retention
};

// Rounds to 8 decimal places, halves upwards, as the reference implementation does.
double round8(double value);

}  // namespace lineage::fsrs
