// FSRS-6 against the reference implementation: tests/data/fsrs_vectors.txt holds 300 rating
// sequences (2,000+ reviews) computed by ts-fsrs 5.4.2 from the npm registry with its default
// FSRS-6 weights, no fuzz, long-term scheduling (made by tests/fsrs/make_vectors.mjs; see there
// to regenerate). Every memory state must agree within 1e-6 and every interval exactly.
#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>

#include "core/study/fsrs.hpp"

using namespace lineage::fsrs;

namespace {
struct VectorStep {
  int gap = 0, rating = 0, interval = 0;
  double stability = 0, difficulty = 0;
};
struct VectorSequence {
  int id = 0;
  double retention = 0.9;
  std::vector<VectorStep> steps;
};

std::vector<VectorSequence> read_vectors() {
  std::ifstream in(std::string(LINEAGE_TEST_DATA) + "/fsrs_vectors.txt");
  std::vector<VectorSequence> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream words(line);
    if (line.rfind("sequence", 0) == 0) {
      std::string skip;
      VectorSequence s;
      int count = 0;
      words >> skip >> s.id >> skip >> s.retention >> skip >> count;
      out.push_back(s);
      continue;
    }
    VectorStep step;
    words >> step.gap >> step.rating >> step.stability >> step.difficulty >> step.interval;
    REQUIRE(!words.fail());
    REQUIRE(!out.empty());
    out.back().steps.push_back(step);
  }
  return out;
}
}  // namespace

TEST_CASE("FSRS-6 reproduces ts-fsrs's memory states and intervals for 300 sequences", "[fsrs]") {
  auto sequences = read_vectors();
  REQUIRE(sequences.size() == 300);
  std::size_t reviews = 0, lapses = 0;
  for (const auto& sequence : sequences) {
    Parameters parameters;
    parameters.desired_retention = sequence.retention;
    Scheduler scheduler(parameters);
    std::optional<MemoryState> state;
    for (std::size_t i = 0; i < sequence.steps.size(); ++i) {
      const VectorStep& want = sequence.steps[i];
      INFO("sequence " << sequence.id << " review " << i + 1 << " gap " << want.gap << " rating " << want.rating);
      ReviewOutcome got = scheduler.review(state, want.gap, Rating(want.rating));
      CHECK(got.state.stability == Approx(want.stability).margin(1e-6).epsilon(0));
      CHECK(got.state.difficulty == Approx(want.difficulty).margin(1e-6).epsilon(0));
      CHECK(got.interval_days == want.interval);
      state = got.state;
      ++reviews;
      if (want.rating == 1) ++lapses;
    }
  }
  CHECK(reviews > 2000);
  CHECK(lapses > 200);  // the table exercises forgetting, not only recall
}

TEST_CASE("FSRS-6 first reviews follow the published initial formulas", "[fsrs]") {
  Scheduler scheduler;
  const auto& w = kDefaultWeights;
  for (int g = 1; g <= 4; ++g) {
    MemoryState s = scheduler.next_state(std::nullopt, 0, Rating(g));
    CHECK(s.stability == Approx(w[std::size_t(g - 1)]));  // S0(G) = w[G-1]
    double d0 = w[4] - std::exp(w[5] * (g - 1)) + 1;        // D0(G) = w4 - e^(w5 (G-1)) + 1
    CHECK(s.difficulty == Approx(std::min(std::max(d0, 1.0), 10.0)));
  }
  // R(t = S) = 0.9 whatever S is: stability is defined as the days to 90% recall.
  CHECK(scheduler.retrievability(10, 10) == Approx(0.9).margin(1e-8));
  CHECK(scheduler.retrievability(0, 3) == 1.0);
  // At desired retention 0.9 the interval is the stability, rounded.
  CHECK(scheduler.interval(15.4) == 15);
  CHECK(scheduler.interval(0.2) == 1);  // never less than a day
}

TEST_CASE("FSRS-6 ratings order intervals and a lapse never raises stability", "[fsrs]") {
  Scheduler scheduler;
  MemoryState known{20.0, 5.0};
  int previous = 0;
  for (int g = 1; g <= 4; ++g) {
    ReviewOutcome o = scheduler.review(known, 20, Rating(g));
    CHECK(o.interval_days > previous);
    previous = o.interval_days;
  }
  CHECK(scheduler.review(known, 20, Rating::Again).state.stability < known.stability);
  CHECK(scheduler.review(known, 20, Rating::Again).state.difficulty > known.difficulty);
  CHECK(scheduler.review(known, 20, Rating::Easy).state.difficulty < known.difficulty);
  // A higher desired retention gives shorter intervals.
  Parameters strict;
  strict.desired_retention = 0.95;
  CHECK(Scheduler(strict).interval(30) < scheduler.interval(30));
}
