// Memory cues: the reader's due cards one at a time, front then back, rated Again / Hard /
// Good / Easy. The schedule is replayed from her review log in the journal whenever it or the
// story changes; each rating is one more row of that log. A clicker drives it all: next shows
// the back, then rates Good; back rates Again. Only cards the visibility rule allows appear.
// V (or the card's Read aloud) reads the front, then the back once shown; "read each beat" and
// self-voicing read each side as it appears.
#include "scenes/study/cues_scene.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <map>

#include "app/cue_counts.hpp"
#include "core/study/cue_schedule.hpp"
#include "scenes/widgets/fade.hpp"

namespace lineage {
namespace {

constexpr std::array<const char*, 4> kRatingNames = {"Again", "Hard", "Good", "Easy"};
constexpr std::array<const char*, 4> kRatingActions = {"cues.again", "cues.hard", "cues.good", "cues.easy"};

std::int64_t now_ms() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

int today_of(const AppState& state) { return state.today ? *state.today : local_day(now_ms()); }

std::string days_words(int days) {
  if (days <= 0) return "today";
  if (days == 1) return "tomorrow";
  if (days < 45) return "in " + std::to_string(days) + " days";
  if (days < 540) return "in " + std::to_string((days + 15) / 30) + " months";
  return "in " + std::to_string((days + 182) / 365) + " years";
}

// What a card is about, in a few words for the top of the card ("Etta", "The bathtub").
std::string subject_words(const Story& story, const Subject& about) {
  std::size_t i = std::size_t(about.index);
  switch (about.kind) {
    case Subject::Kind::Person: return story.people[i].name;
    case Subject::Kind::Moment: return story.moments[i].title;
    case Subject::Kind::Theme: return story.themes[i].name;
    case Subject::Kind::Book: return story.book.title.empty() ? "The book" : story.book.title;
  }
  return "";
}

// About how tall `text` will be, word-wrapped to `width` (the lines its width needs, plus one
// when a line breaks early at a word), to centre it before it is drawn.
float wrapped_height(Canvas& canvas, const std::string& role, float size, const std::string& text, float width) {
  ImVec2 one_line = canvas.measure(role, size, text);
  int lines = std::max(1, int(std::ceil(one_line.x / std::max(1.0f, width * 0.92f))));
  return float(lines) * one_line.y * 1.15f;
}

struct Rect {
  ImVec2 min, max;
  bool contains(float x, float y) const { return x >= min.x && x <= max.x && y >= min.y && y <= max.y; }
};

class CuesScene : public Scene {
 public:
  void enter(AppState& state) override { start_session(state); }
  std::string voiced_summary(const AppState&) const override {
    if (finished()) return summary_words();
    return "Cue " + std::to_string(position_ + 1) + " of " + std::to_string(queue_.size()) +
           (revealed_ ? ", its answer showing: 1 to 4 rate it." : ". Space shows the answer; V reads the card.");
  }
  void story_changed(AppState& state) override { start_session(state); }

  std::vector<KeyBinding> bindings() const override {
    return {{'1', "cues.again", "Again"}, {'2', "cues.hard", "Hard"}, {'3', "cues.good", "Good"},
            {'4', "cues.easy", "Easy"}, {'r', "cues.restart", "Drill again"}, {'v', "cues.read-aloud", "Read aloud"}};
  }

  void handle(const Command& command, AppState& state) override {
    using K = Command::Kind;
    refresh(state);
    if (command.is_action("cues.restart")) return start_session(state);
    if (command.is_action("cues.read-aloud")) return read_aloud(state, true);
    if (command.kind == K::ZoomIn || command.kind == K::ZoomOut) {  // + / -: desired retention
      double step = command.kind == K::ZoomIn ? 0.01 : -0.01;
      double now = schedule_.scheduler().parameters().desired_retention;
      if (state.journal) state.journal->set_setting(state.profile, kRetentionSetting, retention_text(now + step));
      return refresh(state);
    }
    for (std::size_t i = 0; i < kRatingActions.size(); ++i)
      if (command.is_action(kRatingActions[i])) return revealed_ ? rate(state, fsrs::Rating(int(i) + 1)) : reveal(state);
    switch (command.kind) {
      case K::Next:
      case K::Open:
        if (finished()) {
          if (command.kind == K::Open) start_session(state);
          return;
        }
        return revealed_ ? rate(state, fsrs::Rating::Good) : reveal(state);
      case K::Prev:
        if (revealed_ && !finished()) rate(state, fsrs::Rating::Again);
        return;
      case K::Back:
        state.outbox.post(Command::open_scene("title"));
        return;
      case K::PointerDown:
        if (!finished() && read_button_.contains(command.x, command.y)) return read_aloud(state, true);
        for (std::size_t i = 0; i < rating_buttons_.size(); ++i)
          if (revealed_ && rating_buttons_[i].contains(command.x, command.y)) return rate(state, fsrs::Rating(int(i) + 1));
        if (!revealed_ && card_rect_.contains(command.x, command.y) && !finished()) return reveal(state);
        if (finished() && again_button_.contains(command.x, command.y)) return start_session(state);
        return;
      default:
        return;
    }
  }

