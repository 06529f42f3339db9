#include "core/classroom/session.hpp"

#include "core/classroom/secrets.hpp"
#include "core/classroom/text_rules.hpp"

namespace lineage::classroom {

ClassPrompt class_prompt(const Prompt& prompt) {
  ClassPrompt p;
  p.id = prompt.id;
  p.text = prompt.text;
  p.kind = prompt.kind;
  for (const auto& o : prompt.options) p.options.emplace_back(o.id, o.text);
  p.scale_low = prompt.scale_low;
  p.scale_high = prompt.scale_high;
  p.scale_points = prompt.scale_points;
  p.confidence = prompt.confidence;
  return p;
}

const char* kind_name(PromptKind kind) {
  switch (kind) {
    case PromptKind::Open: return "open";
    case PromptKind::Choice: return "choice";
    case PromptKind::Scale: return "scale";
    case PromptKind::Evidence: return "evidence";
  }
  return "open";
}

const char* state_name(PromptState state) {
  switch (state) {
    case PromptState::None: return "none";
    case PromptState::Open: return "open";
    case PromptState::Locked: return "locked";
    case PromptState::Revealed: return "revealed";
  }
  return "none";
}

std::string typed_join_code(std::string_view code) {
  std::string typed;
  for (char c : code)
    if (c != ' ' && c != '-') typed += (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
  return typed;
}

JoinResult ClassSession::join(std::string_view code, std::string_view name) {
  JoinResult result;
  if (ended_) { result.status = JoinStatus::Ended; return result; }
  if (!same_secret(typed_join_code(code), code_)) { result.status = JoinStatus::WrongCode; return result; }
  if (int(devices_.size()) >= kMaxDevices) { result.status = JoinStatus::Full; return result; }
  Device d;
  d.number = int(devices_.size()) + 1;
  if (names_allowed_) d.name = clean_name(name);
  devices_.push_back(d);
  result.token = new_token();
  by_token_[result.token] = d.number;
  result.status = JoinStatus::Ok;
  result.device = d.number;
  return result;
}

int ClassSession::device_for(std::string_view token) const {
  if (ended_ || !looks_like_token(token)) return 0;
  auto it = by_token_.find(std::string(token));
  return it == by_token_.end() ? 0 : it->second;
}

void ClassSession::open_prompt(ClassPrompt prompt) {
  prompt_ = std::move(prompt);
  state_ = PromptState::Open;
  answers_.clear();
  answer_sequence_.clear();
  ++version_;
}

void ClassSession::lock() {
  if (state_ == PromptState::Open) { state_ = PromptState::Locked; ++version_; }
}
void ClassSession::unlock() {
  if (state_ == PromptState::Locked) { state_ = PromptState::Open; ++version_; }
}
void ClassSession::reveal() {
  if (state_ == PromptState::Open || state_ == PromptState::Locked) { state_ = PromptState::Revealed; ++version_; }
}
void ClassSession::end() {
  ended_ = true;
  state_ = PromptState::None;
  prompt_.reset();
  by_token_.clear();
  ++version_;
}

AnswerCheck ClassSession::check_answer(int device, std::string_view prompt_id, const ClassAnswer& a) const {
  auto refuse = [](AnswerStatus s, std::string m) { return AnswerCheck{s, std::move(m)}; };
  if (device < 1 || device > int(devices_.size())) return refuse(AnswerStatus::Invalid, "Join the class first.");
  if (!prompt_ || state_ == PromptState::None) return refuse(AnswerStatus::NoPrompt, "There is no question open.");
  if (prompt_id != prompt_->id) return refuse(AnswerStatus::WrongPrompt, "That question has closed; the page shows the new one.");
  if (state_ != PromptState::Open) return refuse(AnswerStatus::Locked, "Answers to this question are locked.");
  const ClassPrompt& p = *prompt_;
  auto has_option = [&](const std::string& id) {
    for (const auto& o : p.options) if (o.first == id) return true;
    return false;
  };
  switch (p.kind) {
    case PromptKind::Choice:
      if (!has_option(a.option)) return refuse(AnswerStatus::Invalid, "Choose one of the options.");
      if (!a.text.empty() || a.scale || a.confidence) return refuse(AnswerStatus::Invalid, "A choice answer is one option.");
      break;
    case PromptKind::Evidence:
      if (!has_option(a.option)) return refuse(AnswerStatus::Invalid, "Choose one of the readings.");
      if (p.confidence.empty() && a.confidence)
        return refuse(AnswerStatus::Invalid, "This question does not ask how sure you are.");
      if (!p.confidence.empty() && (a.confidence < 1 || a.confidence > 5))
        return refuse(AnswerStatus::Invalid, "Choose how sure you are, from 1 to 5.");
      if (!a.text.empty() || a.scale) return refuse(AnswerStatus::Invalid, "An evidence answer is a reading and a confidence.");
      break;
    case PromptKind::Scale:
      if (!a.scale || *a.scale < 1 || *a.scale > p.scale_points)
        return refuse(AnswerStatus::Invalid, "Choose a point from 1 to " + std::to_string(p.scale_points) + ".");
      if (!a.text.empty() || !a.option.empty() || a.confidence) return refuse(AnswerStatus::Invalid, "A scale answer is one point.");
      break;
    case PromptKind::Open: {
      if (!a.option.empty() || a.scale || a.confidence) return refuse(AnswerStatus::Invalid, "An open answer is text.");
      if (auto problem = text_problem(a.text, kMaxAnswerChars)) return refuse(AnswerStatus::Invalid, *problem);
      bool blank = true;
      for (char c : a.text) blank = blank && (c == ' ' || c == '\n' || c == '\t');
      if (blank) return refuse(AnswerStatus::Invalid, "Write something first.");
      break;
    }
  }
  return {AnswerStatus::Ok, ""};
}

bool ClassSession::record_answer(int device, const std::string& prompt_id, ClassAnswer answer, std::uint64_t sequence) {
  if (!prompt_ || prompt_->id != prompt_id) return false;  // the teacher moved on meanwhile; it is stored
  auto& last = answer_sequence_[device];
  if (sequence <= last) return false;
  last = sequence;
  answers_[device] = std::move(answer);
  return true;
}

std::optional<ClassAnswer> ClassSession::answer_of(int device) const {
  auto it = answers_.find(device);
  if (it == answers_.end()) return std::nullopt;
  return it->second;
}

}  // namespace lineage::classroom
