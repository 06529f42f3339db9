// Story mode's frame: the tableau above, the beat below in the serif at projector size, with
// speakers in their own colours, quotes with their citations and a lens switcher for accounts.
#include <algorithm>
#include <cmath>

#include "scenes/story/story_view.hpp"
#include "platform/layers.hpp"
#include "scenes/tableaux/tableau.hpp"

namespace lineage {
namespace {


// A person's colour, lifted a little so names read on the dark background.
Colour name_colour(const Person& p, Colour text) { return mix(p.colour, text, 0.25f); }

}  // namespace

std::string lens_label(const Story& story, const std::string& lens);  // story_prompt.cpp

StoryLayout StoryScene::layout(Canvas& canvas, const AppState& state) const {
  StoryLayout l;
  l.size = canvas.size();
  l.s = canvas.layout_scale();
  l.top = state.content_top;
  const Beat* beat = rt_->beat();
  const InterfaceTheme& t = canvas.theme();
  float share = picture_only_ ? 1.0f : beat && beat->kind == BeatKind::Prompt ? t.story.prompt_picture_share
                                                                              : t.story.picture_share;
  // Open panels take a column at the side; the page (picture and words) is laid out beside them,
  // never under them.
  l.panel_width = std::clamp(l.size.x * 0.28f, std::min(300.0f * l.s, l.size.x * 0.4f), 520.0f * l.s);
  l.x0 = history_open_ || notes_open_ ? l.panel_width : 0.0f;
  l.x1 = l.size.x - (chapters_open_ ? l.panel_width : 0.0f);
  float page = l.x1 - l.x0;
  l.picture_min = ImVec2(l.x0, l.top);
  l.picture_max = ImVec2(l.x1, l.top + (l.size.y - l.top) * share);
  l.text_left = l.x0 + page * t.story.text_margin;
  l.text_width = page * (1 - 2 * t.story.text_margin);
  l.text_top = l.picture_max.y + 18 * l.s;
  l.body = t.size("body") * 1.12f * l.s;
  l.heading = t.size("heading") * l.s;
  l.label = t.size("label") * l.s;
  l.small = t.size("small") * l.s;
  place_footer(canvas, l);
  return l;
}

// The picture is soft (gradients, haze, glows), so it is drawn at kPictureResolution of the
// screen's pixels into a layer, scaled up into its area, and rendered again only when what it
// shows changes (a step of its time, a beat's mood or state, its size): the frames between cost
// one copy. Without layers (never in the app) it is drawn straight into the frame.
void StoryScene::draw_tableau_layer(Canvas& canvas, const TableauFrame& f) {
  Layers* layers = canvas.layers();
  const std::string& name = rt_->state().tableau;
  if (!layers || f.w() < 1 || f.h() < 1) {
    draw_tableau(name, f);
    return;
  }
  const float k = kPictureResolution;
  const int width = static_cast<int>(std::ceil(f.w() * k)), height = static_cast<int>(std::ceil(f.h() * k));
  TableauFrame small = f;
  small.dl = &layers->begin(kPictureLayer, width, height);
  small.min = ImVec2(0, 0);
  small.max = ImVec2(f.w() * k, f.h() * k);
  small.scale = f.scale * k;
  draw_tableau(name, small);
  ImTextureID texture = layers->end(kPictureLayer);
  if (!texture) {
    draw_tableau(name, f);
    return;
  }
  f.dl->AddImage(texture, f.min, f.max, ImVec2(0, 0), ImVec2(small.max.x / width, small.max.y / height));
}

void StoryScene::draw_picture(Canvas& canvas, const StoryLayout& l, const AppState& state) {
  TableauFrame f;
  f.dl = canvas.list();
  f.min = l.picture_min;
  f.max = l.picture_max;
  // The picture's motion is slow, so it moves in steps of 1/kPictureSteps s: frames between
  // steps draw the same picture, and an unchanged frame is neither drawn nor presented again
  // (FrameMemory), which in a window without a GPU is most of a frame's cost.
  f.time = std::floor(picture_clock_ * kPictureSteps) / kPictureSteps;
  f.still = state.settings.reduced_motion;
  f.state = rt_->state().tableau_state;
  f.state_time = std::floor(state_clock_ * kPictureSteps) / kPictureSteps;
  f.scale = l.s;
  f.palette = mood_palette(moods_, rt_->state().mood);
  f.dl->PushClipRect(f.min, f.max, true);
  draw_tableau_layer(canvas, f);
  if (tableau_is_illustration(rt_->state().tableau)) {  // a setting our source never names
    ImVec2 at(f.max.x - 18 * l.s, f.min.y + 12 * l.s), size = canvas.measure("sans", l.small, kIllustrationCaption);
    f.dl->AddRectFilled(ImVec2(at.x - size.x - 10 * l.s, at.y - 4 * l.s), ImVec2(at.x + 10 * l.s, at.y + size.y + 4 * l.s),
                        to_imgui(canvas.colour("background"), 0.55f), 6 * l.s);  // legible over stars or snow
    canvas.text("sans", l.small, kIllustrationCaption, at, canvas.colour("muted"), Align::Right, 0.9f);
  }
  f.dl->PopClipRect();
  if (picture_only_) return;
  // The picture settles into the page: a soft fade into the background at its foot.
  Colour bg = canvas.colour("background");
  float fade = canvas.theme().story.picture_fade * l.s;
  f.dl->AddRectFilledMultiColor(ImVec2(l.picture_min.x, l.picture_max.y - fade), l.picture_max, to_imgui(bg, 0), to_imgui(bg, 0),
                                to_imgui(bg, 1), to_imgui(bg, 1));
}

void StoryScene::draw_header(Canvas& canvas, const StoryLayout& l) {
  int m = rt_->moment();
  if (m < 0) return;
  const Moment& moment = story().moments[static_cast<std::size_t>(m)];
  std::vector<int> order = rt_->order();
  auto at = std::find(order.begin(), order.end(), m);
  std::string where = at == order.end() ? std::string()
                                        : std::to_string(at - order.begin() + 1) + " of " + std::to_string(order.size());
  canvas.text("serif-italic", l.label * 1.45f, moment.title, ImVec2(l.text_left, l.text_top), canvas.colour("accent"));
  canvas.text("sans", l.small, where, ImVec2(l.text_left + l.text_width, l.text_top + 6 * l.s), canvas.colour("muted"),
              Align::Right);
}

float StoryScene::draw_lens(Canvas& canvas, const StoryLayout& l, const Beat& beat, float y) {
  int m = rt_->moment();
  std::vector<std::string> lenses = rt_->lenses(m);
  std::string active = rt_->lens();
  Colour muted = canvas.colour("muted"), text = canvas.colour("text");
  // The switcher: one tab per account in this moment, the shown one underlined.
  float x = l.text_left;
  for (const std::string& lens : lenses) {
    std::string label = lens_label(story(), lens);
    int person = lens == "interpretation" ? -1 : story().person(lens);
    Colour c = person >= 0 ? name_colour(story().people[static_cast<std::size_t>(person)], text) : muted;
    bool on = lens == active;
    ImVec2 size = canvas.text("sans", l.label, label, ImVec2(x, y), on ? c : muted, Align::Left, on ? 1.0f : 0.75f);
    if (on)
      canvas.list()->AddLine(ImVec2(x, y + size.y + 3 * l.s), ImVec2(x + size.x, y + size.y + 3 * l.s), to_imgui(c),
                             2.5f * l.s);
    hit(ImVec2(x - 6 * l.s, y - 6 * l.s), ImVec2(x + size.x + 6 * l.s, y + size.y + 8 * l.s), StoryHit::Kind::Lens, 0,
        lens);
    x += size.x + 34 * l.s;
  }
  y += l.label * 1.9f;
  int person = active == "interpretation" ? -1 : story().person(active);
  if (person >= 0 && !story().people[static_cast<std::size_t>(person)].narrator_note.empty())
    y += canvas.text_wrapped("serif-italic", l.label * 1.1f, story().people[static_cast<std::size_t>(person)].narrator_note,
                             ImVec2(l.text_left, y), l.text_width, muted) + 10 * l.s;
  else if (active == "interpretation")
    y += canvas.text_wrapped("serif-italic", l.label * 1.1f, "One way to read it, not a fact of the story.",
                             ImVec2(l.text_left, y), l.text_width, muted) + 10 * l.s;
  // The account itself: this beat's words, or, when the reader picked another lens, that one's.
  std::string words;
  if (active == beat.perspective) {
    words = beat.text;
  } else {
    for (const Beat& b : story().moments[static_cast<std::size_t>(m)].beats)
      if (b.kind == BeatKind::Perspective && b.perspective == active && rt_->holds(b))
        words += (words.empty() ? "" : "\n\n") + b.text;
  }
  float a = reveal();
  y += canvas.text_wrapped("serif", l.body, words, ImVec2(l.text_left, y + (1 - a) * 10 * l.s), l.text_width, text,
                           Align::Left, a);
  if (active != beat.perspective)
    y += canvas.text("sans", l.small, "This beat is " + lens_label(story(), beat.perspective) + ": Up or L to switch",
                     ImVec2(l.text_left, y + 14 * l.s), muted).y + 14 * l.s;
  return y;
}

void StoryScene::draw_beat(Canvas& canvas, const StoryLayout& l) {
  const Beat* beat = rt_->beat();
  if (!beat) return;
  Colour text = canvas.colour("text"), muted = canvas.colour("muted");
  float y = l.text_top + l.label * 2.6f;
  float a = reveal();
  float rise = (1 - a) * 10 * l.s;
  const Person* speaker = beat->speaker >= 0 ? &story().people[static_cast<std::size_t>(beat->speaker)] : nullptr;
  switch (beat->kind) {
    case BeatKind::Narrate:
      canvas.text_wrapped("serif", body_to_fit(canvas, l, "serif", l.body, beat->text, y + rise), beat->text,
                          ImVec2(l.text_left, y + rise), l.text_width, text, Align::Left, a);
      break;
    case BeatKind::Say:
      if (speaker) y += canvas.text("sans", l.label, speaker->name, ImVec2(l.text_left, y), name_colour(*speaker, text)).y + 8 * l.s;
      canvas.text_wrapped("serif", body_to_fit(canvas, l, "serif", l.body, beat->text, y + rise), beat->text,
                          ImVec2(l.text_left, y + rise), l.text_width, text, Align::Left, a);
      break;
    case BeatKind::Quote: {
      y += canvas.text_wrapped("serif-italic", l.body * 1.06f, "\u201C" + beat->text + "\u201D",
                               ImVec2(l.text_left, y + rise), l.text_width, text, Align::Left, a);
      float x = l.text_left;
      y += 14 * l.s;
      if (speaker) x += canvas.text("sans", l.label, "\u2014 " + speaker->name, ImVec2(x, y), name_colour(*speaker, text)).x;
      std::string cites;
      for (const Citation& c : beat->cites)
        if (c.source >= 0)
          cites += (cites.empty() ? "" : "; ") + story().sources[static_cast<std::size_t>(c.source)].title + ", line " +
                   std::to_string(c.line);
      if (!cites.empty()) canvas.text("sans", l.label, "   " + cites, ImVec2(x, y), muted);
      break;
    }
    case BeatKind::Perspective:
      draw_lens(canvas, l, *beat, y);
      break;
    case BeatKind::Prompt:
      draw_prompt(canvas, l, story().prompts[static_cast<std::size_t>(beat->prompt)], l.text_top + l.label * 2.4f);
      break;
    case BeatKind::Tableau: case BeatKind::Pause:
      break;
  }
}

void StoryScene::draw_summary(Canvas& canvas, const StoryLayout& l) {
  int m = rt_->moment();
  if (m < 0) return;
  const Moment& moment = story().moments[static_cast<std::size_t>(m)];
  auto care = rt_->state().care.find(moment.id);
  bool gentle = care != rt_->state().care.end() && care->second == CareChoice::Gentle;
  std::string words = gentle && !moment.gentle_summary.empty() ? moment.gentle_summary : moment.summary;
  float y = l.text_top + l.label * 2.6f;
  canvas.text("sans", l.label, gentle ? "A gentle summary, as you asked" : "In brief", ImVec2(l.text_left, y),
              canvas.colour("muted"));
  y += l.label * 1.8f;
  float a = reveal();
  canvas.text_wrapped("serif", l.body, words, ImVec2(l.text_left, y + (1 - a) * 10 * l.s), l.text_width,
                      canvas.colour("text"), Align::Left, a);
}

void StoryScene::place_footer(Canvas& canvas, StoryLayout& l) const {
  std::string keys;
  const Beat* beat = rt_->beat();
  switch (rt_->state().stage) {
    case Stage::Care: keys = "Up/Down  choose     Right or Return  go on     R  remember     N  content notes"; break;
    case Stage::Reading: keys = "F  play again, fresh     R  play again with my choices     H  history     C  chapters"; break;
    default:
      keys = "Right  next     Left  back     H  history     C  chapters     T  picture only     V  read aloud";
      if (beat && beat->kind == BeatKind::Perspective) keys += "     Up/Down  whose account";
      if (beat && beat->kind == BeatKind::Prompt)
        keys += story().prompts[static_cast<std::size_t>(beat->prompt)].kind == PromptKind::Open
                    ? "     Tab  write an answer     Esc  leave the field"
                    : "     Up/Down  choose";
      if (beat && beat->kind == BeatKind::Prompt && story().prompts[static_cast<std::size_t>(beat->prompt)].kind == PromptKind::Evidence &&
          !story().prompts[static_cast<std::size_t>(beat->prompt)].confidence.empty())
        keys += "     +/-  how sure";  // only where the story asks how sure
  }
  // Wrapped within the page between whole key groups (each "key  what" stays together), from the
  // foot up: never past the window's edges.
  const std::string gap = "     ";
  float width = (l.x1 - l.x0) - 32 * l.s;
  std::vector<std::string> lines(1);
  for (std::size_t at = 0; at <= keys.size();) {
    std::size_t end = keys.find(gap, at);
    std::string group = keys.substr(at, end == std::string::npos ? std::string::npos : end - at);
    std::string longer = lines.back().empty() ? group : lines.back() + gap + group;
    if (!lines.back().empty() && canvas.measure("sans", l.small, longer).x > width) lines.push_back(group);
    else lines.back() = longer;
    if (end == std::string::npos) break;
    at = end + gap.size();
  }
  l.foot_step = canvas.measure("sans", l.small, "Ag").y;
  l.foot_top = l.size.y - l.small * 1.2f - l.foot_step * static_cast<float>(lines.size());
  l.foot_lines = std::move(lines);
}

void StoryScene::draw_footer(Canvas& canvas, const StoryLayout& l) {
  float width = (l.x1 - l.x0) - 32 * l.s;
  float y = l.foot_top;
  for (const std::string& line : l.foot_lines) {
    canvas.text_fit("sans", l.small, line, ImVec2((l.x0 + l.x1) * 0.5f, y), width, canvas.colour("muted"), Align::Centre,
                    0.8f);
    y += l.foot_step;
  }
}

float StoryScene::body_to_fit(Canvas& canvas, const StoryLayout& l, const std::string& role, float size,
                              const std::string& words, float y) const {
  const float room = l.foot_top - 6 * l.s - y;
  float fitted = size;
  for (int i = 0; i < 8 && fitted > size * 0.6f && canvas.wrapped_height(role, fitted, words, l.text_width) > room; ++i)
    fitted *= 0.94f;
  return std::max(fitted, size * 0.6f);
}

void StoryScene::draw(Canvas& canvas, AppState& state) {
  ensure_runtime(state);
  hits_.clear();
  answer_prompt_ = -1;
  StoryLayout l = layout(canvas, state);
  const Stage stage = rt_->state().stage;
  // A gentle summary is gentle in its picture too: no tableau of the moment behind it.
  auto care = rt_->moment() < 0 ? rt_->state().care.end()
                                : rt_->state().care.find(story().moments[static_cast<std::size_t>(rt_->moment())].id);
  const bool gentle = stage == Stage::Summary && care != rt_->state().care.end() && care->second == CareChoice::Gentle;
  const bool picture = stage != Stage::Care && stage != Stage::Reading && !gentle;
  // The picture is opaque: across the whole width, the backdrop under it would be overdrawn. Its
  // last row is left in: a clip from a fractional top may stop a row short (render_draw_data
  // truncates a clip's height), and there the backdrop shows, as it always has.
  if (picture && l.picture_min.x <= 0 && l.picture_max.x >= l.size.x)
    canvas.backdrop_outside(l.picture_min.y, l.picture_max.y - 1);
  else
    canvas.backdrop();
  if (stage == Stage::Care) draw_care(canvas, l, state);
  else if (stage == Stage::Reading) draw_reading(canvas, l, state);
  else {
    if (picture) draw_picture(canvas, l, state);
    if (!picture_only_) {
      draw_header(canvas, l);
      if (stage == Stage::Summary) draw_summary(canvas, l);
      else draw_beat(canvas, l);
    }
  }
  if (!picture_only_ && stage != Stage::Reading) draw_footer(canvas, l);  // the reading page has its own buttons
  draw_panels(state, l);
  draw_answer_field(state);
}

}  // namespace lineage