  bool update(double dt, AppState& state) override {
    refresh(state);
    if (state.settings.reduced_motion) {
      fade_ = 1;
      return false;
    }
    fade_ = std::min(1.0, fade_ + dt / 0.25);
    return fade_ < 1.0;
  }

  void draw(Canvas& canvas, AppState& state) override {
    refresh(state);
    const Story& story = *state.story;
    canvas.backdrop();
    ImDrawList* dl = canvas.list();
    ImVec2 size = canvas.size();
    float s = canvas.layout_scale();
    float top = state.content_top;
    const InterfaceTheme& theme = canvas.theme();
    Colour text = canvas.colour("text"), muted = canvas.colour("muted"), accent = canvas.colour("accent");
    float margin = 56 * s;

    // Header: the title, then where she is in the book and what is due.
    canvas.text("serif", theme.size("heading") * s, "Memory cues", ImVec2(margin, top + 22 * s), text);
    CueCounts counts = count_cues(story, Visibility(story, state.reading_limit()), schedule_, today_,
                                  state.settings.gentle_summaries);
    std::string status = cues_due_words(counts);
    if (counts.fresh > 0 && counts.due > 0) status += " (" + std::to_string(counts.fresh) + " new)";
    // The three lines at the right stacked as measured (a reading font's lines stand taller).
    const float status_y = top + 30 * s;
    const float reading_y = status_y + std::max(26 * s, canvas.line_height("sans", theme.size("label") * s));
    const float retention_y = reading_y + std::max(20 * s, canvas.line_height("sans", theme.size("small") * s));
    canvas.text("sans", theme.size("label") * s, status, ImVec2(size.x - margin, status_y), accent, Align::Right);
    std::string reading = state.settings.milestone.empty() || story.milestone(state.settings.milestone) < 0
                              ? "Cards from the whole book"
                              : "Cards up to: " + milestone_title(story, story.milestone(state.settings.milestone),
                                                                  state.reading_limit());
    canvas.text("sans", theme.size("small") * s, reading, ImVec2(size.x - margin, reading_y), muted, Align::Right);
    int retention = int(std::lround(schedule_.scheduler().parameters().desired_retention * 100));
    canvas.text("sans", theme.size("small") * s,
                "Desired retention " + std::to_string(retention) + "%  (+ / -)", ImVec2(size.x - margin, retention_y),
                muted, Align::Right);

    float card_w = std::min(820 * s, size.x - 2 * margin);
    float card_x = (size.x - card_w) * 0.5f;
    // The progress line runs under the header's last line, the card below it.
    const float bar_y = std::max(top + 96 * s, retention_y + canvas.line_height("sans", theme.size("small") * s) + 4 * s);
    float card_y = bar_y + 22 * s;
    float card_h = size.y - card_y - 150 * s;
    card_rect_ = {ImVec2(card_x, card_y), ImVec2(card_x + card_w, card_y + card_h)};
    rating_buttons_.fill(Rect{});
    again_button_ = Rect{};
    read_button_ = Rect{};

    if (finished()) return draw_summary(canvas, state, card_rect_);

    // Progress through the session: a thin line under the header.
    float progress = queue_.empty() ? 0 : float(position_) / float(queue_.size());
    dl->AddRectFilled(ImVec2(card_x, bar_y), ImVec2(card_x + card_w, bar_y + 3 * s), to_imgui(muted, 0.25f), 2 * s);
    dl->AddRectFilled(ImVec2(card_x, bar_y), ImVec2(card_x + card_w * progress, bar_y + 3 * s), to_imgui(accent, 0.9f), 2 * s);
    canvas.text("sans", theme.size("small") * s,
                "Cue " + std::to_string(position_ + 1) + " of " + std::to_string(queue_.size()),
                ImVec2(card_x, bar_y - std::max(24 * s, canvas.line_height("sans", theme.size("small") * s) + 2 * s)), muted);

    const Card& card = story.cards[std::size_t(queue_[position_])];
    float alpha = fade_in(fade_, 1.0, state.settings.reduced_motion);  // readable from the first frame
    dl->AddRectFilled(card_rect_.min, card_rect_.max, to_imgui(canvas.colour("panel"), 0.92f), 14 * s);
    dl->AddRect(card_rect_.min, card_rect_.max, to_imgui(accent, 0.35f), 14 * s, 0, 1.2f * s);
    float pad = 44 * s;
    float inner_w = card_w - 2 * pad;
    std::string about = subject_words(story, card.about);
    draw_read_button(canvas, card_rect_);
    if (!about.empty())
      canvas.text("sans", theme.size("small") * s, about, ImVec2(card_x + card_w * 0.5f, card_y + 26 * s), muted,
                  Align::Centre);
    // The front, and once shown the back, sit together in the middle of the card.
    float front_size = theme.size("heading") * s, back_size = theme.size("body") * s;
    float block = wrapped_height(canvas, "serif", front_size, card.front, inner_w);
    if (revealed_) block += 46 * s + wrapped_height(canvas, "serif", back_size, card.back, inner_w);
    float y = std::max(card_y + 70 * s, card_y + (card_h - block) * 0.5f);
    y += canvas.text_wrapped("serif", front_size, card.front, ImVec2(card_x + pad, y), inner_w, text, Align::Centre);
    if (revealed_) {
      y += 22 * s;
      float cx = card_x + card_w * 0.5f;
      dl->AddLine(ImVec2(cx - 60 * s, y), ImVec2(cx + 60 * s, y), to_imgui(accent, 0.6f * alpha), 1.2f * s);
      y += 24 * s;
      canvas.text_wrapped("serif", back_size, card.back, ImVec2(card_x + pad, y), inner_w, text, Align::Centre, alpha);
      draw_rating_buttons(canvas, state, card);
    } else {
      canvas.text("sans", theme.size("label") * s, "Space, Return or click: show the answer",
                  ImVec2(size.x * 0.5f, card_rect_.max.y + 40 * s), muted, Align::Centre);
    }
  }

