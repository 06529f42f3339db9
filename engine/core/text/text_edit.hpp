// A multi-line text being edited: the text, the caret, the selection, undo and redo, and the
// word-wrapped layout the caret moves through. The answer field in the Reflections list, on
// cards and in story mode feeds it keys and draws it (ImGui 1.86's own field cannot wrap).
// UTF-8 safe: the caret only ever sits between whole characters. Pure C++, tested headless.
#pragma once

#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/text/wrap.hpp"

namespace lineage {

// One visual line of wrapped text: bytes [begin, end) of the text. A line broken at a space
// ends before the space; the next begins after it.
struct LineRange {
  std::size_t begin = 0, end = 0;
};

// The visual lines of `text` at `width` (greedy, at spaces and newlines; a word wider than the
// line is broken between characters). Always at least one line.
std::vector<LineRange> wrap_ranges(std::string_view text, float width, const MeasureText& measure);

// The line holding byte `pos` (a position at a soft break belongs to the later line).
std::size_t line_of(const std::vector<LineRange>& lines, std::size_t pos);

class TextEdit {
 public:
  explicit TextEdit(std::string text = {});

  const std::string& text() const { return text_; }
  // Counts changes to the text, so a caller can tell whether it changed without comparing it.
  std::size_t revision() const { return revision_; }
  std::size_t caret() const { return caret_; }
  bool has_selection() const { return caret_ != anchor_; }
  std::pair<std::size_t, std::size_t> selection() const;  // ordered [begin, end)
  std::string selected() const;

  // Replaces the text (undo history forgotten) and puts the caret at the end.
  void reset(std::string text);
  // Moves the caret (to the character boundary at or before `pos`); `extend` keeps the anchor.
  void set_caret(std::size_t pos, bool extend = false);
  void select_all();

  // The most an answer holds (about 40,000 words): a flood pasted by mistake, or by a hostile
  // clipboard, would otherwise be laid out, drawn and saved whole on every change.
  static constexpr std::size_t kTextLimit = 256 * 1024;
  // Typing replaces the selection. Runs of typed characters undo together, a word at a time.
  // Refused, changing nothing, when the text would pass kTextLimit: returns false and
  // refused_for_limit() says so until the next change (the field tells the reader).
  bool insert(std::string_view utf8);
  bool refused_for_limit() const { return refused_for_limit_; }
  void erase_back();     // Backspace: the selection, or the character before the caret
  void erase_forward();  // Delete
  void erase_word_back();  // Ctrl+Backspace
  bool undo();
  bool redo();
  // Bytes the undo and redo history hold: the newest steps within kUndoBytes, and always the
  // newest step however large (so the last change can be taken back).
  std::size_t undo_bytes() const { return undo_bytes_ + redo_bytes_; }
  static constexpr std::size_t kUndoBytes = 256 * 1024;

  // Caret movement; `extend` selects (Shift).
  void move_char(int direction, bool extend);
  void move_word(int direction, bool extend);
  void move_line_edge(const std::vector<LineRange>& lines, bool to_end, bool extend);  // Home / End
  // Up / Down: to the same x on the previous or next visual line; `x_of(pos)` gives a caret x.
  template <typename XOf>
  void move_vertical(const std::vector<LineRange>& lines, int direction, bool extend, XOf&& x_of);
  // The byte on `line` whose caret x is nearest `x`.
  template <typename XOf>
  std::size_t position_at(const std::vector<LineRange>& lines, std::size_t line, float x, XOf&& x_of) const;

 private:
  enum class Kind { None, Typing, Erasing };
  // One replacement: at `pos` the text held `removed` and now holds `inserted`.
  struct Edit {
    std::size_t pos;
    std::string removed, inserted;
  };
  // What one undo takes back: its edits in the order made, and the caret before and after.
  // History keeps edits, not copies of the text, so a long answer costs only what changed.
  struct Step {
    std::vector<Edit> edits;
    std::size_t caret_before, anchor_before, caret_after = 0, anchor_after = 0;
    std::size_t bytes = 0;
  };
  void remember(Kind kind, bool word_boundary = false);
  void record(std::size_t pos, std::string_view removed, std::string_view inserted);
  void trim_history();
  std::size_t prev_char(std::size_t pos) const;
  std::size_t next_char(std::size_t pos) const;
  void replace_selection(std::string_view with);

  std::string text_;
  std::size_t caret_ = 0, anchor_ = 0;
  std::deque<Step> undo_, redo_;
  std::size_t undo_bytes_ = 0, redo_bytes_ = 0;
  Kind last_ = Kind::None;
  bool after_space_ = false;  // the last character typed was a space or a new line
  std::size_t revision_ = 0;
  bool refused_for_limit_ = false;
  float wanted_x_ = -1;  // kept through Up/Down runs, so the caret returns to its column
};

template <typename XOf>
std::size_t TextEdit::position_at(const std::vector<LineRange>& lines, std::size_t line, float x, XOf&& x_of) const {
  const LineRange& r = lines[line];
  std::size_t best = r.begin;
  float best_gap = -1;
  for (std::size_t p = r.begin;; p = next_char(p)) {
    float gap = x_of(p) - x;
    if (gap < 0) gap = -gap;
    if (best_gap < 0 || gap < best_gap) best = p, best_gap = gap;
    if (p >= r.end) break;
  }
  return best;
}

template <typename XOf>
void TextEdit::move_vertical(const std::vector<LineRange>& lines, int direction, bool extend, XOf&& x_of) {
  std::size_t line = line_of(lines, caret_);
  if (wanted_x_ < 0) wanted_x_ = x_of(caret_);
  float x = wanted_x_;
  std::size_t target;
  if (direction < 0) target = line == 0 ? 0 : position_at(lines, line - 1, x, x_of);
  else target = line + 1 >= lines.size() ? text_.size() : position_at(lines, line + 1, x, x_of);
  caret_ = target;
  if (!extend) anchor_ = caret_;
  last_ = Kind::None;
  wanted_x_ = x;  // set_caret would forget it
}

// The wrapped lines of one field, kept until its text, width or font size changes: text is
// laid out when it changes, not every frame.
struct WrappedLines {
  std::string text;
  float width = -1, font_size = -1;
  std::vector<LineRange> lines;
};

// One text field's whole state between frames: the text with its caret and undo, and its
// layout. Owned by whoever owns the field (the app keeps the answer fields).
struct EditField {
  TextEdit edit;
  WrappedLines layout;
};

}  // namespace lineage
