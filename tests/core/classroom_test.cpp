// Class responses, headless: the session's join and answer rules, aggregation, moderation,
// rate limits, tokens, text rules, and the class tables in the journal database.
#include <sqlite3.h>

#include <catch2/catch.hpp>
#include <set>
#include <sstream>

#include "core/classroom/board.hpp"
#include "core/classroom/class_store.hpp"
#include "core/classroom/rate_limit.hpp"
#include "core/classroom/secrets.hpp"
#include "core/classroom/session.hpp"
#include "core/classroom/text_rules.hpp"
#include "core/journal/journal.hpp"
#include "core/journal/schema.hpp"
#include "journal_temp_dir.hpp"

using namespace lineage;
using namespace lineage::classroom;

namespace {

ClassPrompt choice_prompt() {
  ClassPrompt p;
  p.id = "who-to-trust";
  p.text = "Whose account do you trust?";
  p.kind = PromptKind::Choice;
  p.options = {{"blythe", "Blythe's"}, {"fox", "Fox's"}, {"neither", "Neither"}};
  return p;
}

ClassPrompt scale_prompt() {
  ClassPrompt p;
  p.id = "agree";
  p.text = "Mothering is learned.";
  p.kind = PromptKind::Scale;
  p.scale_points = 5;
  p.scale_low = "Disagree";
  p.scale_high = "Agree";
  return p;
}

ClassPrompt open_prompt() {
  ClassPrompt p;
  p.id = "one-word";
  p.text = "One word for Cecilia.";
  p.kind = PromptKind::Open;
  return p;
}

ClassAnswer option(const std::string& id, int confidence = 0) {
  ClassAnswer a;
  a.option = id;
  a.confidence = confidence;
  return a;
}

}  // namespace

TEST_CASE("Class: tokens are 128-bit hex, distinct, and join codes avoid look-alikes", "[class]") {
  std::set<std::string> tokens;
  for (int i = 0; i < 500; ++i) {
    auto t = new_token();
    CHECK(looks_like_token(t));
    tokens.insert(t);
  }
  CHECK(tokens.size() == 500);
  CHECK_FALSE(looks_like_token("0123456789ABCDEF0123456789abcdef"));  // upper case
  CHECK_FALSE(looks_like_token("0123456789abcdef0123456789abcde"));   // 31 digits
  for (int i = 0; i < 200; ++i) {
    auto code = new_join_code();
    REQUIRE(code.size() == 6);
    CHECK(code.find_first_of("01OIL") == std::string::npos);
  }
  CHECK(same_secret("abc", "abc"));
  CHECK_FALSE(same_secret("abc", "abd"));
  CHECK_FALSE(same_secret("abc", "abcd"));
}

TEST_CASE("Class: joining needs the code; tokens identify devices; at most 200 devices", "[class]") {
  ClassSession session("K7MX2Q");
  CHECK(session.join("WRONG1", "Ana").status == JoinStatus::WrongCode);
  CHECK(session.join("", "").status == JoinStatus::WrongCode);
  auto ana = session.join(" k7mx2q ", "  Ana ");  // read off a projector: case and spaces forgiven
  REQUIRE(ana.status == JoinStatus::Ok);
  CHECK(ana.device == 1);
  CHECK(session.devices()[0].name == "Ana");
  CHECK(session.device_for(ana.token) == 1);
  CHECK(session.device_for(new_token()) == 0);  // forged
  CHECK(session.device_for("") == 0);
  CHECK(session.device_for("<script>") == 0);
  auto bad_name = session.join("K7MX2Q", std::string("Bo\xff", 3));
  CHECK(session.devices()[1].name.empty());  // invalid UTF-8: anonymous rather than refused
  CHECK(bad_name.device == 2);
  while (session.device_count() < kMaxDevices) REQUIRE(session.join("K7MX2Q", "").status == JoinStatus::Ok);
  CHECK(session.join("K7MX2Q", "").status == JoinStatus::Full);

  ClassSession anonymous("AAAAAA", /*names_allowed=*/false);
  anonymous.join("AAAAAA", "Ana");
  CHECK(anonymous.devices()[0].name.empty());

  // A token from an ended session (or an earlier lesson's) no longer answers.
  session.end();
  CHECK(session.device_for(ana.token) == 0);
  CHECK(session.join("K7MX2Q", "").status == JoinStatus::Ended);
  ClassSession next("BBBBBB");
  next.join("BBBBBB", "");
  CHECK(next.device_for(ana.token) == 0);  // replayed into a new lesson
}

