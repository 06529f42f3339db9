// "Your reading": the reader's evidence choices moment by moment and in sum (nature against
// nurture, trust in Blythe's account), said plainly to be a reading and not a verdict, with the
// book's discussion prompts. The novel leaves the question open, and so does this page.
#include <algorithm>
#include <cmath>

#include "scenes/story/story_view.hpp"
#include "scenes/tableaux/tableau.hpp"

namespace lineage {

const std::string& reading_title(const Story& story, int r);  // story_prompt.cpp
Colour reading_colour(const Story& story, int r);

namespace {

// A balance from -1 (left) to +1 (right), with its two ends named.
void balance(Canvas& canvas, const StoryLayout& l, float x, float y, float w, const std::string& title,
             const std::string& left, const std::string& right, std::optional<double> value, Colour lc, Colour rc) {
  Colour text = canvas.colour("text"), muted = canvas.colour("muted");
  ImDrawList* dl = canvas.list();
  canvas.text("serif", l.label * 1.45f, title, ImVec2(x, y), text);
  y += l.label * 2.4f;
  dl->AddRectFilledMultiColor(ImVec2(x, y - 3 * l.s), ImVec2(x + w, y + 3 * l.s), to_imgui(lc, 0.8f), to_imgui(rc, 0.8f),
                              to_imgui(rc, 0.8f), to_imgui(lc, 0.8f));
  dl->AddLine(ImVec2(x + w * 0.5f, y - 10 * l.s), ImVec2(x + w * 0.5f, y + 10 * l.s), to_imgui(muted), 1.5f * l.s);
  if (value) {
    float px = x + w * static_cast<float>((1.0 - *value) * 0.5);
    dl->AddCircleFilled(ImVec2(px, y), 11 * l.s, to_imgui(text), 32);
    dl->AddCircle(ImVec2(px, y), 11 * l.s, to_imgui(canvas.colour("background")), 32, 2 * l.s);
  }
  y += 18 * l.s;
  canvas.text("sans", l.small, left, ImVec2(x, y), muted);
  canvas.text("sans", l.small, right, ImVec2(x + w, y), muted, Align::Right);
  if (!value) canvas.text("sans", l.small, "no answers of this kind yet", ImVec2(x + w * 0.5f, y + l.small * 1.6f), muted,
                          Align::Centre);
}

}  // namespace

void StoryScene::draw_reading(Canvas& canvas, const StoryLayout& l, const AppState& state) {
  Colour text = canvas.colour("text"), muted = canvas.colour("muted"), accent = canvas.colour("accent");
  ImDrawList* dl = canvas.list();
  EvidenceTally tally = tally_evidence(story(), rt_->state(), rt_->order(), state.reading_limit());
  float left = l.x0 + (l.x1 - l.x0) * 0.07f, width = (l.x1 - l.x0) * 0.86f;
  float y = l.top + 30 * l.s;
  canvas.text("serif", l.heading * 1.5f, "Your reading", ImVec2(left, y), text);
  y += l.heading * 1.9f;
  canvas.text("serif-italic", l.label * 1.35f, "How you weighed the evidence, moment by moment, and in sum",
              ImVec2(left, y), muted);
  y += l.label * 2.8f;

  // Moment by moment: one row per evidence prompt, one column per reading.
  float name_w = width * 0.24f, col_w = width * 0.075f, chart_top = y;
  const int readings = static_cast<int>(story().readings.size());
  if (readings > 6) col_w = width * 0.45f / static_cast<float>(readings);  // the balances keep their room
  for (int r = 0; r < readings; ++r)
    canvas.text_wrapped("sans", l.small, reading_title(story(), r),
                        ImVec2(left + name_w + col_w * static_cast<float>(r), y), col_w - 6 * l.s,
                        reading_colour(story(), r), Align::Centre);
  y += l.small * 3.2f;
  float row = l.label * 2.3f;
  for (const EvidenceRow& er : tally.rows) {
    const Moment& m = story().moments[static_cast<std::size_t>(er.moment)];
    canvas.text("serif", l.label * 1.3f, m.title, ImVec2(left, y), er.choice ? text : muted);
    for (int r = 0; r < readings; ++r) {
      ImVec2 c(left + name_w + col_w * (static_cast<float>(r) + 0.5f), y + l.label * 0.75f);
      bool on = er.choice && er.choice->reading == story().readings[static_cast<std::size_t>(r)].id;
      if (on) dl->AddCircleFilled(c, (4.0f + 2.6f * static_cast<float>(er.choice->confidence)) * l.s,
                                  to_imgui(reading_colour(story(), r)), 32);
      else dl->AddCircleFilled(c, 2.5f * l.s, to_imgui(muted, 0.5f), 12);
    }
    if (!er.choice) canvas.text("sans", l.small, "not weighed", ImVec2(left + name_w + col_w * static_cast<float>(readings) + 10 * l.s, y + 4 * l.s), muted);
    y += row;
  }
  // In sum: confidence-weighted bars under the columns.
  int most = 1;
  for (int w : tally.weight) most = std::max(most, w);
  canvas.text("serif-italic", l.label * 1.3f, "In all", ImVec2(left, y + 4 * l.s), muted);
  for (int r = 0; r < readings; ++r) {
    float h = 60 * l.s * static_cast<float>(tally.weight[static_cast<std::size_t>(r)]) / static_cast<float>(most);
    float x = left + name_w + col_w * static_cast<float>(r) + col_w * 0.3f;
    dl->AddRectFilled(ImVec2(x, y + 62 * l.s - h), ImVec2(x + col_w * 0.4f, y + 62 * l.s),
                      to_imgui(reading_colour(story(), r)), 3 * l.s);
    dl->AddLine(ImVec2(x - 6 * l.s, y + 62 * l.s), ImVec2(x + col_w * 0.4f + 6 * l.s, y + 62 * l.s), to_imgui(muted, 0.6f));
  }
  float chart_bottom = y + 80 * l.s;

  // The story's balances (`balance` blocks), to the right of the chart: each side in the mix
  // of its readings' colours, its ends named as the story names them.
  float bx = left + width * 0.68f, bw = width * 0.31f, by = chart_top;
  auto side_colour = [&](const std::vector<int>& side) {
    Colour c = reading_colour(story(), side.empty() ? -1 : side[0]);
    for (std::size_t k = 1; k < side.size(); ++k) c = mix(c, reading_colour(story(), side[k]), 1.0f / static_cast<float>(k + 1));
    return c;
  };
  const std::size_t balances = std::min<std::size_t>(story().balances.size(), 2);  // room for two
  for (std::size_t k = 0; k < balances; ++k) {
    const Balance& b = story().balances[k];
    balance(canvas, l, bx, by + l.label * 7.5f * static_cast<float>(k), bw, b.title, b.left_label, b.right_label,
            tally.balances[k], side_colour(b.left), side_colour(b.right));
  }

  // Said plainly: the book's own words if it has them (`evidence-note:`).
  y = std::max(chart_bottom, by + l.label * 7.5f * static_cast<float>(balances));
  const std::string& note = story().book.evidence_note;
  y += canvas.text_wrapped("serif", l.body * 0.9f,
                           note.empty() ? "These charts show how you read the evidence, not what happened." : note,
                           ImVec2(left, y), width, text) + 22 * l.s;

  // The discussion prompts about the whole book.
  std::vector<int> to_discuss;  // the first two about the whole book (a story may have none)
  for (int i = 0; i < static_cast<int>(story().prompts.size()) && to_discuss.size() < 2; ++i)
    if (story().prompts[static_cast<std::size_t>(i)].about.kind == Subject::Kind::Book &&
        prompt_visible(story(), i, state.reading_limit()))
      to_discuss.push_back(i);
  if (!to_discuss.empty()) {
    canvas.text("sans", l.label, "TO DISCUSS", ImVec2(left, y), accent);
    y += l.label * 1.9f;
  }
  for (int i : to_discuss) {
    const Prompt& p = story().prompts[static_cast<std::size_t>(i)];
    dl->AddCircleFilled(ImVec2(left + 6 * l.s, y + l.label * 0.8f), 3.5f * l.s, to_imgui(accent), 12);
    y += canvas.text_wrapped("serif", l.label * 1.3f, p.text, ImVec2(left + 22 * l.s, y), width - 22 * l.s, text) + 10 * l.s;
  }
  // Replays.
  y += 10 * l.s;
  float x = left;
  for (int i = 0; i < 2; ++i) {
    std::string label = i == 0 ? "Play again, fresh  (F)" : "Play again with my choices  (R)";
    ImVec2 size = canvas.measure("sans", l.label, label);
    ImVec2 a(x, y), b(x + size.x + 36 * l.s, y + size.y + 18 * l.s);
    dl->AddRect(a, b, to_imgui(accent, 0.7f), 8 * l.s, 0, 1.5f * l.s);
    canvas.text("sans", l.label, label, ImVec2(a.x + 18 * l.s, a.y + 9 * l.s), text);
    hit(a, b, StoryHit::Kind::Replay, i);
    x = b.x + 24 * l.s;
  }
}

}  // namespace lineage
