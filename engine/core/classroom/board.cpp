#include "core/classroom/board.hpp"

#include <algorithm>
#include <cstdio>

namespace lineage::classroom {

std::string mean_text(double mean) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", mean);
  return text;
}

ClassTally tally_answers(const ClassPrompt& prompt, const std::map<int, ClassAnswer>& answers) {
  ClassTally t;
  if (prompt.kind == PromptKind::Open) {
    t.answered = int(answers.size());
    return t;
  }
  if (prompt.kind == PromptKind::Scale) {
    int points = std::clamp(prompt.scale_points, 2, 10);
    for (int i = 1; i <= points; ++i) {
      Bar b;
      b.label = std::to_string(i);
      if (i == 1 && !prompt.scale_low.empty()) b.label += " " + prompt.scale_low;
      if (i == points && !prompt.scale_high.empty()) b.label += " " + prompt.scale_high;
      t.bars.push_back(b);
    }
    long sum = 0;
    for (const auto& [device, a] : answers) {
      if (!a.scale || *a.scale < 1 || *a.scale > points) continue;
      ++t.bars[std::size_t(*a.scale - 1)].count;
      sum += *a.scale;
      ++t.answered;
    }
    t.mean_scale = t.answered ? double(sum) / t.answered : 0;
    return t;
  }
  for (const auto& [id, text] : prompt.options) t.bars.push_back(Bar{text, 0, {}});
  for (const auto& [device, a] : answers) {
    for (std::size_t i = 0; i < prompt.options.size(); ++i) {
      if (prompt.options[i].first != a.option) continue;
      ++t.bars[i].count;
      if (prompt.kind == PromptKind::Evidence && a.confidence >= 1 && a.confidence <= 5)
        ++t.bars[i].by_confidence[std::size_t(a.confidence - 1)];
      ++t.answered;
      break;
    }
  }
  return t;
}

void ClassBoard::apply(const ClassEvent& e) {
  switch (e.kind) {
    case ClassEvent::Kind::Joined:
      joined_ = std::max(joined_, e.device);
      break;
    case ClassEvent::Kind::PromptOpened:
      prompt_ = e.opened;
      state_ = PromptState::Open;
      answers_.clear();
      rows_.clear();
      open_.clear();
      break;
    case ClassEvent::Kind::StateChanged:
      state_ = e.state;
      break;
    case ClassEvent::Kind::Ended:
      ended_ = true;
      state_ = PromptState::None;
      break;
    case ClassEvent::Kind::Answered: {
      if (!prompt_ || e.prompt != prompt_->id) break;
      answers_[e.device] = e.answer;
      rows_[e.device] = e.row;
      if (prompt_->kind != PromptKind::Open) break;
      auto it = std::find_if(open_.begin(), open_.end(), [&](const OpenAnswer& o) { return o.device == e.device; });
      if (it == open_.end()) {
        open_.push_back(OpenAnswer{e.device, e.name, e.answer.text, e.row, false});
      } else {
        // A changed answer is new text: it is hidden again until the teacher shows it.
        it->text = e.answer.text;
        it->row = e.row;
        it->shown = false;
      }
      break;
    }
  }
}

ClassTally ClassBoard::tally() const {
  if (!prompt_) return {};
  return tally_answers(*prompt_, answers_);
}

std::vector<OpenAnswer> ClassBoard::shown_answers() const {
  std::vector<OpenAnswer> shown;
  for (const auto& o : open_)
    if (o.shown) shown.push_back(o);
  return shown;
}

bool ClassBoard::show(int device, bool shown) {
  for (auto& o : open_)
    if (o.device == device) { o.shown = shown; return true; }
  return false;
}

std::optional<std::int64_t> ClassBoard::clear(int device) {
  auto it = rows_.find(device);
  if (it == rows_.end()) return std::nullopt;
  std::int64_t row = it->second;
  rows_.erase(it);
  answers_.erase(device);
  open_.erase(std::remove_if(open_.begin(), open_.end(), [&](const OpenAnswer& o) { return o.device == device; }),
              open_.end());
  return row;
}

}  // namespace lineage::classroom
