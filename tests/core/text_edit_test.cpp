// Editing an answer: caret and selection, UTF-8, undo and redo, and the wrapped layout the
// caret moves through.
#include <catch2/catch.hpp>

#include <malloc.h>

#include <random>
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

namespace {

// Bytes the heap holds (glibc): what a field's undo history costs.
std::size_t heap_in_use() { return mallinfo2().uordblks; }

}  // namespace

TEST_CASE("undo keeps edits, not copies of the text: a long answer edited many times stays small", "[text][undo]") {
  std::string answer;
  for (int i = 0; answer.size() < 200 * 1024; ++i) answer += "Blythe writes it down, line " + std::to_string(i) + ". ";
  TextEdit e(answer);
  std::size_t before = heap_in_use();
  // 300 separate steps (the caret moves between them), each one character.
  for (int i = 0; i < 300; ++i) {
    e.set_caret((static_cast<std::size_t>(i) * 7919) % e.text().size());
    e.insert("x");
  }
  std::size_t grown = heap_in_use() - before;
  CHECK(grown < 1024 * 1024);  // copies of the text would be 300 x 200 KB
  // Every one of them undoes, in order, back to the answer as it was.
  int undone = 0;
  while (e.undo()) ++undone;
  CHECK(undone == 300);
  CHECK(e.text() == answer);
  while (e.redo()) --undone;
  CHECK(undone == 0);
  CHECK(e.text().size() == answer.size() + 300);
}

TEST_CASE("undo history is capped in bytes, keeping the newest steps and always the last", "[text][undo]") {
  TextEdit e;
  // 2,000 words typed: far more than 200 steps, well under the cap: all undo.
  for (int i = 0; i < 2000; ++i)
    for (char c : std::string("word ")) e.insert(std::string(1, c));
  int steps = 0;
  while (e.undo()) ++steps;
  CHECK(steps == 2000);
  CHECK(e.text().empty());
  // Pasting 100 KB over the whole text ten times (each step keeps what it removed and what it
  // put in): the history holds the newest pastes within the cap (256 KB), and always the last
  // step however large it is.
  TextEdit big;
  const std::size_t chunk = 100 * 1024;
  for (int i = 0; i < 10; ++i) {
    big.select_all();
    big.insert(std::string(chunk, char('a' + i)));
  }
  CHECK(big.undo_bytes() <= 256 * 1024 + 2 * chunk);
  int pastes = 0;
  while (big.undo()) ++pastes;
  CHECK(pastes >= 1);
  CHECK(pastes < 10);
  CHECK(big.text() == std::string(chunk, char('a' + 9 - pastes)));
  TextEdit huge;
  huge.insert(std::string(TextEdit::kTextLimit, 'b'));
  REQUIRE(huge.undo());
  CHECK(huge.text().empty());
  REQUIRE(huge.redo());
  CHECK(huge.text().size() == TextEdit::kTextLimit);
}

TEST_CASE("undo and redo of random edits walk back and forth through the same texts", "[text][undo]") {
  std::mt19937 random(13);
  const std::vector<std::string> typed = {"a", " ", "\n", "é", "漢", "word", "two words"};
  for (int round = 0; round < 50; ++round) {
    TextEdit e("Cecilia and Etta");
    std::vector<std::string> seen = {e.text()};  // every text the field held, in order
    for (int op = 0; op < 60; ++op) {
      switch (random() % 7) {
        case 0: e.set_caret(random() % (e.text().size() + 1)); break;
        case 1: e.set_caret(random() % (e.text().size() + 1), true); break;
        case 2: e.erase_back(); break;
        case 3: e.erase_forward(); break;
        case 4: e.erase_word_back(); break;
        default: e.insert(typed[random() % typed.size()]); break;
      }
      if (e.text() != seen.back()) seen.push_back(e.text());
    }
    // Undo visits earlier texts only, newest first, and ends at the first.
    std::size_t at = seen.size() - 1;
    std::vector<std::string> undone = {e.text()};
    while (e.undo()) {
      std::size_t back = at;
      while (back > 0 && seen[back] != e.text()) --back;
      REQUIRE(seen[back] == e.text());
      REQUIRE(back < at);
      at = back;
      undone.push_back(e.text());
    }
    CHECK(e.text() == seen.front());
    // Redo retraces the same texts forward.
    for (std::size_t i = undone.size() - 1; i-- > 0;) {
      REQUIRE(e.redo());
      CHECK(e.text() == undone[i]);
    }
    CHECK_FALSE(e.redo());
    CHECK(e.text() == seen.back());
  }
}

TEST_CASE("An answer holds at most kTextLimit: a flood is refused whole, nothing already there is lost", "[text][hardening]") {
  TextEdit e(std::string(TextEdit::kTextLimit - 3, 'a'));
  CHECK(e.insert("bcd"));  // exactly at the limit
  CHECK(e.text().size() == TextEdit::kTextLimit);
  CHECK_FALSE(e.refused_for_limit());
  std::string before = e.text();
  CHECK_FALSE(e.insert("e"));
  CHECK_FALSE(e.insert(std::string(1 << 20, 'x')));  // a pasted megabyte
  CHECK(e.text() == before);
  CHECK(e.refused_for_limit());
  // Replacing a selection counts what it frees: typing over the last three characters fits.
  e.set_caret(e.text().size() - 3);
  e.set_caret(e.text().size(), true);
  CHECK(e.insert("xyz"));
  CHECK_FALSE(e.refused_for_limit());  // a change clears the notice
  e.erase_back();
  CHECK(e.insert("!"));
  CHECK(e.text().size() == TextEdit::kTextLimit);
}