TEST_CASE("Class: answers are checked against the open prompt and change until locked", "[class]") {
  ClassSession session("CODE22");
  int ana = session.join("CODE22", "Ana").device;
  CHECK(session.check_answer(ana, "who-to-trust", option("fox")).status == AnswerStatus::NoPrompt);

  std::uint64_t v = session.version();
  session.open_prompt(choice_prompt());
  CHECK(session.version() > v);
  CHECK(session.state() == PromptState::Open);
  CHECK(session.check_answer(ana, "who-to-trust", option("fox")).status == AnswerStatus::Ok);
  CHECK(session.check_answer(ana, "who-to-trust", option("violet")).status == AnswerStatus::Invalid);
  CHECK(session.check_answer(ana, "other", option("fox")).status == AnswerStatus::WrongPrompt);
  CHECK(session.check_answer(99, "who-to-trust", option("fox")).status == AnswerStatus::Invalid);
  ClassAnswer mixed = option("fox");
  mixed.text = "and words";
  CHECK(session.check_answer(ana, "who-to-trust", mixed).status == AnswerStatus::Invalid);

  REQUIRE(session.record_answer(ana, "who-to-trust", option("fox"), session.next_sequence()));
  auto late = session.next_sequence();
  REQUIRE(session.record_answer(ana, "who-to-trust", option("blythe"), session.next_sequence()));
  CHECK_FALSE(session.record_answer(ana, "who-to-trust", option("neither"), late));  // older, arrived late
  CHECK(session.answer_of(ana)->option == "blythe");

  session.lock();
  CHECK(session.state() == PromptState::Locked);
  CHECK(session.check_answer(ana, "who-to-trust", option("fox")).status == AnswerStatus::Locked);
  session.unlock();
  CHECK(session.check_answer(ana, "who-to-trust", option("fox")).status == AnswerStatus::Ok);
  session.reveal();
  CHECK(session.state() == PromptState::Revealed);
  CHECK(session.check_answer(ana, "who-to-trust", option("fox")).status == AnswerStatus::Locked);

  session.open_prompt(scale_prompt());
  CHECK_FALSE(session.answer_of(ana));  // a new prompt starts empty
  ClassAnswer point;
  point.scale = 6;
  CHECK(session.check_answer(ana, "agree", point).status == AnswerStatus::Invalid);
  point.scale = 5;
  CHECK(session.check_answer(ana, "agree", point).status == AnswerStatus::Ok);

  ClassPrompt evidence;
  evidence.id = "what-happened";
  evidence.kind = PromptKind::Evidence;
  evidence.options = {{"violet", "Something in Violet"}, {"perception", "Blythe's perception"}};
  evidence.confidence = "How sure are you?";
  session.open_prompt(evidence);
  CHECK(session.check_answer(ana, "what-happened", option("violet")).status == AnswerStatus::Invalid);  // no confidence
  CHECK(session.check_answer(ana, "what-happened", option("violet", 6)).status == AnswerStatus::Invalid);
  CHECK(session.check_answer(ana, "what-happened", option("violet", 4)).status == AnswerStatus::Ok);

  // A story whose evidence prompt does not ask how sure: a reading alone is the answer.
  ClassPrompt plain = evidence;
  plain.id = "plain";
  plain.confidence.clear();
  session.open_prompt(plain);
  CHECK(session.check_answer(ana, "plain", option("violet")).status == AnswerStatus::Ok);
  CHECK(session.check_answer(ana, "plain", option("violet", 4)).status == AnswerStatus::Invalid);
}

