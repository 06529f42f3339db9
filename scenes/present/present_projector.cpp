// The projector's picture of one step: type that reads from the back of a room (40 px body,
// 80 px titles at 1080p), nothing but the step, and a neutral card before anything the class
// must be prepared for.
#include <algorithm>
#include <cmath>

#include "core/model/visibility.hpp"
#include "core/model/when_words.hpp"
#include "scenes/present/present_view.hpp"
#include "scenes/tableaux/tableau.hpp"

namespace lineage {

ProjectorPalette projector_palette(bool light) {
  if (light)  // near-black on warm white: survives a lit room
    return {{250, 248, 243, 255}, {20, 18, 24, 255}, {74, 68, 78, 255}, {140, 76, 20, 255}, {60, 54, 64, 255},
            {150, 60, 20, 255}};
  return {{10, 9, 12, 255}, {248, 244, 236, 255}, {196, 188, 180, 255}, {236, 188, 128, 255}, {200, 192, 184, 255},
          {240, 190, 100, 255}};
}

int class_limit(const Story& story, const Lesson& lesson) { return reading_limit_of(story, lesson.milestone); }

std::string content_labels(const Story& story, const std::vector<int>& notes) {
  std::string out;
  for (int n : notes) {
    if (n < 0 || n >= static_cast<int>(story.content_notes.size())) continue;
    if (!out.empty()) out += ", ";
    std::string label = story.content_notes[static_cast<std::size_t>(n)].label;
    if (!out.empty() && !label.empty() && label[0] >= 'A' && label[0] <= 'Z') label[0] = static_cast<char>(label[0] - 'A' + 'a');
    out += label;
  }
  return out;
}

std::string step_label(const Story& story, const LessonStep& step) {
  // Whole: the presenter view wraps or ellipsizes it to its column, and shows it whole on demand.
  auto prompt_text = [&](int p) { return p >= 0 ? story.prompts[static_cast<std::size_t>(p)].text : std::string(); };
  switch (step.kind) {
    case StepKind::Moment:
      return "Moment: " + (step.moment >= 0 ? story.moments[static_cast<std::size_t>(step.moment)].title : "");
    case StepKind::Lineage:
      return "Family tree" + (step.title.empty() ? std::string() : ": " + step.title);
    case StepKind::Reflect: return "Think-pair-share: " + prompt_text(step.prompt);
    case StepKind::Discuss: return "Discuss: " + prompt_text(step.prompt);
    case StepKind::Blank: return step.title.empty() ? "Blank screen" : "Heading: " + step.title;
  }
  return {};
}

namespace {

struct Ctx {
  Canvas& c;
  const ProjectorFrame& f;
  const Story& story;
  const LessonStep& step;
  int limit;
  float k() const { return f.k; }
  float type(Type t) const { return projector_type(c, t); }  // in design units of the 1080-line frame
  ImVec2 at(float x, float y) const { return ImVec2(f.min.x + x * f.k, f.min.y + y * f.k); }
  float width() const { return f.w() / f.k; }    // in design units
  float height() const { return f.h() / f.k; }
};

constexpr float kMargin = 110;

void centred_title(Ctx& x, const std::string& text) {
  float w = x.width() - 2 * kMargin;
  x.c.text_wrapped("serif", x.type(Type::Display) * x.k(), text, x.at(kMargin, x.height() * 0.40f), w * x.k(), x.f.palette.text,
                   Align::Centre);
}

void holding_card(Ctx& x) {
  const ProjectorPalette& p = x.f.palette;
  float w = (x.width() - 2 * kMargin) * x.k();
  float y = x.height() * 0.26f;
  x.c.text("sans", x.type(Type::Lead) * x.k(), "The next part deals with", x.at(x.width() / 2, y), p.muted, Align::Centre);
  float used = x.c.text_wrapped("serif", x.type(Type::Display) * x.k(), content_labels(x.story, x.step.content_notes),
                                x.at(kMargin, y + 80), w, p.text, Align::Centre);
  x.c.text_wrapped("sans", x.type(Type::Lead) * x.k(), "Take a moment. You may step out, and come back when you are ready.",
                   ImVec2(x.at(kMargin, 0).x, x.at(0, y + 130).y + used), w, p.muted, Align::Centre);
}

// A strip of the moments the class has read, in story time, with this one marked.
void timeline_strip(Ctx& x, int moment) {
  const ProjectorPalette& p = x.f.palette;
  std::vector<int> shown;
  for (int m : x.story.chronological)
    if (moment_visible(x.story, m, x.limit)) shown.push_back(m);
  if (shown.empty()) return;
  float left = kMargin, right = x.width() - kMargin, y = 110;
  x.c.list()->AddLine(x.at(left, y), x.at(right, y), to_imgui(p.line, 0.7f), 4 * x.k());
  for (std::size_t i = 0; i < shown.size(); ++i) {
    float fx = shown.size() == 1 ? 0.5f : static_cast<float>(i) / static_cast<float>(shown.size() - 1);
    ImVec2 c = x.at(left + fx * (right - left), y);
    bool here = shown[i] == moment;
    x.c.list()->AddCircleFilled(c, (here ? 20 : 10) * x.k(), to_imgui(here ? p.accent : p.muted));
  }
}

void moment_step(Ctx& x) {
  const ProjectorPalette& p = x.f.palette;
  if (x.step.moment < 0) return;
  const Moment& m = x.story.moments[static_cast<std::size_t>(x.step.moment)];
  bool gentle = x.f.reveal == Reveal::Gentle;
  bool picture = x.step.show == MomentShow::Story && !gentle && !m.visual.tableau.empty();
  float top = 230;
  if (picture) {
    TableauFrame t;
    t.dl = x.c.list();
    t.min = x.f.min;
    t.max = ImVec2(x.f.max.x, x.f.min.y + x.f.h() * 0.50f);
    t.time = x.f.time;
    t.still = x.f.still;
    t.scale = x.k() * 1.4f;
    t.palette = mood_palette(*x.f.moods, m.visual.mood);
    t.dl->PushClipRect(t.min, t.max, true);
    draw_tableau(m.visual.tableau, t);
    t.dl->PopClipRect();
    if (tableau_is_illustration(m.visual.tableau)) {
      ImVec2 size = x.c.measure("sans", x.type(Type::Small) * x.k(), kIllustrationCaption);
      ImVec2 at(t.max.x - 30 * x.k(), t.min.y + 24 * x.k());
      t.dl->AddRectFilled(ImVec2(at.x - size.x - 16 * x.k(), at.y - 6 * x.k()), ImVec2(at.x + 16 * x.k(), at.y + size.y + 6 * x.k()),
                          to_imgui(p.background, 0.75f), 8 * x.k());
      x.c.text("sans", x.type(Type::Small) * x.k(), kIllustrationCaption, at, p.text, Align::Right);
    }
    top = x.height() * 0.50f + 40;
  } else {
    timeline_strip(x, x.step.moment);
  }
  float w = std::min(x.width() - 2 * kMargin, 1500.0f);
  float left = (x.width() - w) / 2;
  float y = top;
  y += x.c.text_wrapped("serif", (picture ? x.type(Type::Heading) : x.type(Type::Display)) * x.k(), m.title, x.at(left, y), w * x.k(), p.text) / x.k();
  std::string when = when_short(m.when) + (gentle ? "  ·  in brief" : "");
  x.c.text("sans", x.type(Type::Label) * x.k(), when, x.at(left, y + 6), p.accent);
  y += 70;
  const std::string& text = gentle && !m.gentle_summary.empty() ? m.gentle_summary : m.summary;
  y += x.c.text_wrapped("sans", x.type(Type::Lead) * x.k(), text, x.at(left, y), w * x.k(), p.text, Align::Left, 1.0f, 1.25f) / x.k();
  std::string people;
  for (int person : m.people)
    if (person_visible(x.story, person, x.limit)) people += (people.empty() ? "" : ",  ") + x.story.people[static_cast<std::size_t>(person)].name;
  if (!people.empty() && y + 90 < x.height()) x.c.text("sans", x.type(Type::Label) * x.k(), people, x.at(left, y + 30), p.muted);
}

void prompt_step(Ctx& x) {
  const ProjectorPalette& p = x.f.palette;
  if (x.step.prompt < 0) return;
  const Prompt& pr = x.story.prompts[static_cast<std::size_t>(x.step.prompt)];
  float w = std::min(x.width() - 2 * kMargin, 1560.0f);
  float left = (x.width() - w) / 2;
  bool reflect = x.step.kind == StepKind::Reflect;
  x.c.text("sans", x.type(Type::Lead) * x.k(), reflect ? "Think  ·  pair  ·  share" : "Discuss", x.at(left, 100), p.accent);
  float y = 190;
  y += x.c.text_wrapped("serif", x.type(Type::Subtitle) * x.k(), pr.text, x.at(left, y), w * x.k(), p.text, Align::Left, 1.0f, 1.2f) / x.k();
  y += 40;
  if (pr.kind == PromptKind::Scale) {
    x.c.text("sans", x.type(Type::Label) * x.k(), "1 = " + pr.scale_low, x.at(left, y), p.muted);
    x.c.text("sans", x.type(Type::Label) * x.k(), std::to_string(pr.scale_points) + " = " + pr.scale_high, x.at(left + w, y), p.muted,
             Align::Right);
  } else if (pr.kind == PromptKind::Choice || pr.kind == PromptKind::Evidence) {
    char letter = 'A';
    for (const PromptOption& o : pr.options) {
      if (y > x.height() - 200) break;
      x.c.text("sans", x.type(Type::Lead) * x.k(), std::string(1, letter++), x.at(left, y), p.accent);
      y += x.c.text_wrapped("sans", x.type(Type::Lead) * x.k(), o.text, x.at(left + 70, y), (w - 70) * x.k(), p.text) / x.k() + 14;
    }
  }
  if (!reflect || x.f.run == nullptr || x.f.step != x.f.run->step()) return;
  // The countdown: large digits in a corner, and at the end a quiet band of colour, no flashing.
  const LessonRun& run = *x.f.run;
  double left_s = run.countdown_left(x.f.now);
  std::string digits = clock_text(std::ceil(left_s));
  ImVec2 corner = x.at(x.width() - kMargin, x.height() - 190);
  bool over = run.countdown_over(x.f.now);
  x.c.text("sans", x.type(Type::Display) * x.k(), over ? "Time" : digits, corner, over ? p.accent : p.text, Align::Right);
  std::string state = !run.countdown_started() ? "think time" : over ? "now pair up" : run.countdown_running() ? "" : "paused";
  if (!state.empty()) x.c.text("sans", x.type(Type::Label) * x.k(), state, ImVec2(corner.x, corner.y + 118 * x.k()), p.muted, Align::Right);
  if (over)
    x.c.list()->AddRectFilled(ImVec2(x.f.min.x, x.f.max.y - 18 * x.k()), x.f.max, to_imgui(p.accent, 0.85f));
}

void lineage_step(Ctx& x) {
  const ProjectorPalette& p = x.f.palette;
  const Story& s = x.story;
  std::string heading = x.step.title;
  if (heading.empty())
    heading = x.step.lineage == LineageShow::Pattern ? "What passes down" : x.step.lineage == LineageShow::Cycle ? "The cycle" : "The family";
  x.c.text("serif", x.type(Type::Heading) * x.k(), heading, x.at(kMargin, 80), p.text);
  // The people the class has met, a row per generation, oldest at the top.
  std::vector<std::vector<int>> rows;
  for (std::size_t i = 0; i < s.people.size(); ++i) {
    const Person& person = s.people[i];
    if (!person_visible(s, static_cast<int>(i), x.limit) || person.generation < 1) continue;
    if (rows.size() < static_cast<std::size_t>(person.generation)) rows.resize(static_cast<std::size_t>(person.generation));
    rows[static_cast<std::size_t>(person.generation - 1)].push_back(static_cast<int>(i));
  }
  rows.erase(std::remove_if(rows.begin(), rows.end(), [](const auto& r) { return r.empty(); }), rows.end());
  if (rows.empty()) return;
  std::vector<ImVec2> place(s.people.size(), ImVec2(-1, -1));
  float top = 250, bottom = x.height() - 110;
  float row_gap = rows.size() > 1 ? (bottom - top) / static_cast<float>(rows.size() - 1) : 0;
  for (std::size_t r = 0; r < rows.size(); ++r)
    for (std::size_t i = 0; i < rows[r].size(); ++i) {
      float fx = (static_cast<float>(i) + 0.5f) / static_cast<float>(rows[r].size());
      place[static_cast<std::size_t>(rows[r][i])] = ImVec2(kMargin + fx * (x.width() - 2 * kMargin), top + row_gap * static_cast<float>(r));
    }
  bool labels = x.step.lineage != LineageShow::Family;
  // Labels go on the line of mothers and daughters (the lanes' heads), where the pattern runs;
  // a label on every link would crowd the youngest row.
  std::vector<bool> head(s.people.size(), false);
  for (const Lane& lane : s.lanes)
    if (lane.person >= 0) head[static_cast<std::size_t>(lane.person)] = true;
  for (std::size_t li = 0; li < s.parents.size(); ++li) {
    const ParentLink& link = s.parents[li];
    ImVec2 a = place[static_cast<std::size_t>(link.parent)], b = place[static_cast<std::size_t>(link.child)];
    if (a.x < 0 || b.x < 0) continue;
    bool focus = x.step.link == static_cast<int>(li);
    bool dim = x.step.link >= 0 && !focus;
    x.c.list()->AddLine(x.at(a.x, a.y + 36), x.at(b.x, b.y - 36), to_imgui(focus ? p.accent : p.line, dim ? 0.3f : 0.85f),
                        (focus ? 9 : 4) * x.k());
    bool label_known = link.moment < 0 || moment_visible(s, link.moment, x.limit);
    bool on_line = focus || (head[static_cast<std::size_t>(link.parent)] && head[static_cast<std::size_t>(link.child)]);
    if (labels && !dim && on_line && label_known && !link.label.empty()) {
      ImVec2 mid((a.x + b.x) / 2, (a.y + b.y) / 2);
      ImVec2 size = x.c.measure("serif-italic", x.type(Type::Label) * x.k(), link.label);
      ImVec2 c = x.at(mid.x, mid.y);
      x.c.list()->AddRectFilled(ImVec2(c.x - size.x / 2 - 14 * x.k(), c.y - size.y / 2 - 6 * x.k()),
                                ImVec2(c.x + size.x / 2 + 14 * x.k(), c.y + size.y / 2 + 6 * x.k()), to_imgui(p.background), 10 * x.k());
      x.c.text("serif-italic", x.type(Type::Label) * x.k(), link.label, ImVec2(c.x, c.y - size.y / 2), focus ? p.accent : p.text, Align::Centre);
    }
  }
  for (std::size_t i = 0; i < s.people.size(); ++i) {
    if (place[i].x < 0) continue;
    ImVec2 c = x.at(place[i].x, place[i].y);
    const std::string& name = s.people[i].name;
    ImVec2 size = x.c.measure("sans", x.type(Type::Lead) * x.k(), name);
    ImVec2 a(c.x - size.x / 2 - 26 * x.k(), c.y - 36 * x.k()), b(c.x + size.x / 2 + 26 * x.k(), c.y + 36 * x.k());
    x.c.list()->AddRectFilled(a, b, to_imgui(p.background), 36 * x.k());
    x.c.list()->AddRect(a, b, to_imgui(s.people[i].colour), 36 * x.k(), 0, 5 * x.k());
    x.c.text("sans", x.type(Type::Lead) * x.k(), name, ImVec2(c.x, c.y - size.y / 2), p.text, Align::Centre);
  }
}

}  // namespace

void draw_projector(Canvas& canvas, const ProjectorFrame& f) {
  ImDrawList* dl = canvas.list();
  dl->PushClipRect(f.min, f.max, true);
  if (f.cover != Cover::None) {
    dl->AddRectFilled(f.min, f.max, f.cover == Cover::Black ? IM_COL32(0, 0, 0, 255) : IM_COL32(255, 255, 255, 255));
    dl->PopClipRect();
    return;
  }
  dl->AddRectFilled(f.min, f.max, to_imgui(f.palette.background));
  const Story& story = f.run->story();
  const LessonStep& step = f.run->lesson().steps[static_cast<std::size_t>(f.step)];
  Ctx x{canvas, f, story, step, class_limit(story, f.run->lesson())};
  if (f.reveal == Reveal::Holding) holding_card(x);
  else if (f.reveal == Reveal::Skipped) centred_title(x, "");
  else if (step.kind == StepKind::Blank) centred_title(x, step.title);
  else if (step.kind == StepKind::Moment) moment_step(x);
  else if (step.kind == StepKind::Lineage) lineage_step(x);
  else prompt_step(x);
  dl->PopClipRect();
}

}  // namespace lineage
