// The presenter view's layout: a bar of clocks across the top; on the left the step as the
// class sees it, the choice for a held step, and the notes; on the right the next step, its
// content notes, the class milestone and the step list.
#include "scenes/present/presenter_view.hpp"

#include <algorithm>
#include <cmath>

#include "core/model/visibility.hpp"

namespace lineage {

namespace {
std::string minutes_text(double minutes) {
  double whole = std::round(minutes);
  return (std::fabs(minutes - whole) < 0.01 ? std::to_string(static_cast<int>(whole)) : std::to_string(minutes).substr(0, 3)) + " min";
}

}  // namespace

PresenterView::Fitted PresenterView::text_lines(Canvas& c, float size, const std::string& text, ImVec2 at, float width,
                                                int max_lines, Colour colour) {
  // A copy: the next call may clear the text cache's wrapped layouts.
  std::vector<std::string> lines = c.wrapped_lines("sans", size, text, width);
  float line = std::max(size * 1.3f, c.line_height("sans", size));  // as measured, in a tall reading font too
  Fitted fitted;
  fitted.cut = static_cast<int>(lines.size()) > max_lines;
  int n = std::min(static_cast<int>(lines.size()), max_lines);
  if (lines.size() == 1) {  // fits: drawn as written (wrapping folds runs of spaces)
    c.text("sans", size, text, at, colour);
    fitted.height = line;
    return fitted;
  }
  for (int i = 0; i < n; ++i) {
    std::string words = lines[static_cast<std::size_t>(i)];
    if (fitted.cut && i == n - 1) {
      // The words that fit with an ellipsis after them.
      std::string rest;
      for (std::size_t j = static_cast<std::size_t>(i); j < lines.size(); ++j) rest += (rest.empty() ? "" : " ") + lines[j];
      words = c.fitted("sans", size, rest, width);
    }
    c.text("sans", size, words, ImVec2(at.x, at.y + line * static_cast<float>(i)), colour);
  }
  fitted.height = line * static_cast<float>(std::max(1, n));
  return fitted;
}

bool PresenterView::scroll_list(ImVec2 p, float rows) {
  if (p.x < list_min_.x || p.x > list_max_.x || p.y < list_min_.y || p.y > list_max_.y) return false;
  int last_first = std::max(0, list_count_ - list_rows_);
  list_first_ = std::clamp(list_first_ + static_cast<int>(std::lround(rows)), 0, last_first);
  list_scrolled_ = true;
  return true;
}

bool PresenterView::button(Canvas& c, ImVec2& at, float s, const std::string& label, PresenterAction action,
                           Colour colour) {
  float size = c.theme().type(Type::Body) * s;
  ImVec2 text = c.measure("sans", size, label);
  ImVec2 min = at, max(at.x + text.x + 36 * s, at.y + text.y + 20 * s);
  c.list()->AddRectFilled(min, max, to_imgui(colour, 0.22f), 8 * s);
  c.list()->AddRect(min, max, to_imgui(colour, 0.9f), 8 * s, 0, 2 * s);
  c.text("sans", size, label, ImVec2(min.x + 18 * s, min.y + 10 * s), c.colour("text"));
  targets_.push_back({min, max, std::move(action)});
  at.x = max.x + 16 * s;
  return true;
}

std::optional<PresenterAction> PresenterView::hit(ImVec2 p) const {
  for (const Target& t : targets_)
    if (p.x >= t.min.x && p.x <= t.max.x && p.y >= t.min.y && p.y <= t.max.y) return t.action;
  return std::nullopt;
}

void PresenterView::draw(Canvas& c, const PresenterInput& in) {
  targets_.clear();
  const LessonRun& run = *in.run;
  const Story& story = run.story();
  const Lesson& lesson = run.lesson();
  ImVec2 size = c.size();
  float s = std::max(0.6f, std::min(size.x / 1920.0f, size.y / 1080.0f));
  // Steps of the theme's type scale, at this view's scale (laid out for 1920x1080).
  auto T = [&](Type step) { return c.theme().type(step) * s; };
  ImDrawList* dl = c.list();
  c.backdrop();
  Colour text = c.colour("text"), muted = c.colour("muted"), accent = c.colour("accent"), warning = c.colour("warning");
  float pad = 28 * s;

  // Top bar: the lesson, then the clocks at the right.
  c.text("serif", T(Type::Display), lesson.title, ImVec2(pad, pad), text);
  double offset = run.schedule_offset(in.now);
  std::string schedule = schedule_text(offset);
  Colour schedule_colour = offset > 30 ? warning : accent;
  float right = size.x - pad;
  ImVec2 used = c.text("sans", T(Type::Display), schedule, ImVec2(right, pad), schedule_colour, Align::Right);
  right -= used.x + 48 * s;
  used = c.text("sans", T(Type::Display), in.wall_clock, ImVec2(right, pad), text, Align::Right);
  c.text("sans", T(Type::Lead), "clock", ImVec2(right - used.x - 10 * s, pad + 16 * s), muted, Align::Right);
  right -= used.x + 48 * s + 60 * s;
  used = c.text("sans", T(Type::Display), clock_text(run.elapsed(in.now)), ImVec2(right, pad), text, Align::Right);
  c.text("sans", T(Type::Lead), "elapsed", ImVec2(right - used.x - 10 * s, pad + 16 * s), muted, Align::Right);
  float top = pad + 70 * s;
  dl->AddLine(ImVec2(pad, top), ImVec2(size.x - pad, top), to_imgui(muted, 0.4f), 1.5f * s);

  // Left: now.
  float left_w = size.x * 0.58f - pad * 1.5f;
  float y = top + 18 * s;
  const LessonStep& step = run.current();
  std::string now_label = "Now: step " + std::to_string(run.step() + 1) + " of " + std::to_string(run.step_count()) +
                          "  ·  " + step_label(story, step);
  dl->PushClipRect(ImVec2(0, 0), ImVec2(size.x * 0.58f, size.y), true);
  Fitted now_fit = text_lines(c, T(Type::Body), now_label, ImVec2(pad, y), left_w, 2, accent);
  dl->PopClipRect();
  y += std::max(42 * s, now_fit.height + 8 * s);
  float preview_h = std::min(left_w * 9.0f / 16.0f, size.y * 0.36f);
  float preview_w = preview_h * 16.0f / 9.0f;
  ProjectorFrame f;
  f.min = ImVec2(pad, y);
  f.max = ImVec2(pad + preview_w, y + preview_h);
  f.k = preview_h / 1080.0f;
  f.palette = projector_palette(in.light);
  f.run = &run;
  f.step = run.step();
  f.reveal = run.reveal();
  f.cover = run.cover();
  f.now = in.now;
  f.time = in.time;
  f.still = in.still;
  f.moods = &moods;
  if (in.class_picture) in.class_picture(c, f.min, f.max, f.k);
  else draw_projector(c, f);
  dl->AddRect(f.min, f.max, to_imgui(muted, 0.8f), 0, 0, 2 * s);
  // Beside the picture: this step's timings and the class's state.
  // Each group's three lines stacked as they measure (a reading font's lines stand taller).
  float side_x = f.max.x + 24 * s, side_y = y;
  const float lead_h = c.line_height("sans", T(Type::Lead)), clock_h = c.line_height("sans", T(Type::Heading));
  const float clock_dy = std::max(26 * s, lead_h), after_dy = clock_dy + std::max(44 * s, clock_h);
  const float group_h = std::max(106 * s, after_dy + lead_h + 10 * s);
  c.text("sans", T(Type::Lead), "this step", ImVec2(side_x, side_y), muted);
  c.text("sans", T(Type::Heading), clock_text(run.step_elapsed(in.now)), ImVec2(side_x, side_y + clock_dy), text);
  c.text("sans", T(Type::Lead), "of " + minutes_text(step.minutes) + " planned", ImVec2(side_x, side_y + after_dy), muted);
  side_y += std::max(110 * s, group_h);
  if (run.has_countdown()) {
    c.text("sans", T(Type::Lead), run.countdown_running() ? "countdown" : run.countdown_started() ? "countdown (paused)" : "countdown (T or → starts)",
           ImVec2(side_x, side_y), muted);
    c.text("sans", T(Type::Heading), run.countdown_over(in.now) ? "Time" : clock_text(std::ceil(run.countdown_left(in.now))),
           ImVec2(side_x, side_y + clock_dy), run.countdown_over(in.now) ? accent : text);
    c.text("sans", T(Type::Lead), in.chime ? "end chime on (A)" : "end chime off (A)", ImVec2(side_x, side_y + after_dy), muted);
    side_y += group_h;
  }
  if (run.cover() != Cover::None)
    c.text("sans", T(Type::Body), run.cover() == Cover::Black ? "Screen is black" : "Screen is white", ImVec2(side_x, side_y), warning);
  y = f.max.y + 16 * s;

  // A held step: the teacher chooses how the class meets it.
  if (!step.content_notes.empty()) {
    std::string status = run.reveal() == Reveal::Holding ? "The class sees a holding card: " + content_labels(story, step.content_notes)
                         : run.reveal() == Reveal::Gentle ? "The class sees the gentle summary"
                                                          : "The class sees this moment in full";
    y += c.text_wrapped("sans", T(Type::Lead), status, ImVec2(pad, y), left_w, warning);
    y += 8 * s;
    ImVec2 at(pad, y);
    if (run.reveal() != Reveal::Full) button(c, at, s, "Show it (→)", {"present.show", 0}, accent);
    if (run.reveal() != Reveal::Gentle) button(c, at, s, "Gentle summary (G)", {"present.gentle", 0}, accent);
    button(c, at, s, "Skip it (S)", {"present.skip", 0}, muted);
    y += 64 * s;
  }

  // Notes: the step's, then the story's own presenter notes for the moment; scrollable.
  std::string notes = step.notes;
  if (step.kind == StepKind::Moment && step.moment >= 0) {
    const std::string& more = story.moments[static_cast<std::size_t>(step.moment)].presenter_notes;
    if (!more.empty()) notes += (notes.empty() ? "" : "\n\n") + ("From the story's notes: " + more);
  }
  if ((step.kind == StepKind::Reflect || step.kind == StepKind::Discuss) && step.prompt >= 0) {
    const std::string& more = story.prompts[static_cast<std::size_t>(step.prompt)].teacher_notes;
    if (!more.empty()) notes += (notes.empty() ? "" : "\n\n") + ("From the prompt's teacher notes: " + more);
  }
  if (notes_step_ != run.step()) notes_scroll_ = 0, notes_step_ = run.step();
  c.text("sans", T(Type::Lead), "NOTES  (Up / Down scroll)", ImVec2(pad, y), muted);
  float notes_head = y;
  y += std::max(32 * s, c.line_height("sans", T(Type::Lead)) + 4 * s);
  float bottom = size.y - 70 * s;
  notes_room_ = std::max(0.0f, bottom - y);
  notes_scroll_ = std::min(notes_scroll_, std::max(0.0f, notes_height_ - notes_room_ + 20 * s));
  dl->PushClipRect(ImVec2(pad, y), ImVec2(pad + left_w, bottom), true);
  c.push_frame(ImVec2(pad, y), ImVec2(pad + left_w, bottom), true);  // scrolled: lines may be cut at its ends
  notes_height_ = c.text_wrapped("sans", T(Type::Heading), notes.empty() ? "No notes for this step." : notes,
                                 ImVec2(pad, y - notes_scroll_), left_w, notes.empty() ? muted : text, Align::Left, 1.0f, 1.3f);
  c.pop_frame();
  dl->PopClipRect();
  if (notes_height_ - notes_scroll_ > notes_room_)
    c.text("sans", T(Type::Lead), "more below ↓", ImVec2(pad + left_w, notes_head), accent, Align::Right);

  // Right: next.
  float rx = size.x * 0.58f + pad * 0.5f, rw = size.x - pad - rx;
  y = top + 18 * s;
  const LessonStep* next = run.next_step();
  dl->PushClipRect(ImVec2(rx, 0), ImVec2(rx + rw, size.y), true);
  Fitted next_fit = text_lines(c, T(Type::Body), next ? "Next: " + step_label(story, *next) : "Next: the end of the lesson",
                               ImVec2(rx, y), rw, 2, muted);
  dl->PopClipRect();
  y += std::max(42 * s, next_fit.height + 8 * s);
  float nh = std::min(rw * 9.0f / 16.0f, size.y * 0.26f);
  // While class responses run, their panel takes the preview's room: the teacher reads the
  // answers there, and the next step's title and content notes stay above.
  if (next && in.class_running) {
    std::string prepare = next->content_notes.empty()
                              ? "Next step: no content notes."
                              : "Prepare the class. Next step's content notes: " + content_labels(story, next->content_notes) + ".";
    y += c.text_wrapped("sans", T(Type::Lead), prepare, ImVec2(rx, y), rw, next->content_notes.empty() ? muted : warning) + 10 * s;
  } else if (next) {
    ProjectorFrame nf = f;
    nf.min = ImVec2(rx, y);
    nf.max = ImVec2(rx + nh * 16.0f / 9.0f, y + nh);
    nf.k = nh / 1080.0f;
    nf.step = run.step() + 1;
    nf.reveal = next->content_notes.empty() ? Reveal::Full : Reveal::Holding;
    nf.cover = Cover::None;
    draw_projector(c, nf);
    dl->AddRect(nf.min, nf.max, to_imgui(muted, 0.6f), 0, 0, 1.5f * s);
    y += nh + 12 * s;
    std::string prepare = next->content_notes.empty()
                              ? "Next step: no content notes."
                              : "Prepare the class. Next step's content notes: " + content_labels(story, next->content_notes) + ".";
    y += c.text_wrapped("sans", T(Type::Lead), prepare, ImVec2(rx, y), rw, next->content_notes.empty() ? muted : warning) + 10 * s;
  }
  std::string read_to = lesson.milestone >= 0 ? milestone_title(story, lesson.milestone, class_limit(story, lesson)) : "the whole book";
  y += c.text_wrapped("sans", T(Type::Lead), "Class has read to: " + read_to + ". Nothing beyond it is shown.", ImVec2(rx, y), rw, text) + 14 * s;

  // Class responses: a button to start them, or room at the foot of this column for their panel
  // (the step list above it keeps what room is left).
  float list_bottom = bottom - 64 * s;
  if (in.class_running) {
    class_min_ = ImVec2(rx - 8 * s, y + 30 * s + 3 * 36 * s + 40 * s);  // the step list keeps three rows
    class_max_ = ImVec2(rx + rw, bottom - 8 * s);
    list_bottom = class_min_.y - 40 * s;
    c.text("sans", T(Type::Lead), "CLASS  K join  C lock  V reveal  N show  D clear  E end",
           ImVec2(rx, class_min_.y - 30 * s), muted);
  } else {
    ImVec2 at(rx, bottom - 56 * s);
    button(c, at, s * 0.85f, "Start class responses (K)", {"present.class", 0}, accent);
  }

  // The step list: every step, its planned minutes; a click jumps to it. When not every step
  // fits, it shows the current step and the one before (the wheel scrolls it until the step
  // changes), and says which steps are in view.
  // A row holds its line as measured, with room for the highlight around it.
  const float lead_line = c.line_height("sans", T(Type::Lead));
  float row = std::max(36 * s, lead_line + 8 * s);
  int count = run.step_count();
  list_rows_ = std::max(1, static_cast<int>((list_bottom - (y + std::max(30 * s, lead_line + 4 * s))) / row));
  list_count_ = count;
  if (list_step_ != run.step()) list_scrolled_ = false, list_step_ = run.step();
  int last_first = std::max(0, count - list_rows_);
  list_first_ = list_scrolled_ ? std::clamp(list_first_, 0, last_first) : std::clamp(run.step() - 1, 0, last_first);
  int first = list_first_, shown = std::min(count - first, list_rows_);
  std::string heading = "STEPS  (number + Return jumps)";
  if (shown < count)
    heading = "STEPS " + std::to_string(first + 1) + "\xe2\x80\x93" + std::to_string(first + shown) + " of " +
              std::to_string(count) + "  (number + Return jumps; the wheel scrolls)";
  c.text("sans", T(Type::Lead), heading, ImVec2(rx, y), muted);
  y += std::max(30 * s, lead_line + 4 * s);
  list_min_ = ImVec2(rx - 8 * s, y - 3 * s);
  list_max_ = ImVec2(rx + rw, y + row * static_cast<float>(shown));
  std::string whole;  // the full title of a cut row under the pointer
  ImVec2 whole_at;
  for (int i = first; i < first + shown; ++i) {
    const LessonStep& st = lesson.steps[static_cast<std::size_t>(i)];
    bool here = i == run.step();
    ImVec2 a(rx - 8 * s, y - 3 * s), b(rx + rw, y + row - 5 * s);
    if (here) dl->AddRectFilled(a, b, to_imgui(accent, 0.22f), 6 * s);
    Colour colour = here ? text : i < run.step() ? muted : text;
    std::string label = step_label(story, st);
    if (!st.content_notes.empty()) label += "  \xe2\x9a\xa0";
    c.text("sans", T(Type::Lead), std::to_string(i + 1), ImVec2(rx, y), colour);
    float label_x = rx + 52 * s;
    dl->PushClipRect(a, ImVec2(b.x - 100 * s, b.y), true);
    Fitted fit = text_lines(c, T(Type::Lead), label, ImVec2(label_x, y), rx + rw - 110 * s - label_x, 1, colour);
    dl->PopClipRect();
    if (fit.cut && hover_.x >= a.x && hover_.x <= b.x && hover_.y >= a.y && hover_.y <= b.y)
      whole = std::to_string(i + 1) + "  " + label, whole_at = ImVec2(rx, b.y + 4 * s);
    c.text("sans", T(Type::Lead), minutes_text(st.minutes), ImVec2(rx + rw - 6 * s, y), muted, Align::Right);
    targets_.push_back({a, b, {"present.jump", i}});
    y += row;
  }
  if (!whole.empty()) {
    // The pointer rests on a cut title: the whole of it, in a box under the row.
    float w = rw - 16 * s;
    float h = static_cast<float>(c.wrapped_lines("sans", T(Type::Lead), whole, w - 24 * s).size()) * T(Type::Lead) * 1.3f + 20 * s;
    if (whole_at.y + h > size.y - 8 * s) whole_at.y -= h + row + 8 * s;
    dl->AddRectFilled(ImVec2(whole_at.x - 8 * s, whole_at.y), ImVec2(whole_at.x + w, whole_at.y + h), to_imgui(c.colour("background"), 0.97f), 8 * s);
    dl->AddRect(ImVec2(whole_at.x - 8 * s, whole_at.y), ImVec2(whole_at.x + w, whole_at.y + h), to_imgui(accent), 8 * s, 0, 2 * s);
    text_lines(c, T(Type::Lead), whole, ImVec2(whole_at.x + 4 * s, whole_at.y + 10 * s), w - 24 * s, 8, text);
  }

  // Foot: the keys, and a step number being typed.
  std::string keys = "→ PgDn next   ← PgUp back   B . black   W white   G gentle   S skip   T countdown   L light/dark   X swap displays   Esc end";
  c.text("sans", T(Type::Lead), keys, ImVec2(pad, size.y - 44 * s), muted);
  ImVec2 end_at(size.x - pad - 150 * s, size.y - 60 * s);
  button(c, end_at, s * 0.85f, "End lesson", {"present.end", 0}, warning);
  if (!in.digits.empty()) {
    std::string jump = "Go to step " + in.digits + ": press Return (Esc cancels)";
    ImVec2 m = c.measure("sans", T(Type::Display), jump);
    ImVec2 at(size.x / 2 - m.x / 2 - 30 * s, size.y / 2 - m.y / 2 - 20 * s);
    dl->AddRectFilled(at, ImVec2(at.x + m.x + 60 * s, at.y + m.y + 40 * s), to_imgui(c.colour("background"), 0.96f), 12 * s);
    dl->AddRect(at, ImVec2(at.x + m.x + 60 * s, at.y + m.y + 40 * s), to_imgui(accent), 12 * s, 0, 3 * s);
    c.text("sans", T(Type::Display), jump, ImVec2(at.x + 30 * s, at.y + 20 * s), text);
  }
}

}  // namespace lineage
