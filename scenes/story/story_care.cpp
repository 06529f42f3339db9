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
  const Moment& moment = story().moments[static_cast<std::size_t>(m)];
  Colour text = canvas.colour("text"), muted = canvas.colour("muted"), accent = canvas.colour("accent");
  ImDrawList* dl = canvas.list();
  float width = std::min((l.x1 - l.x0) * 0.62f, 1200 * l.s);
  float left = l.x0 + (l.x1 - l.x0 - width) * 0.5f;
  const float foot = l.size.y - l.foot_top + 6 * l.s;  // the key lines at the foot stay clear
  float top = l.top + (l.size.y - l.top) * 0.12f;
  static const char* kFootnote =
      "Lineage shows this card for every content note you asked to be warned about. Press N to choose "
      "which notes those are; all are on unless you turn them off.";
  const char* options[3] = {"Show it", "Show a gentle summary instead", "Skip to the next moment"};
  bool has_gentle = !moment.gentle_summary.empty();

  // One pass measures (draw false), one draws: the card is measured first and, where the window
  // is short for the type (a small window at a large scale), drawn smaller and higher so all of
  // it shows.
  auto card = [&](float k, float y, bool draw) {
    float label = l.label * k, s = l.s * k;
    auto line = [&](const std::string& role, float size, const std::string& words, ImVec2 at, Colour c) {
      return draw ? canvas.text(role, size, words, at, c) : canvas.measure(role, size, words);
    };
    auto wrapped = [&](const std::string& role, float size, const std::string& words, ImVec2 at, float w, Colour c) {
      return draw ? canvas.text_wrapped(role, size, words, at, w, c) : canvas.wrapped_height(role, size, words, w);
    };
    y += std::max(label * 2.0f, line("sans", label, "CONTENT CARE", ImVec2(left, y), accent).y + 6 * s);
    y += wrapped("serif", l.heading * 1.25f * k, "Before the next moment: " + moment.title, ImVec2(left, y), width, text) +
         14 * s;
    y += wrapped("serif", l.body * 0.85f * k, "This moment deals with:", ImVec2(left, y), width, muted) + 6 * s;
    for (int note : moment.content_notes) {
      const ContentNote& n = story().content_notes[static_cast<std::size_t>(note)];
      if (rt_->options().quiet.count(n.id)) continue;
      if (draw) dl->AddCircleFilled(ImVec2(left + 8 * s, y + label * 0.8f), 4 * s, to_imgui(accent), 16);
      float x = left + 26 * s;
      ImVec2 said = line("serif", label * 1.45f, n.label, ImVec2(x, y), text);
      // The description beside its name when it fits, else wrapped on the lines below it.
      float rest = left + width - (x + said.x + label);
      std::string d = n.description;
      if (!d.empty() && canvas.measure("serif-italic", label * 1.3f, d).x <= rest) {
        ImVec2 beside = line("serif-italic", label * 1.3f, d, ImVec2(x + said.x + label, y + 2 * s), muted);
        y += std::max({label * 2.0f, said.y, beside.y + 2 * s});
      } else {
        y += said.y;
        if (!d.empty()) y += wrapped("serif-italic", label * 1.3f, d, ImVec2(x, y), left + width - x, muted);
        y += label * 0.6f;
      }
    }
    y += 22 * s;
    // Each choice's box holds its words as measured, with room above and below them.
    const float words_h = canvas.line_height("serif", label * 1.5f);
    float row = std::max(label * 2.6f, words_h + 16 * s);
    for (int i = 0; i < 3; ++i) {
      if (draw) {
        bool on = care_choice_ == i;
        bool enabled = i != 1 || has_gentle;
        ImVec2 a(left, y), b(left + width * 0.62f, y + row - 8 * s);
        if (on) dl->AddRectFilled(a, b, to_imgui(canvas.colour("panel")), 8 * s);
        dl->AddRect(a, b, to_imgui(on ? accent : muted, on ? 1.0f : 0.3f), 8 * s, 0, (on ? 2.5f : 1.0f) * s);
        canvas.push_frame(a, b);
        canvas.text_fit("serif", label * 1.5f, options[i], ImVec2(a.x + 22 * s, a.y + (row - 8 * s - words_h) * 0.5f),
                        b.x - a.x - 30 * s, enabled ? (on ? text : muted) : muted, Align::Left, enabled ? 1.0f : 0.4f);
        canvas.pop_frame();
        if (enabled) hit(a, b, StoryHit::Kind::Care, i);
      }
      y += row;
    }
    y += 10 * s;
    // Remember: a plain checkbox.
    ImVec2 box(left + 4 * s, y + 4 * s);
    float bs = label * 1.0f;
    if (draw) {
      dl->AddRect(box, ImVec2(box.x + bs, box.y + bs), to_imgui(muted), 3 * s, 0, 1.5f * s);
      if (care_remember_)
        dl->AddRectFilled(ImVec2(box.x + 4 * s, box.y + 4 * s), ImVec2(box.x + bs - 4 * s, box.y + bs - 4 * s),
                          to_imgui(accent), 2 * s);
      ImVec2 said = canvas.text("sans", label, "Remember my choice for this moment  (R)", ImVec2(box.x + bs + 12 * s, y + 2 * s),
                                care_remember_ ? text : muted);
      hit(ImVec2(left, y), ImVec2(box.x + bs + 12 * s + said.x, y + bs + 8 * s), StoryHit::Kind::Remember, 0);
    }
    y += std::max(label * 2.6f, canvas.line_height("sans", label) + 12 * s);
    y += wrapped("sans", label * 0.95f, kFootnote, ImVec2(left, y), width, muted);
    return y;
  };
  float room = l.size.y - foot - l.top;
  float k = 1.0f;
  for (int i = 0; i < 6; ++i) {
    float h = card(k, 0, false);
    if (h <= room * 0.94f) break;
    k *= std::max(0.7f, room * 0.94f / h);
  }
  float h = card(k, 0, false);
  top = std::min(top, l.top + std::max(0.0f, room - h));
  card(k, top, true);
}

}  // namespace lineage