 private:
  bool finished() const { return position_ >= queue_.size(); }

  void reveal(AppState& state) {
    revealed_ = true;
    fade_ = 0;
    read_aloud(state, false);
  }

  // The card's words: its front ("Cue 3 of 12, about Etta." first when it has just come up),
  // and once shown its back. `asked`: V or the button; else only when the reader reads as
  // she goes (read each beat, self-voicing), the side that just appeared.
  void read_aloud(AppState& state, bool asked) {
    bool self_voicing = state.voices.self_voicing;
    if (!asked && !state.voices.read_each_beat && !self_voicing) {
      state.outbox.post(Command::speak(""));  // moved on: stop reading the last side
      return;
    }
    if (finished()) {
      if (asked || self_voicing) state.outbox.post(Command::speak(summary_words()));
      return;
    }
    const Story& story = *state.story;
    const Card& card = story.cards[std::size_t(queue_[position_])];
    std::string about = subject_words(story, card.about);
    std::string words;
    if (asked || !revealed_) {
      words = "Cue " + std::to_string(position_ + 1) + " of " + std::to_string(queue_.size()) +
              (about.empty() ? ". " : ", about " + about + ". ") + card.front;
      if (revealed_) words += " The answer: " + card.back;
    } else {
      words = card.back;
    }
    if (self_voicing)
      words += revealed_ ? " Rate it: 1 Again, 2 Hard, 3 Good, 4 Easy." : " Space shows the answer.";
    state.outbox.post(Command::speak(words));
  }

  std::string summary_words() const {
    int reviewed = tally_[0] + tally_[1] + tally_[2] + tally_[3];
    if (reviewed == 0) return "No cues are due today.";
    std::string words = "Session done: " + std::to_string(reviewed) + (reviewed == 1 ? " review. " : " reviews. ");
    for (std::size_t i = 0; i < 4; ++i) words += std::string(kRatingNames[i]) + " " + std::to_string(tally_[i]) + ". ";
    return words + "R drills what is due.";
  }

