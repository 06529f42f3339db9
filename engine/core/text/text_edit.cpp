// Text editing state and wrapped layout (see text_edit.hpp).
#include "core/text/text_edit.hpp"

#include <algorithm>

namespace lineage {
namespace {

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// What an edit costs beyond its text (its record and the step's share), for the byte cap.
constexpr std::size_t kEditOverhead = 64;

}  // namespace

std::vector<LineRange> wrap_ranges(std::string_view text, float width, const MeasureText& measure) {
  std::vector<LineRange> lines;
  std::size_t start = 0;
  while (true) {
    std::size_t para_end = text.find('\n', start);
    if (para_end == std::string_view::npos) para_end = text.size();
    std::size_t line_begin = start;
    while (true) {
      // Grow the line word by word while it fits.
      std::size_t end = line_begin, fit_end = line_begin;
      bool broke = false;
      while (end < para_end) {
        std::size_t word_end = text.find(' ', end + (text[end] == ' ' ? 1 : 0));
        if (word_end == std::string_view::npos || word_end > para_end) word_end = para_end;
        if (measure(text.substr(line_begin, word_end - line_begin)) > width && fit_end > line_begin) {
          broke = true;
          break;
        }
        if (measure(text.substr(line_begin, word_end - line_begin)) > width) {
          // A single word wider than the line: break it between characters.
          std::size_t cut = line_begin;
          for (std::size_t p = line_begin; p < word_end;) {
            std::size_t q = p + 1;
            while (q < word_end && continuation(text[q])) ++q;
            if (measure(text.substr(line_begin, q - line_begin)) > width && cut > line_begin) break;
            cut = q;
            p = q;
          }
          fit_end = cut;
          broke = cut < para_end;
          break;
        }
        fit_end = end = word_end;
      }
      if (!broke) {
        lines.push_back({line_begin, para_end});
        break;
      }
      lines.push_back({line_begin, fit_end});
      line_begin = fit_end;
      if (line_begin < para_end && text[line_begin] == ' ') ++line_begin;  // the space the line broke at
    }
    if (para_end >= text.size()) break;
    start = para_end + 1;
  }
  return lines;
}

std::size_t line_of(const std::vector<LineRange>& lines, std::size_t pos) {
  for (std::size_t i = 0; i + 1 < lines.size(); ++i)
    if (pos < lines[i + 1].begin) return i;
  return lines.empty() ? 0 : lines.size() - 1;
}

TextEdit::TextEdit(std::string text) { reset(std::move(text)); }

void TextEdit::reset(std::string text) {
  text_ = std::move(text);
  ++revision_;
  refused_for_limit_ = false;
  caret_ = anchor_ = text_.size();
  undo_.clear();
  redo_.clear();
  undo_bytes_ = redo_bytes_ = 0;
  last_ = Kind::None;
  wanted_x_ = -1;
}

std::pair<std::size_t, std::size_t> TextEdit::selection() const { return {std::min(caret_, anchor_), std::max(caret_, anchor_)}; }

std::string TextEdit::selected() const {
  auto [b, e] = selection();
  return text_.substr(b, e - b);
}

std::size_t TextEdit::prev_char(std::size_t pos) const {
  if (pos == 0) return 0;
  --pos;
  while (pos > 0 && continuation(text_[pos])) --pos;
  return pos;
}

std::size_t TextEdit::next_char(std::size_t pos) const {
  if (pos >= text_.size()) return text_.size();
  ++pos;
  while (pos < text_.size() && continuation(text_[pos])) ++pos;
  return pos;
}

void TextEdit::set_caret(std::size_t pos, bool extend) {
  pos = std::min(pos, text_.size());
  while (pos > 0 && pos < text_.size() && continuation(text_[pos])) --pos;
  caret_ = pos;
  if (!extend) anchor_ = caret_;
  last_ = Kind::None;
  wanted_x_ = -1;
}

void TextEdit::select_all() {
  anchor_ = 0;
  caret_ = text_.size();
  last_ = Kind::None;
  wanted_x_ = -1;
}

void TextEdit::remember(Kind kind, bool word_boundary) {
  redo_.clear();
  redo_bytes_ = 0;
  // Consecutive typing (or erasing) is one step, cut at word boundaries.
  if (kind != Kind::None && kind == last_ && !word_boundary && !undo_.empty()) return;
  undo_.push_back(Step{{}, caret_, anchor_});
  last_ = kind;
}

// Adds one replacement to the newest step, joined to its last edit when it carries on from it
// (typing on, Backspace or Delete again), so a typed word is one edit, not one per letter.
void TextEdit::record(std::size_t pos, std::string_view removed, std::string_view inserted) {
  Step& step = undo_.back();
  std::size_t before = step.bytes;
  Edit* last = step.edits.empty() ? nullptr : &step.edits.back();
  if (last && removed.empty() && pos == last->pos + last->inserted.size()) {
    last->inserted.append(inserted);  // typing on
  } else if (last && inserted.empty() && last->inserted.empty() && pos + removed.size() == last->pos) {
    last->removed.insert(0, removed);  // Backspace again
    last->pos = pos;
  } else if (last && inserted.empty() && last->inserted.empty() && pos == last->pos) {
    last->removed.append(removed);  // Delete again
  } else {
    step.edits.push_back({pos, std::string(removed), std::string(inserted)});
    step.bytes += kEditOverhead;
  }
  step.bytes += removed.size() + inserted.size();
  undo_bytes_ += step.bytes - before;
  trim_history();
}

// The oldest steps go while the history is over its cap; the newest always stays.
void TextEdit::trim_history() {
  while (undo_.size() > 1 && undo_bytes_ > kUndoBytes) {
    undo_bytes_ -= undo_.front().bytes;
    undo_.pop_front();
  }
}

void TextEdit::replace_selection(std::string_view with) {
  auto [b, e] = selection();
  bool changes = std::string_view(text_).substr(b, e - b) != with;
  if (changes) {
    if (!undo_.empty()) record(b, std::string_view(text_).substr(b, e - b), with);
    text_.replace(b, e - b, with);
    ++revision_;
    refused_for_limit_ = false;
  }
  caret_ = anchor_ = b + with.size();
  wanted_x_ = -1;
  if (undo_.empty()) return;
  if (undo_.back().edits.empty()) {  // nothing changed (a selection typed over with itself): no step
    undo_.pop_back();
    last_ = Kind::None;
    return;
  }
  undo_.back().caret_after = caret_;
  undo_.back().anchor_after = anchor_;
}

bool TextEdit::insert(std::string_view utf8) {
  if (utf8.empty()) return true;
  auto [from, to] = selection();
  if (text_.size() - (to - from) + utf8.size() > kTextLimit) {
    refused_for_limit_ = true;
    return false;
  }
  bool single = utf8.size() <= 4 && !has_selection();
  bool space = utf8 == " " || utf8 == "\n";
  // A word and the spaces after it are one step: a new step starts with the next word.
  remember(single ? Kind::Typing : Kind::None, single && !space && after_space_);
  if (!single) last_ = Kind::None;
  after_space_ = single && space;
  replace_selection(utf8);
  return true;
}

void TextEdit::erase_back() {
  if (!has_selection()) {
    if (caret_ == 0) return;
    remember(Kind::Erasing);
    anchor_ = prev_char(caret_);
  } else {
    remember(Kind::None);
  }
  replace_selection({});
}

void TextEdit::erase_forward() {
  if (!has_selection()) {
    if (caret_ >= text_.size()) return;
    remember(Kind::Erasing);
    anchor_ = next_char(caret_);
  } else {
    remember(Kind::None);
  }
  replace_selection({});
}

void TextEdit::erase_word_back() {
  if (!has_selection()) {
    if (caret_ == 0) return;
    std::size_t keep = caret_;
    move_word(-1, false);
    anchor_ = keep;
  }
  remember(Kind::None);
  replace_selection({});
}

// Undo applies the newest step's edits backwards, newest first, and puts the caret where it was
// before; redo applies them forwards again. The step moves between the two histories.
bool TextEdit::undo() {
  if (undo_.empty()) return false;
  Step step = std::move(undo_.back());
  undo_.pop_back();
  undo_bytes_ -= step.bytes;
  for (auto it = step.edits.rbegin(); it != step.edits.rend(); ++it)
    text_.replace(it->pos, it->inserted.size(), it->removed);
  ++revision_;
  refused_for_limit_ = false;
  caret_ = step.caret_before;
  anchor_ = step.anchor_before;
  last_ = Kind::None;
  wanted_x_ = -1;
  redo_bytes_ += step.bytes;
  redo_.push_back(std::move(step));
  return true;
}

bool TextEdit::redo() {
  if (redo_.empty()) return false;
  Step step = std::move(redo_.back());
  redo_.pop_back();
  redo_bytes_ -= step.bytes;
  for (const Edit& edit : step.edits) text_.replace(edit.pos, edit.removed.size(), edit.inserted);
  ++revision_;
  refused_for_limit_ = false;
  caret_ = step.caret_after;
  anchor_ = step.anchor_after;
  last_ = Kind::None;
  wanted_x_ = -1;
  undo_bytes_ += step.bytes;
  undo_.push_back(std::move(step));
  return true;
}

void TextEdit::move_char(int direction, bool extend) {
  if (has_selection() && !extend) {
    auto [b, e] = selection();
    set_caret(direction < 0 ? b : e);
    return;
  }
  set_caret(direction < 0 ? prev_char(caret_) : next_char(caret_), extend);
}

void TextEdit::move_word(int direction, bool extend) {
  auto space = [&](std::size_t p) { return text_[p] == ' ' || text_[p] == '\n'; };
  std::size_t p = caret_;
  if (direction < 0) {
    while (p > 0 && space(p - 1)) --p;
    while (p > 0 && !space(p - 1)) --p;
  } else {
    while (p < text_.size() && !space(p)) ++p;
    while (p < text_.size() && space(p)) ++p;
  }
  set_caret(p, extend);
}

void TextEdit::move_line_edge(const std::vector<LineRange>& lines, bool to_end, bool extend) {
  std::size_t line = line_of(lines, caret_);
  const LineRange& r = lines[line];
  // A line that breaks inside a word ends where the next begins, which belongs to the next
  // line: End stops before its last character so the caret stays on this line.
  bool split_word = line + 1 < lines.size() && lines[line + 1].begin == r.end && r.end > r.begin;
  set_caret(to_end ? (split_word ? prev_char(r.end) : r.end) : r.begin, extend);
}

}  // namespace lineage
