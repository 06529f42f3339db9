// One class session's state on the teacher's computer: the join code, the devices that joined
// (each with a random token), the prompt on show and whether it is open, locked or revealed,
// and each device's answer to it (changeable until the prompt is locked). Plain C++, not
// thread-safe: the server guards it with one mutex. No SDL, no ImGui, no networking.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/model/story.hpp"

namespace lineage::classroom {

constexpr int kMaxDevices = 200;

// What a device sees of a prompt: never its teacher notes or discussion.
struct ClassPrompt {
  std::string id, text;
  PromptKind kind = PromptKind::Open;
  std::vector<std::pair<std::string, std::string>> options;  // id, text
  std::string scale_low, scale_high;
  int scale_points = 5;
  std::string confidence;  // Evidence: the story's question of how sure (1-5); empty: not asked
};
ClassPrompt class_prompt(const Prompt& prompt);
const char* kind_name(PromptKind kind);  // "open", "choice", "scale", "evidence"

enum class PromptState { None, Open, Locked, Revealed };
const char* state_name(PromptState state);

struct ClassAnswer {
  std::string option;          // Choice, Evidence
  int confidence = 0;          // Evidence: 1-5
  std::optional<int> scale;    // Scale: 1..scale_points
  std::string text;            // Open
};

struct Device {
  int number = 0;  // 1, 2, 3 ... in join order: the only identifier stored
  std::string name;  // a first name if the teacher allows it and one was given
};

enum class JoinStatus { Ok, WrongCode, Full, Ended };
struct JoinResult {
  JoinStatus status = JoinStatus::WrongCode;
  std::string token;  // Ok only
  int device = 0;
};

enum class AnswerStatus { Ok, NoPrompt, WrongPrompt, Locked, Invalid };
struct AnswerCheck {
  AnswerStatus status = AnswerStatus::Invalid;
  std::string message;  // for the page: why it was refused
};

// A join code as a student typed it, read the way the session compares it: the code is read off
// a projector, so case, spaces and dashes do not matter ("k7 p2-qx" is "K7P2QX").
std::string typed_join_code(std::string_view code);

class ClassSession {
 public:
  explicit ClassSession(std::string join_code, bool names_allowed = true)
      : code_(std::move(join_code)), names_allowed_(names_allowed) {}

  const std::string& join_code() const { return code_; }
  bool names_allowed() const { return names_allowed_; }
  bool ended() const { return ended_; }
  int device_count() const { return int(devices_.size()); }
  const std::vector<Device>& devices() const { return devices_; }

  JoinResult join(std::string_view code, std::string_view name);
  // The device a token belongs to (1-based), or 0 for an unknown token.
  int device_for(std::string_view token) const;

  // The teacher's side.
  void open_prompt(ClassPrompt prompt);
  void lock();
  void reveal();
  void unlock();
  void end();
  PromptState state() const { return state_; }
  const std::optional<ClassPrompt>& prompt() const { return prompt_; }
  // Bumped by every change a device should see (a new prompt, lock, reveal, end).
  std::uint64_t version() const { return version_; }

  // Whether `answer` from `device` to prompt `prompt_id` may be stored now.
  AnswerCheck check_answer(int device, std::string_view prompt_id, const ClassAnswer& answer) const;
  // Records an answer that was checked and stored. `sequence` orders a device's answers: an
  // older one arriving late does not replace a newer one. Returns false if it was older.
  bool record_answer(int device, const std::string& prompt_id, ClassAnswer answer, std::uint64_t sequence);
  std::uint64_t next_sequence() { return ++sequence_; }
  // The device's current answer to the prompt on show.
  std::optional<ClassAnswer> answer_of(int device) const;
  // Every current answer to the prompt on show, by device number.
  const std::map<int, ClassAnswer>& answers() const { return answers_; }

 private:
  std::string code_;
  bool names_allowed_;
  bool ended_ = false;
  std::vector<Device> devices_;
  std::unordered_map<std::string, int> by_token_;
  std::optional<ClassPrompt> prompt_;
  PromptState state_ = PromptState::None;
  std::uint64_t version_ = 1, sequence_ = 0;
  std::map<int, ClassAnswer> answers_;
  std::map<int, std::uint64_t> answer_sequence_;
};

}  // namespace lineage::classroom