  // "Read aloud (V)" in the card's top right corner; a click reads it as V does.
  void draw_read_button(Canvas& canvas, const Rect& card) {
    float s = canvas.layout_scale();
    float size = canvas.theme().size("small") * s;
    const std::string label = "Read aloud (V)";
    ImVec2 extent = canvas.measure("sans", size, label);
    ImVec2 at(card.max.x - 22 * s - extent.x, card.min.y + 20 * s);
    read_button_ = {ImVec2(at.x - 10 * s, at.y - 5 * s), ImVec2(at.x + extent.x + 10 * s, at.y + extent.y + 5 * s)};
    canvas.list()->AddRect(read_button_.min, read_button_.max, to_imgui(canvas.colour("muted"), 0.5f), 8 * s, 0, 1.0f * s);
    canvas.text("sans", size, label, at, canvas.colour("muted"));
  }

  // Re-reads the review log when the journal, the reader, the story or her milestone changed.
  void refresh(AppState& state) {
    CueScheduleKey key = CueScheduleKey::of(state, today_of(state));
    if (key == key_) return;
    fsrs::Parameters parameters;
    parameters.desired_retention = desired_retention(state.journal, state.profile);
    schedule_ = CueSchedule(parameters);
    bool reader_changed = key.profile != key_.profile || key.story_version != key_.story_version ||
                          key.milestone != key_.milestone || key.today != key_.today || key.gentle != key_.gentle;
    key_ = key;
    schedule_.replay(state.journal ? state.journal->reviews(state.profile) : std::vector<CueReview>{});
    today_ = key.today;
    if (reader_changed) start_queue(state);
  }

  void start_session(AppState& state) {
    key_ = CueScheduleKey{};
    refresh(state);
    start_queue(state);
  }

  void start_queue(AppState& state) {
    queue_ = cues_to_drill(*state.story, Visibility(*state.story, state.reading_limit()), schedule_, today_,
                           state.settings.gentle_summaries);
    position_ = 0;
    revealed_ = false;
    tally_.fill(0);
    again_.clear();
    fade_ = 1;
  }

  void rate(AppState& state, fsrs::Rating rating) {
    if (finished()) return;
    const Card& card = state.story->cards[std::size_t(queue_[position_])];
    CueReview review = schedule_.rate(card.id, today_, rating, now_ms());
    if (state.journal) {
      state.journal->save_review(state.profile, review);
      key_.changes = state.journal->changes();  // our own write: the schedule already holds it
    }
    ++tally_[std::size_t(int(rating) - 1)];
    // A forgotten card comes back once more at the end of this session.
    if (rating == fsrs::Rating::Again && again_[card.id]++ < 1) queue_.push_back(queue_[position_]);
    ++position_;
    revealed_ = false;
    fade_ = 1;
    read_aloud(state, false);
  }

  void draw_rating_buttons(Canvas& canvas, AppState& /*state*/, const Card& card) {
    const InterfaceTheme& theme = canvas.theme();
    float s = canvas.layout_scale();
    ImDrawList* dl = canvas.list();
    float w = 150 * s, h = 64 * s, gap = 18 * s;
    float total = 4 * w + 3 * gap;
    float x = (canvas.size().x - total) * 0.5f;
    float y = card_rect_.max.y + 22 * s;
    const CueMemory* before = schedule_.memory(card.id);
    std::optional<fsrs::MemoryState> state;
    if (before) state = before->state;
    int elapsed = before ? std::max(0, today_ - before->last_day) : 0;
    for (int i = 0; i < 4; ++i) {
      Rect r{ImVec2(x, y), ImVec2(x + w, y + h)};
      rating_buttons_[std::size_t(i)] = r;
      bool good = i == 2;
      dl->AddRectFilled(r.min, r.max, to_imgui(canvas.colour("panel"), 1.0f), 10 * s);
      dl->AddRect(r.min, r.max, to_imgui(canvas.colour(good ? "accent" : "muted"), good ? 0.9f : 0.45f), 10 * s, 0,
                  (good ? 1.8f : 1.1f) * s);
      std::string label = std::to_string(i + 1) + "  " + kRatingNames[std::size_t(i)];
      canvas.text("sans", theme.size("label") * s, label, ImVec2(x + w * 0.5f, y + 9 * s), canvas.colour("text"),
                  Align::Centre);
      int days = schedule_.scheduler().review(state, elapsed, fsrs::Rating(i + 1)).interval_days;
      canvas.text("sans", theme.size("small") * s, days_words(days), ImVec2(x + w * 0.5f, y + 36 * s),
                  canvas.colour("muted"), Align::Centre);
      x += w + gap;
    }
    canvas.text("sans", theme.size("small") * s, "clicker: next = Good, back = Again",
                ImVec2(canvas.size().x * 0.5f, y + h + 14 * s), canvas.colour("muted"), Align::Centre);
  }

