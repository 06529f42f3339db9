#include "core/journal/answer_words.hpp"

namespace lineage {

bool answer_given(const Prompt& prompt, const Answer& answer) {
  switch (prompt.kind) {
    case PromptKind::Open: return answer.text.find_first_not_of(" \t\r\n") != std::string::npos;
    case PromptKind::Choice:
    case PromptKind::Evidence: return !answer.option.empty();
    case PromptKind::Scale: return answer.scale.has_value();
  }
  return false;
}

std::string answer_in_words(const Prompt& prompt, const Answer& answer) {
  if (!answer_given(prompt, answer)) return "";
  auto option_text = [&](const std::string& id) {
    for (const auto& o : prompt.options)
      if (o.id == id) return o.text.empty() ? o.id : o.text;
    return id;
  };
  switch (prompt.kind) {
    case PromptKind::Open: return answer.text;
    case PromptKind::Choice: return option_text(answer.option);
    case PromptKind::Evidence: {
      std::string words = option_text(answer.option);
      if (!prompt.confidence.empty() && answer.confidence >= 1 && answer.confidence <= 5)
        words += " (how sure: " + std::to_string(answer.confidence) + " of 5)";
      return words;
    }
    case PromptKind::Scale:
      return std::to_string(*answer.scale) + " of " + std::to_string(prompt.scale_points) + " (1 = " +
             prompt.scale_low + ", " + std::to_string(prompt.scale_points) + " = " + prompt.scale_high + ")";
  }
  return "";
}

std::string answer_status(bool answered) { return answered ? "answered" : "not answered yet"; }

}  // namespace lineage