TEST_CASE("Class: open answers must be valid UTF-8 text of at most 1,000 characters", "[class]") {
  ClassSession session("CODE33");
  int ana = session.join("CODE33", "").device;
  session.open_prompt(open_prompt());
  auto text = [](std::string t) { ClassAnswer a; a.text = std::move(t); return a; };
  CHECK(session.check_answer(ana, "one-word", text("Tired")).status == AnswerStatus::Ok);
  CHECK(session.check_answer(ana, "one-word", text("<script>alert(1)</script>")).status == AnswerStatus::Ok);  // stored as text
  CHECK(session.check_answer(ana, "one-word", text("   \n")).status == AnswerStatus::Invalid);
  CHECK(session.check_answer(ana, "one-word", text(std::string(1000, 'a'))).status == AnswerStatus::Ok);
  auto too_long = session.check_answer(ana, "one-word", text(std::string(1001, 'a')));
  CHECK(too_long.status == AnswerStatus::Invalid);
  CHECK(too_long.message.find("1001") != std::string::npos);
  // 1,000 characters of two bytes each are 2,000 bytes: characters are counted, not bytes.
  std::string accents;
  for (int i = 0; i < 1000; ++i) accents += "\xc3\xa9";
  CHECK(session.check_answer(ana, "one-word", text(accents)).status == AnswerStatus::Ok);
  CHECK(session.check_answer(ana, "one-word", text("caf\xc3")).message.find("UTF-8") != std::string::npos);
  CHECK(session.check_answer(ana, "one-word", text(std::string("a\0b", 3))).status == AnswerStatus::Invalid);
}

TEST_CASE("Class: UTF-8 validation refuses overlongs, surrogates, stray and cut-off bytes", "[class]") {
  CHECK(valid_utf8("plain"));
  CHECK(valid_utf8("\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80"));  // é € 😀
  CHECK_FALSE(valid_utf8("\xc0\xaf"));          // overlong '/'
  CHECK_FALSE(valid_utf8("\xe0\x80\xaf"));      // overlong
  CHECK_FALSE(valid_utf8("\xed\xa0\x80"));      // surrogate
  CHECK_FALSE(valid_utf8("\xf4\x90\x80\x80"));  // past U+10FFFF
  CHECK_FALSE(valid_utf8("\x80"));
  CHECK_FALSE(valid_utf8("\xe2\x82"));
  CHECK_FALSE(valid_utf8("\xff"));
  CHECK(utf8_length("\xc3\xa9t\xc3\xa9") == 3);
  CHECK(clean_name("  Mia  ") == "Mia");
  CHECK(clean_name(std::string(41, 'a')).empty());
  CHECK(clean_name("a\nb").empty());
}

TEST_CASE("Class: rate limits allow a burst of `rate` then `rate` a second per key", "[class]") {
  RateLimiter answers(2);
  CHECK(answers.allow("t", 1000));
  CHECK(answers.allow("t", 1000));
  CHECK_FALSE(answers.allow("t", 1000));
  CHECK(answers.allow("u", 1000));  // another token is not affected
  CHECK_FALSE(answers.allow("t", 1200));
  CHECK(answers.allow("t", 1500));  // half a second refills one
  RateLimiter requests(20);
  int allowed = 0;
  for (int i = 0; i < 100; ++i) allowed += requests.allow("10.0.0.5", 5000);
  CHECK(allowed == 20);
  allowed = 0;
  for (int ms = 0; ms < 3000; ms += 10) allowed += requests.allow("10.0.0.5", 6000 + ms);
  // A full bucket of 20 (it refilled during the idle second), then 20 a second for 3 seconds.
  CHECK(allowed >= 79);
  CHECK(allowed <= 81);
  RateLimiter bounded(2, 64);
  for (int i = 0; i < 1000; ++i) bounded.allow("addr" + std::to_string(i), 1000);
  CHECK(bounded.keys() <= 64);
}

