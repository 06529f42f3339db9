// Editing an answer: caret and selection, UTF-8, undo and redo, and the wrapped layout the
// caret moves through.
#include <catch2/catch.hpp>

#include <string>

#include "core/text/text_edit.hpp"

using lineage::LineRange;
using lineage::TextEdit;

namespace {

// Every byte is 10 px wide, except UTF-8 continuation bytes (one character, one width).
float measure(std::string_view s) {
  float w = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) w += 10;
  return w;
}

std::vector<std::string> pieces(const std::string& text, const std::vector<LineRange>& lines) {
  std::vector<std::string> out;
  for (const LineRange& r : lines) out.push_back(text.substr(r.begin, r.end - r.begin));
  return out;
}

}  // namespace

TEST_CASE("wrapped lines break at spaces, keep newlines and split words too long for a line", "[text]") {
  std::string text = "the bond that never came\n\nsupercalifragilistic end";
  auto lines = lineage::wrap_ranges(text, 100, measure);  // ten characters a line
  CHECK(pieces(text, lines) == std::vector<std::string>{"the bond", "that never", "came", "", "supercalif", "ragilistic",
                                                         "end"});
  for (const LineRange& r : lines) CHECK(measure(std::string_view(text).substr(r.begin, r.end - r.begin)) <= 100);
  CHECK(lineage::wrap_ranges("", 100, measure).size() == 1);
  // A caret at a soft break belongs to the next line; at a hard break to the line it ends.
  CHECK(lineage::line_of(lines, text.find("that")) == 1);
  CHECK(lineage::line_of(lines, text.find("came") + 4) == 2);
}

TEST_CASE("typing, erasing and moving never split a UTF-8 character", "[text]") {
  TextEdit e("Cécile");
  CHECK(e.caret() == e.text().size());
  for (int i = 0; i < 4; ++i) e.move_char(-1, false);  // back over "cile"
  CHECK(e.caret() == 3);
  e.move_char(-1, false);  // over the é: two bytes, one step
  CHECK(e.caret() == 1);
  e.erase_forward();
  CHECK(e.text() == "Ccile");
  e.insert("\xC3\xA9");  // é again
  CHECK(e.text() == "Cécile");
  e.set_caret(2);  // inside é: snaps back to its start
  CHECK(e.caret() == 1);
  e.erase_back();
  CHECK(e.text() == "écile");
}

TEST_CASE("undo takes back a word at a time and redo puts it back", "[text]") {
  TextEdit e;
  for (char c : std::string("not believed")) e.insert(std::string(1, c));
  CHECK(e.text() == "not believed");
  REQUIRE(e.undo());
  CHECK(e.text() == "not ");  // a word goes with the space after it
  REQUIRE(e.undo());
  CHECK(e.text().empty());
  CHECK_FALSE(e.undo());
  REQUIRE(e.redo());
  REQUIRE(e.redo());
  CHECK(e.text() == "not believed");
  CHECK_FALSE(e.redo());
  // Every change, and only a change, moves the revision on.
  std::size_t revision = e.revision();
  e.move_char(-1, false);
  CHECK(e.revision() == revision);
  e.undo();
  CHECK(e.revision() == revision + 1);
  e.redo();
  // A new edit after undo forgets what could have been redone.
  e.undo();
  e.insert("!");
  CHECK_FALSE(e.redo());
}

TEST_CASE("a selection is replaced by typing and removed by Backspace", "[text]") {
  TextEdit e("Blythe suspects Violet");
  e.set_caret(7);
  e.move_word(+1, true);  // select "suspects "
  CHECK(e.selected() == "suspects ");
  e.insert("fears ");
  CHECK(e.text() == "Blythe fears Violet");
  e.select_all();
  e.erase_back();
  CHECK(e.text().empty());
  REQUIRE(e.undo());
  CHECK(e.text() == "Blythe fears Violet");
  e.set_caret(e.text().size());
  e.erase_word_back();
  CHECK(e.text() == "Blythe fears ");
}

TEST_CASE("Up and Down keep the caret's column across wrapped lines; Home and End stay on the line", "[text]") {
  TextEdit e("abcdefghi jklmnopqr stu");
  auto lines = lineage::wrap_ranges(e.text(), 100, measure);  // "abcdefghi" / "jklmnopqr" / "stu"
  REQUIRE(lines.size() == 3);
  auto x_of = [&](std::size_t pos) {
    const LineRange& r = lines[lineage::line_of(lines, pos)];
    return measure(std::string_view(e.text()).substr(r.begin, pos - r.begin));
  };
  e.set_caret(5);  // column 5 of the first line
  e.move_vertical(lines, +1, false, x_of);
  CHECK(e.caret() == 15);  // column 5 of "jklmnopqr"
  e.move_vertical(lines, +1, false, x_of);
  CHECK(e.caret() == e.text().size());  // "stu" is shorter: its end
  e.move_vertical(lines, -1, false, x_of);
  CHECK(e.caret() == 15);  // back to column 5, not 3
  e.move_line_edge(lines, false, false);
  CHECK(e.caret() == 10);
  e.move_line_edge(lines, true, true);
  CHECK(e.selected() == "jklmnopqr");
}

TEST_CASE("End on a line broken inside a long word stays on that line", "[text]") {
  TextEdit e("supercalifragilistic");
  auto lines = lineage::wrap_ranges(e.text(), 100, measure);  // "supercalif" / "ragilistic"
  REQUIRE(lines.size() == 2);
  e.set_caret(3);
  e.move_line_edge(lines, true, false);
  CHECK(lineage::line_of(lines, e.caret()) == 0);
  CHECK(e.caret() == 9);
  e.move_line_edge(lines, true, false);  // pressing End again does not jump a line
  CHECK(e.caret() == 9);
}
