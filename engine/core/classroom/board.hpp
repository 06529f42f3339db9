// The teacher's view of a class session, kept on the render thread: it is fed the server's
// events (joins, answers, prompt changes) through a queue and never waits on the network.
// It sums choice, scale and evidence answers into bars and holds open answers for moderation:
// nothing a student typed reaches the projector until the teacher shows it.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/classroom/session.hpp"

namespace lineage::classroom {

struct ClassEvent {
  enum class Kind { Joined, Answered, PromptOpened, StateChanged, Ended };
  Kind kind = Kind::Joined;
  int device = 0;
  std::string name;     // Joined / Answered: the device's first name, if any
  std::string prompt;   // Answered: the prompt's id
  ClassAnswer answer;   // Answered
  std::int64_t row = 0; // Answered: the stored row (class_answers.id)
  PromptState state = PromptState::None;  // StateChanged / PromptOpened
  std::optional<ClassPrompt> opened;      // PromptOpened

  static ClassEvent of(Kind kind) {
    ClassEvent e;
    e.kind = kind;
    return e;
  }
};

struct Bar {
  std::string label;
  int count = 0;
  std::array<int, 5> by_confidence{};  // Evidence: how many chose it at confidence 1..5
};

struct ClassTally {
  int answered = 0;       // answers counted (cleared ones are not)
  std::vector<Bar> bars;  // Choice/Evidence: one per option, in order; Scale: one per point
  double mean_scale = 0;  // Scale: the mean point (0 if none)
};
ClassTally tally_answers(const ClassPrompt& prompt, const std::map<int, ClassAnswer>& answers);
// A scale's mean as the projector and the handout print it: rounded to two decimals ("3.67").
std::string mean_text(double mean);

struct OpenAnswer {
  int device = 0;
  std::string name;
  std::string text;
  std::int64_t row = 0;
  bool shown = false;
};

class ClassBoard {
 public:
  void apply(const ClassEvent& event);

  int joined() const { return joined_; }
  bool ended() const { return ended_; }
  const std::optional<ClassPrompt>& prompt() const { return prompt_; }
  PromptState state() const { return state_; }
  ClassTally tally() const;
  // Open answers to the prompt on show, latest per device, in the order they first came.
  const std::vector<OpenAnswer>& open_answers() const { return open_; }
  std::vector<OpenAnswer> shown_answers() const;

  // Moderation. Each returns false if there is no such answer.
  bool show(int device, bool shown);
  // Takes a device's answer out of the tally and the list; returns its stored row to mark.
  std::optional<std::int64_t> clear(int device);

 private:
  int joined_ = 0;
  bool ended_ = false;
  std::optional<ClassPrompt> prompt_;
  PromptState state_ = PromptState::None;
  std::map<int, ClassAnswer> answers_;
  std::map<int, std::int64_t> rows_;
  std::vector<OpenAnswer> open_;
};

}  // namespace lineage::classroom