  void draw_summary(Canvas& canvas, AppState& state, const Rect& area) {
    const InterfaceTheme& theme = canvas.theme();
    float s = canvas.layout_scale();
    float cx = canvas.size().x * 0.5f;
    float y = area.min.y + 40 * s;
    Colour text = canvas.colour("text"), muted = canvas.colour("muted");
    int reviewed = tally_[0] + tally_[1] + tally_[2] + tally_[3];
    if (reviewed == 0) {
      canvas.text("serif", theme.size("heading") * s, "No cues are due today", ImVec2(cx, y), text, Align::Centre);
    } else {
      canvas.text("serif", theme.size("heading") * s,
                  "Session done: " + std::to_string(reviewed) + (reviewed == 1 ? " review" : " reviews"),
                  ImVec2(cx, y), text, Align::Centre);
      std::string line;
      for (std::size_t i = 0; i < 4; ++i)
        line += std::string(i ? "     " : "") + kRatingNames[i] + " " + std::to_string(tally_[i]);
      canvas.text("sans", theme.size("label") * s, line, ImVec2(cx, y + 64 * s), muted, Align::Centre);
    }
    // When the next cards come due, by day.
    std::map<int, int> upcoming;
    const Story& story = *state.story;
    Visibility visibility(story, state.reading_limit());
    for (std::size_t i = 0; i < story.cards.size(); ++i)
      if (visibility.card(int(i)) && !(state.settings.gentle_summaries && noted_subject(story, story.cards[i].about)))
        if (const CueMemory* m = schedule_.memory(story.cards[i].id); m && m->due_day > today_) ++upcoming[m->due_day];
    float ly = y + 120 * s;
    int shown = 0;
    for (const auto& [day, n] : upcoming) {
      if (shown++ == 4) break;
      std::string line = std::to_string(n) + (n == 1 ? " cue due " : " cues due ") + days_words(day - today_);
      canvas.text("sans", theme.size("label") * s, line, ImVec2(cx, ly), text, Align::Centre);
      ly += 32 * s;
    }
    if (upcoming.empty() && reviewed == 0)
      canvas.text("sans", theme.size("label") * s, "Every card you may see is new: none has been drilled yet.",
                  ImVec2(cx, ly), muted, Align::Centre);
    float bw = 260 * s, bh = 52 * s;
    again_button_ = {ImVec2(cx - bw * 0.5f, area.max.y - bh), ImVec2(cx + bw * 0.5f, area.max.y)};
    ImDrawList* dl = canvas.list();
    dl->AddRectFilled(again_button_.min, again_button_.max, to_imgui(canvas.colour("panel"), 1.0f), 10 * s);
    dl->AddRect(again_button_.min, again_button_.max, to_imgui(canvas.colour("accent"), 0.8f), 10 * s, 0, 1.5f * s);
    canvas.text("sans", theme.size("label") * s, "Drill what is due (R)", ImVec2(cx, again_button_.min.y + 14 * s),
                text, Align::Centre);
  }

  CueScheduleKey key_;
  CueSchedule schedule_;
  int today_ = 0;
  std::vector<int> queue_;
  std::size_t position_ = 0;
  bool revealed_ = false;
  double fade_ = 1;
  std::array<int, 4> tally_{};
  std::map<std::string, int> again_;
  Rect card_rect_;
  std::array<Rect, 4> rating_buttons_{};
  Rect again_button_;
  Rect read_button_;
};

}  // namespace

std::unique_ptr<Scene> make_cues_scene() { return std::make_unique<CuesScene>(); }

}  // namespace lineage
