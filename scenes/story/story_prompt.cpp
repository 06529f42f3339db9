// Prompts in story mode: open questions to discuss, choices, scales, and the "What happened?"
// evidence game (the story's readings, and how sure the reader is where the story asks). Choosing never advances: the
// reader moves on with Right when she is ready, and can come back and change her mind.
#include <algorithm>

#include "scenes/story/story_view.hpp"
#include "scenes/tableaux/tableau.hpp"

namespace lineage {

// "Blythe's account", "Fox's account", "An interpretation".
std::string lens_label(const Story& story, const std::string& lens) {
  if (lens == "interpretation") return "An interpretation";
  int p = story.person(lens);
  if (p < 0) return lens;
  const std::string& name = story.people[static_cast<std::size_t>(p)].name;
  return name.substr(0, name.find(' ')) + "'s account";
}

// The story's readings (`reading ID` blocks): index by id, short name, colour.
int reading_index(const Story& story, const std::string& id) {
  for (std::size_t r = 0; r < story.readings.size(); ++r)
    if (story.readings[r].id == id) return static_cast<int>(r);
  return -1;
}

const std::string& reading_title(const Story& story, int r) { return story.readings[static_cast<std::size_t>(r)].title; }

// Its `colour:`, else one of a few muted colours by its place, so neighbours differ.
Colour reading_colour(const Story& story, int r) {
  if (r < 0) return {200, 190, 180, 255};
  const ReadingDef& reading = story.readings[static_cast<std::size_t>(r)];
  if (reading.colour) return *reading.colour;
  static const Colour kMuted[] = {{199, 125, 155, 255}, {111, 155, 196, 255}, {201, 165, 107, 255},
                                  {143, 168, 138, 255}, {167, 139, 196, 255}, {196, 128, 104, 255}};
  return kMuted[static_cast<std::size_t>(r) % std::size(kMuted)];
}

// "four" for the hint under the readings; digits past ten.
std::string count_word(std::size_t n) {
  static const char* kWords[] = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
  return n < std::size(kWords) ? kWords[n] : std::to_string(n);
}

void StoryScene::draw_prompt(Canvas& canvas, const StoryLayout& l, const Prompt& prompt, float y) {
  Colour text = canvas.colour("text"), muted = canvas.colour("muted"), accent = canvas.colour("accent");
  const char* kind = prompt.kind == PromptKind::Evidence ? "What happened?"
                     : prompt.kind == PromptKind::Choice ? "Your choice"
                     : prompt.kind == PromptKind::Scale  ? "How far do you agree?"
                                                         : "To think about, or to discuss";
  y += canvas.text("sans", l.label * 1.1f, kind, ImVec2(l.text_left, y), accent).y + 8 * l.s;
  y += canvas.text_wrapped("serif", l.body * 0.92f, prompt.text, ImVec2(l.text_left, y), l.text_width, text) + 18 * l.s;
  const RuntimeState& s = rt_->state();
  ImDrawList* dl = canvas.list();

  if (prompt.kind == PromptKind::Evidence) {
    draw_evidence(canvas, l, prompt, y);
  } else if (prompt.kind == PromptKind::Choice) {
    auto chosen = s.choices.find(prompt.id);
    const PromptOption* picked = nullptr;
    // Each option wraps within the column, and its row is as tall as its words.
    const float words_left = l.text_left + 30 * l.s, words_width = l.text_width - 30 * l.s;
    for (std::size_t i = 0; i < prompt.options.size(); ++i) {
      const PromptOption& o = prompt.options[i];
      bool on = chosen != s.choices.end() && chosen->second == o.id;
      if (on) picked = &o;
      float words_h = canvas.wrapped_height("serif", l.label * 1.35f, o.text, words_width, 1.0f);
      float row = std::max(l.label * 1.9f, words_h + l.label * 0.5f);
      ImVec2 dot(l.text_left + 10 * l.s, y + l.label * 1.9f * 0.45f);
      if (on) dl->AddCircleFilled(dot, 7 * l.s, to_imgui(accent), 24);
      dl->AddCircle(dot, 7 * l.s, to_imgui(on ? accent : muted), 24, 1.5f * l.s);
      canvas.push_frame(ImVec2(words_left, y), ImVec2(l.text_left + l.text_width, y + row));
      canvas.text_wrapped("serif", l.label * 1.35f, o.text, ImVec2(words_left, y), words_width, on ? text : muted,
                          Align::Left, 1.0f, 1.0f);
      canvas.pop_frame();
      hit(ImVec2(l.text_left, y), ImVec2(l.text_left + l.text_width, y + row), StoryHit::Kind::Option,
          static_cast<int>(i), o.id);
      y += row;
    }
    if (picked && !picked->discussion.empty())
      canvas.text_wrapped("serif-italic", l.label * 1.2f, picked->discussion, ImVec2(l.text_left, y + 10 * l.s),
                          l.text_width, muted);
  } else if (prompt.kind == PromptKind::Scale) {
    auto chosen = s.scales.find(prompt.id);
    int n = std::max(2, prompt.scale_points);
    float span = l.text_width * 0.6f, x0 = l.text_left + l.text_width * 0.2f;
    float cy = y + 26 * l.s;
    dl->AddLine(ImVec2(x0, cy), ImVec2(x0 + span, cy), to_imgui(muted, 0.5f), 1.5f * l.s);
    for (int i = 1; i <= n; ++i) {
      float x = x0 + span * static_cast<float>(i - 1) / static_cast<float>(n - 1);
      bool on = chosen != s.scales.end() && chosen->second == i;
      dl->AddCircleFilled(ImVec2(x, cy), (on ? 13 : 8) * l.s, to_imgui(on ? accent : canvas.colour("background")), 32);
      dl->AddCircle(ImVec2(x, cy), (on ? 13 : 8) * l.s, to_imgui(on ? accent : muted), 32, 2 * l.s);
      hit(ImVec2(x - 22 * l.s, cy - 22 * l.s), ImVec2(x + 22 * l.s, cy + 22 * l.s), StoryHit::Kind::Option, i);
    }
    canvas.text("sans", l.label, prompt.scale_low, ImVec2(x0 - 24 * l.s, cy - l.label * 0.6f), muted, Align::Right);
    canvas.text("sans", l.label, prompt.scale_high, ImVec2(x0 + span + 24 * l.s, cy - l.label * 0.6f), muted);
  } else {
    // An open question: to discuss, or to write about in the field below (Tab, or a click).
    float said = canvas.text("serif-italic", l.label * 1.2f,
                             "Take a moment with it, or write your thoughts below. Right goes on when you are ready.",
                             ImVec2(l.text_left, y), muted).y;
    answer_prompt_ = story().prompt(prompt.id);
    answer_pos_ = ImVec2(l.text_left, y + said + 10 * l.s);
    answer_width_ = l.text_width;
    answer_height_ = std::max(120.0f * l.s, l.foot_top - 6 * l.s - answer_pos_.y);
  }
}

float StoryScene::draw_evidence(Canvas& canvas, const StoryLayout& l, const Prompt& prompt, float y) {
  Colour text = canvas.colour("text"), muted = canvas.colour("muted"), panel = canvas.colour("panel");
  ImDrawList* dl = canvas.list();
  auto chosen = rt_->state().evidence.find(prompt.id);
  bool any = chosen != rt_->state().evidence.end();
  const int n = static_cast<int>(prompt.options.size());
  float gap = 18 * l.s, w = (l.text_width - gap * static_cast<float>(n - 1)) / static_cast<float>(std::max(1, n)),
        h = l.label * 3.6f;
  // A reading's name: the story's short title, else the option's own words.
  auto title_of = [&](int i) -> const std::string& {
    const PromptOption& option = prompt.options[static_cast<std::size_t>(i)];
    int r = reading_index(story(), option.id);
    return r >= 0 ? reading_title(story(), r) : option.text;
  };
  // Every box as tall as the longest title wrapped in it needs (measured before boxing).
  const float title_size = l.label * 1.35f, title_width = w - 46 * l.s;
  float title_h = 0;
  for (int i = 0; i < n; ++i)
    title_h = std::max(title_h, canvas.wrapped_height("serif", title_size, title_of(i), title_width, 1.0f));
  h = std::max(h, title_h + l.label * 1.4f);
  for (int i = 0; i < n; ++i) {
    const PromptOption& option = prompt.options[static_cast<std::size_t>(i)];
    int r = reading_index(story(), option.id);
    bool on = any && chosen->second.reading == option.id;
    Colour c = reading_colour(story(), r);
    ImVec2 a(l.text_left + static_cast<float>(i) * (w + gap), y), b(a.x + w, y + h);
    dl->AddRectFilled(a, b, to_imgui(on ? mix(panel, c, 0.28f) : panel), 10 * l.s);
    dl->AddRect(a, b, to_imgui(c, on ? 1.0f : 0.35f), 10 * l.s, 0, (on ? 3.0f : 1.2f) * l.s);
    dl->AddCircleFilled(ImVec2(a.x + 20 * l.s, a.y + h * 0.5f), 7 * l.s, to_imgui(c, on ? 1.0f : 0.6f), 20);
    float words_h = canvas.wrapped_height("serif", title_size, title_of(i), title_width, 1.0f);
    canvas.push_frame(a, b);
    canvas.text_wrapped("serif", title_size, title_of(i), ImVec2(a.x + 38 * l.s, a.y + (h - words_h) * 0.5f), title_width,
                        on ? text : muted, Align::Left, 1.0f, 1.0f);
    canvas.pop_frame();
    hit(a, b, StoryHit::Kind::Option, i);
  }
  y += h + 22 * l.s;
  // How sure, when the story asks (`confidence:`): five dots, from a hunch to certain.
  static const char* kSure[5] = {"a hunch", "leaning", "fairly sure", "sure", "certain"};
  const bool sure = !prompt.confidence.empty();
  if (sure)
    canvas.text("sans", l.label, prompt.confidence, ImVec2(l.text_left, y + 2 * l.s), any ? text : muted, Align::Left,
                any ? 1.0f : 0.6f);
  float x0 = l.text_left + std::max(130 * l.s, canvas.measure("sans", l.label, prompt.confidence).x + 30 * l.s);
  float step = std::min(120 * l.s, (l.text_left + l.text_width - x0) / 5);
  for (int k = 1; k <= 5 && sure; ++k) {
    ImVec2 c(x0 + static_cast<float>(k - 1) * step, y + l.label * 0.6f);
    bool filled = any && k <= chosen->second.confidence;
    Colour col = any ? reading_colour(story(), reading_index(story(), chosen->second.reading)) : muted;
    dl->AddCircleFilled(c, 9 * l.s, to_imgui(filled ? col : canvas.colour("background")), 24);
    dl->AddCircle(c, 9 * l.s, to_imgui(col, any ? 1.0f : 0.5f), 24, 1.8f * l.s);
    canvas.text("sans", l.small, kSure[k - 1], ImVec2(c.x + 16 * l.s, c.y - l.small * 0.6f), muted, Align::Left,
                any && k == chosen->second.confidence ? 1.0f : 0.6f);
    hit(ImVec2(c.x - 16 * l.s, c.y - 16 * l.s), ImVec2(c.x + step - 20 * l.s, c.y + 16 * l.s), StoryHit::Kind::Confidence, k);
  }
  if (sure) y += l.label * 2.2f;
  if (any) {
    const std::string& id = chosen->second.reading;
    for (const PromptOption& o : prompt.options)
      if (o.id == id && !o.discussion.empty())
        y += canvas.text_wrapped("serif-italic", l.label * 1.2f, o.discussion, ImVec2(l.text_left, y), l.text_width, muted);
  } else {
    y += canvas.text("serif-italic", l.label * 1.2f,
                     "Up and Down weigh the " + count_word(prompt.options.size()) + " readings; nothing here is a verdict.",
                     ImVec2(l.text_left, y), muted).y;
  }
  return y;
}

}  // namespace lineage
