// The content-care card: before a moment with a note the reader asked to be warned about, say
// plainly what is coming and let her show it, read its gentle summary instead, or skip it.
// The moment's tableau is not drawn behind the card.
#include <algorithm>

#include "scenes/story/story_view.hpp"
#include "scenes/tableaux/tableau.hpp"

namespace lineage {

void StoryScene::draw_care(Canvas& canvas, const StoryLayout& l, const AppState&) {
  int m = rt_->moment();
  if (m < 0) return;
  // At 150% or 200%, or in a roomy font, the card might run into the key hints at the foot of
  // the screen: then its type and spacing shrink together until it ends above them. The same
  // sizes every frame, so nothing is rasterised again.
  float limit = l.size.y - l.small * 3.0f;
  float start = l.top + (l.size.y - l.top) * 0.12f;
  float bottom = lay_out_care(canvas, l, false);
  StoryLayout fitted = l;
  for (int i = 0; i < 4 && bottom > limit; ++i) {
    float k = std::clamp((limit - start) / (bottom - start), 0.5f, 0.97f);
    fitted.label *= k, fitted.heading *= k, fitted.body *= k, fitted.s *= k;
    bottom = lay_out_care(canvas, fitted, false);
  }
  lay_out_care(canvas, fitted, true);
}

// The card, drawn (`draw`) or only measured; returns where it ends.
float StoryScene::lay_out_care(Canvas& canvas, const StoryLayout& l, bool draw) {
  const Moment& moment = story().moments[static_cast<std::size_t>(rt_->moment())];
  Colour text = canvas.colour("text"), muted = canvas.colour("muted"), accent = canvas.colour("accent");
  ImDrawList* dl = canvas.list();
  float width = std::min(l.size.x * 0.62f, 1200 * l.s);
  float left = (l.size.x - width) * 0.5f;
  float y = l.top + (l.size.y - l.top) * 0.12f;
  auto line = [&](const char* role, float size, const std::string& words, ImVec2 at, Colour colour) {
    return draw ? canvas.text(role, size, words, at, colour) : canvas.measure(role, size, words);
  };
  auto wrapped = [&](const char* role, float size, const std::string& words, ImVec2 at, Colour colour) {
    return draw ? canvas.text_wrapped(role, size, words, at, width, colour) : canvas.wrapped_height(role, size, words, width);
  };

  line("sans", l.label, "CONTENT CARE", ImVec2(left, y), accent);
  y += l.label * 2.0f;
  y += wrapped("serif", l.heading * 1.25f, "Before the next moment: " + moment.title, ImVec2(left, y), text) + 14 * l.s;
  y += wrapped("serif", l.body * 0.85f, "This moment deals with:", ImVec2(left, y), muted) + 6 * l.s;
  for (int note : moment.content_notes) {
    const ContentNote& n = story().content_notes[static_cast<std::size_t>(note)];
    if (rt_->options().quiet.count(n.id)) continue;
    if (draw) dl->AddCircleFilled(ImVec2(left + 8 * l.s, y + l.label * 0.8f), 4 * l.s, to_imgui(accent), 16);
    float x = left + 26 * l.s;
    x += line("serif", l.label * 1.45f, n.label, ImVec2(x, y), text).x;
    if (!n.description.empty()) line("serif-italic", l.label * 1.3f, "   " + n.description, ImVec2(x, y + 2 * l.s), muted);
    y += l.label * 2.0f;
  }
  y += 22 * l.s;

  const char* options[3] = {"Show it", "Show a gentle summary instead", "Skip to the next moment"};
  bool has_gentle = !moment.gentle_summary.empty();
  float row = l.label * 2.6f;
  for (int i = 0; i < 3; ++i) {
    bool on = care_choice_ == i;
    bool enabled = i != 1 || has_gentle;
    ImVec2 a(left, y), b(left + width * 0.62f, y + row - 8 * l.s);
    if (draw) {
      if (on) dl->AddRectFilled(a, b, to_imgui(canvas.colour("panel")), 8 * l.s);
      dl->AddRect(a, b, to_imgui(on ? accent : muted, on ? 1.0f : 0.3f), 8 * l.s, 0, (on ? 2.5f : 1.0f) * l.s);
      canvas.text("serif", l.label * 1.5f, options[i], ImVec2(a.x + 22 * l.s, a.y + (row - 8 * l.s) * 0.5f - l.label * 0.85f),
                  enabled ? (on ? text : muted) : muted, Align::Left, enabled ? 1.0f : 0.4f);
      if (enabled) hit(a, b, StoryHit::Kind::Care, i);
    }
    y += row;
  }
  y += 10 * l.s;
  // Remember: a plain checkbox.
  ImVec2 box(left + 4 * l.s, y + 4 * l.s);
  float bs = l.label * 1.0f;
  if (draw) {
    dl->AddRect(box, ImVec2(box.x + bs, box.y + bs), to_imgui(muted), 3 * l.s, 0, 1.5f * l.s);
    if (care_remember_)
      dl->AddRectFilled(ImVec2(box.x + 4 * l.s, box.y + 4 * l.s), ImVec2(box.x + bs - 4 * l.s, box.y + bs - 4 * l.s),
                        to_imgui(accent), 2 * l.s);
    ImVec2 said = canvas.text("sans", l.label, "Remember my choice for this moment  (R)",
                              ImVec2(box.x + bs + 12 * l.s, y + 2 * l.s), care_remember_ ? text : muted);
    hit(ImVec2(left, y), ImVec2(box.x + bs + 12 * l.s + said.x, y + bs + 8 * l.s), StoryHit::Kind::Remember, 0);
  }
  y += l.label * 2.6f;
  y += wrapped("sans", l.label * 0.95f,
               "Lineage shows this card for every content note you asked to be warned about. Press N to choose "
               "which notes those are; all are on unless you turn them off.",
               ImVec2(left, y), muted);
  return y;
}

}  // namespace lineage