TEST_CASE("Class: the board sums choice, scale and evidence answers into bars", "[class]") {
  ClassBoard board;
  ClassEvent opened;
  opened.kind = ClassEvent::Kind::PromptOpened;
  opened.opened = choice_prompt();
  board.apply(opened);
  auto answer = [&](int device, ClassAnswer a, const std::string& prompt = "who-to-trust") {
    ClassEvent e;
    e.kind = ClassEvent::Kind::Answered;
    e.device = device;
    e.prompt = prompt;
    e.answer = std::move(a);
    e.row = 100 + device;
    board.apply(e);
  };
  answer(1, option("fox"));
  answer(2, option("fox"));
  answer(3, option("neither"));
  answer(3, option("blythe"));  // changed: counted once, as its latest
  answer(4, option("fox"), "an-old-prompt");  // late, for a prompt no longer on show
  auto t = board.tally();
  CHECK(t.answered == 3);
  REQUIRE(t.bars.size() == 3);
  CHECK(t.bars[0].label == "Blythe's");
  CHECK(t.bars[0].count == 1);
  CHECK(t.bars[1].count == 2);
  CHECK(t.bars[2].count == 0);
  CHECK(board.clear(2) == std::optional<std::int64_t>(102));
  CHECK(board.tally().bars[1].count == 1);
  CHECK_FALSE(board.clear(2));

  opened.opened = scale_prompt();
  board.apply(opened);
  CHECK(board.tally().answered == 0);
  ClassAnswer p;
  for (int point : {1, 5, 5, 3}) {
    static int device = 0;
    p.scale = point;
    answer(++device, p, "agree");
  }
  t = board.tally();
  REQUIRE(t.bars.size() == 5);
  CHECK(t.bars[0].label == "1 Disagree");
  CHECK(t.bars[4].label == "5 Agree");
  CHECK(t.bars[4].count == 2);
  CHECK(t.mean_scale == Approx(3.5));

  ClassPrompt evidence;
  evidence.id = "what-happened";
  evidence.kind = PromptKind::Evidence;
  evidence.options = {{"violet", "Something in Violet"}, {"perception", "Blythe's perception"}};
  opened.opened = evidence;
  board.apply(opened);
  answer(1, option("violet", 5), "what-happened");
  answer(2, option("violet", 2), "what-happened");
  answer(3, option("perception", 5), "what-happened");
  t = board.tally();
  CHECK(t.bars[0].count == 2);
  CHECK(t.bars[0].by_confidence[4] == 1);
  CHECK(t.bars[0].by_confidence[1] == 1);
  CHECK(t.bars[1].by_confidence[4] == 1);
}

TEST_CASE("Class: open answers stay hidden until the teacher shows one; a change hides it again", "[class]") {
  ClassBoard board;
  ClassEvent opened;
  opened.kind = ClassEvent::Kind::PromptOpened;
  opened.opened = open_prompt();
  board.apply(opened);
  ClassEvent e;
  e.kind = ClassEvent::Kind::Answered;
  e.prompt = "one-word";
  e.device = 1;
  e.name = "Ana";
  e.answer.text = "Tired";
  board.apply(e);
  e.device = 2;
  e.name = "";
  e.answer.text = "<b>lol</b>";
  board.apply(e);
  CHECK(board.open_answers().size() == 2);
  CHECK(board.shown_answers().empty());
  CHECK(board.show(1, true));
  REQUIRE(board.shown_answers().size() == 1);
  CHECK(board.shown_answers()[0].text == "Tired");
  CHECK_FALSE(board.show(7, true));
  e.device = 1;
  e.answer.text = "Tired, and alone";
  board.apply(e);
  CHECK(board.shown_answers().empty());  // new words need the teacher's eye again
  CHECK(board.open_answers()[0].text == "Tired, and alone");
  REQUIRE(board.clear(2));
  CHECK(board.open_answers().size() == 1);
  CHECK(board.tally().answered == 1);
}

TEST_CASE("Class: sessions, prompts and answers are stored in the journal and exported as CSV", "[class][journal]") {
  lineage::testing::TempDir dir("class-store");
  { Journal journal(dir.path()); REQUIRE(journal.status().ok); }
  ClassStore store(dir / "journal.db");
  REQUIRE(store.ok());
  auto session = store.begin_session("whose-account", 1700000000000);
  REQUIRE(session);
  REQUIRE(store.add_prompt(*session, 0, choice_prompt(), 1700000000100));
  auto first = store.add_answer(*session, "who-to-trust", 1, "Ana", option("fox"), 1700000000200);
  REQUIRE(first);
  REQUIRE(store.add_answer(*session, "who-to-trust", 1, "Ana", option("blythe"), 1700000000300));
  ClassAnswer silly;
  silly.text = "=HYPERLINK(\"http://x\") \"quoted\", with comma\nand line";
  auto row = store.add_answer(*session, "one-word", 2, "", silly, 1700000000400);
  REQUIRE(row);
  REQUIRE(store.mark_cleared(*row));
  REQUIRE(store.end_session(*session, 1700000001000));

  auto sessions = store.sessions();
  REQUIRE(sessions.size() == 1);
  CHECK(sessions[0].lesson == "whose-account");
  CHECK(sessions[0].answers == 3);
  CHECK(sessions[0].ended_at == 1700000001000);

  std::ostringstream csv;
  write_session_csv(store, *session, csv);
  std::string text = csv.str();
  INFO(text);
  CHECK(text.rfind("session,prompt,device,name,option,confidence,scale,text,saved_at_ms,changes,cleared\r\n", 0) == 0);
  CHECK(text.find("\"who-to-trust\",1,\"Ana\",\"blythe\",,,\"\",1700000000300,1,no\r\n") != std::string::npos);
  CHECK(text.find("\"fox\"") == std::string::npos);  // only the latest revision
  CHECK(text.find("\"'=HYPERLINK(\"\"http://x\"\") \"\"quoted\"\", with comma\nand line\"") != std::string::npos);
  CHECK(text.find(",yes\r\n") != std::string::npos);

  REQUIRE(store.delete_session(*session));
  CHECK(store.sessions().empty());
  CHECK(store.answers(*session).empty());  // deleted with it
  CHECK_FALSE(store.delete_session(*session));
}

TEST_CASE("Class: a version 4 journal gains the class tables and keeps its answers", "[class][journal]") {
  lineage::testing::TempDir dir("class-migrate-v4");
  {
    Journal journal(dir.path());
    auto mia = journal.create_profile("Mia");
    REQUIRE(mia);
    Answer a;
    a.prompt = "open-1";
    a.text = "kept";
    REQUIRE(journal.save_answer(mia->id, a));
  }
  {  // Turn it back into a version 4 database, as a release before class responses left it.
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open((dir / "journal.db").c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "DROP TABLE class_answers; DROP TABLE class_prompts; DROP TABLE class_sessions;"
                             "UPDATE schema_version SET version = 4;", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
  }
  Journal journal(dir.path());
  REQUIRE(journal.status().ok);
  CHECK(journal.check().schema_version == journal_detail::kSchemaVersion);
  CHECK(journal.answer(journal.find_profile("Mia")->id, "open-1")->text == "kept");
  ClassStore store(dir / "journal.db");
  REQUIRE(store.ok());
  CHECK(store.begin_session("lesson", 1));
}

TEST_CASE("Class: a scale's mean is printed rounded to two decimals, the same on the projector and the handout", "[class]") {
  CHECK(mean_text(11.0 / 3.0) == "3.67");  // answers 2, 4 and 5: truncated, it read 3.66
  CHECK(mean_text(10.0 / 3.0) == "3.33");
  CHECK(mean_text(5) == "5.00");
  CHECK(mean_text(10) == "10.00");
}
