// The timeline's canvas: background, axis, lanes (headers, life threads, eras), moments
// (uncertainty, markers, clusters, labels), echo arcs, theme strands and the minimap.
// Draws only what core/layout computed, culled to the visible window; no layout here.
#include <algorithm>
#include <cmath>
#include <optional>

#include "core/model/kinship.hpp"
#include "core/model/when_words.hpp"
#include "scenes/timeline/timeline_scene.hpp"

namespace lineage {
namespace {

Colour lighten(Colour c, float amount) {
  auto mix = [&](std::uint8_t v) { return static_cast<std::uint8_t>(v + (255 - v) * amount); };
  return {mix(c.r), mix(c.g), mix(c.b), c.a};
}

// A horizontal bar whose alpha ramps from a0 at x0 to a1 at x1.
void ramp(ImDrawList* dl, float x0, float x1, float y0, float y1, Colour c, float a0, float a1) {
  if (x1 <= x0) return;
  ImU32 l = to_imgui(c, a0), r = to_imgui(c, a1);
  dl->AddRectFilledMultiColor(ImVec2(x0, y0), ImVec2(x1, y1), l, r, r, l);
}

double nice_step(double raw) {
  double p = std::pow(10.0, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 5.0, 10.0})
    if (m * p >= raw) return m * p;
  return 10 * p;
}

std::string signed_years(long v) {
  if (v == 0) return "daughter born";
  return (v > 0 ? "+" : "\u2212") + std::to_string(std::labs(v)) + " y";
}

}  // namespace

void TimelineScene::draw(Canvas& canvas, AppState& state) {
  const Story& story = *state.story;
  TimelineView& v = view_;
  ImVec2 size = canvas.size();
  v.s = canvas.layout_scale();
  const float s = v.s;
  v.width = size.x;
  v.height = size.y;
  v.top = state.content_top;
  v.lanes_top = v.top + std::max(52 * canvas.scale(), v.toolbar_height + 8 * canvas.scale()) + 34 * s;
  v.minimap_bottom = size.y - 12 * s;
  v.minimap_top = v.minimap_bottom - 30 * s;
  // The strands' legend takes up to two rows under the lanes, as tall as its type's lines measure.
  const float legend_line = canvas.line_height("sans", canvas.theme().size("small") * s * 0.8f);
  v.lanes_bottom = v.minimap_top - (v.strands ? std::max(40 * s, 2 * legend_line + 6 * s) : 14 * s);
  const TimelineMetrics& metrics = canvas.theme().timeline;
  v.header_width = metrics.header_width * s;
  v.card_width = v.card_open && v.selected >= 0 ? std::min(metrics.card_width * s, size.x * metrics.card_share) : 0;
  v.plot_right = size.x - 20 * s - v.card_width;
  float plot_left = v.header_width + 18 * s;
  v.camera.set_plot(plot_left, v.plot_right - plot_left);

  LabelMetrics& m = v.metrics;
  m.marker_radius = 6.5f * s;
  m.badge_padding = 18 * s;
  m.digit_width = 8.5f * s;
  m.merge_gap = 5 * s;
  m.label_gap = 18 * s;
  m.label_lead = 8 * s;
  m.label_offset = 14 * s;
  // A row holds its title's line as measured (a reading font's lines are taller than 1.55 em).
  m.row_height = std::max(canvas.theme().size("label") * s * 1.55f,
                          canvas.line_height("serif", canvas.theme().size("label") * s) + 2 * s);
  int lanes = static_cast<int>(story.lanes.size());
  float lane_h = lanes ? (v.lanes_bottom - v.lanes_top) / static_cast<float>(lanes) : 0;
  // The marker line sits low enough for the lane's name, high enough to keep a row of labels
  // under it even in a short lane (a small window at a large scale).
  float marker_offset = std::max(40 * s, lane_h * 0.3f);
  const float badge_room = m_marker_half(s) + 3 * s;  // a cluster's badge stays inside its own band
  marker_offset = std::max(badge_room, std::min(marker_offset, lane_h - m.label_offset - m.row_height - 2 * s));
  // In the shortest lanes the gap under the markers gives way before the labels do.
  // Never so close that a cluster's count, centred on the line, reaches into the first row.
  const float count_half = canvas.line_height("sans", canvas.theme().size("small") * s) * 0.5f + 1 * s;
  m.label_offset = std::clamp(lane_h - marker_offset - m.row_height - 2 * s, std::max(6 * s, count_half),
                              std::max(14 * s, count_half));
  v.bands = lane_bands(lanes, v.lanes_top, v.lanes_bottom, marker_offset);

  rebuild(canvas, state);
  if (v.selected < 0 && !state.selected_moment.empty()) v.selected = story.moment(state.selected_moment);
  if (v.selected < 0 && !story.moments.empty()) select(step_in_order(story_order(story, v.telling), v.model, -1, +1), state, false);
  if (v.need_fit) {
    fit(state, false);
    v.need_fit = false;
    rebuild(canvas, state);
  }
  if (v.need_reveal) {
    reveal(v.selected, state, false);
    v.need_reveal = false;
  }
  rebuild(canvas, state);

  draw_background(canvas, story);
  draw_axis(canvas);
  draw_lanes(canvas, story);
  if (v.strands) draw_strands(canvas, story);
  draw_moments(canvas, story);
  draw_echoes(canvas, story);
  draw_minimap(canvas, story);
  draw_toolbar(state);
  draw_card(state);
}

void TimelineScene::draw_background(Canvas& canvas, const Story& story) {
  TimelineView& v = view_;
  ImDrawList* dl = canvas.list();
  // Every other lane a shade lighter, blended into the backdrop as it is drawn.
  std::vector<Stripe> lighter;
  for (std::size_t r = 1; r < v.bands.size(); r += 2) lighter.push_back({v.bands[r].top, v.bands[r].bottom, Colour{255, 255, 255, 6}});
  canvas.backdrop(lighter);
  Colour grid = canvas.colour("grid");
  for (std::size_t r = 1; r < v.bands.size(); ++r)
    dl->AddLine(ImVec2(0, v.bands[r].top), ImVec2(v.width, v.bands[r].top), to_imgui(grid, 0.8f), 1.0f);
  // Eras: quiet bands behind the lanes, fading where their ends are uncertain.
  const float s = v.s;
  float lo = v.camera.plot_left(), hi = v.plot_right;
  float title_size = canvas.theme().size("small") * s;
  for (std::size_t e = 0; e < story.eras.size(); ++e) {
    const Era& era = story.eras[e];
    if (v.model.era_veiled[e]) continue;
    Colour c = era.colour;
    float alpha = c.a == 255 ? 0.10f : 1.0f;
    if (c.a == 255 && c.r == 0 && c.g == 0 && c.b == 0) c = canvas.colour("accent");
    for (int r = 0; r < static_cast<int>(v.model.lanes.size()); ++r) {
      if (era.lane >= 0 && v.model.lanes[r].lane != era.lane) continue;
      double shift = lane_shift(v.model, r, v.align_amount);
      float x0 = static_cast<float>(v.camera.to_x(era.from.estimate + shift));
      float x1 = static_cast<float>(v.camera.to_x(era.to.estimate + shift));
      float f0 = std::min(static_cast<float>(era.from.uncertainty * v.camera.scale() * 0.5), 140 * s);
      float f1 = std::min(static_cast<float>(era.to.uncertainty * v.camera.scale() * 0.5), 140 * s);
      if (x1 + f1 < lo || x0 - f0 > hi) continue;
      const LaneBand& b = v.bands[r];
      float y0 = b.top + 1, y1 = b.bottom - 1;
      ramp(dl, std::max(lo, x0 - f0), std::max(lo, x0), y0, y1, c, 0, alpha);
      if (x1 > x0) dl->AddRectFilled(ImVec2(std::max(lo, x0), y0), ImVec2(std::min(hi, x1), y1), to_imgui(c, alpha));
      ramp(dl, std::min(hi, x1), std::min(hi, x1 + f1), y0, y1, c, alpha, 0);
      float tx = std::clamp(x0 + 6 * s, lo + 4 * s, std::max(lo + 4 * s, x1 - 40 * s));
      // Its name along the top of the band, where the band has room above the markers (a cluster's
      // badge reaches m_marker_half above the line); never past the plot's right edge.
      float title_bottom = b.top + 5 * s + canvas.measure("serif-italic", title_size, "Ag").y;
      if (tx < hi - 60 * s && (era.lane >= 0 || r == 0) && title_bottom <= b.marker_y - m_marker_half(s) - 2 * s)
        canvas.text_fit("serif-italic", title_size, era.title, ImVec2(tx, b.top + 5 * s), hi - tx, canvas.colour("muted"),
                        Align::Left, 0.85f);
    }
  }
}

void TimelineScene::draw_axis(Canvas& canvas) {
  TimelineView& v = view_;
  ImDrawList* dl = canvas.list();
  const float s = v.s;
  const TimelineCamera& cam = v.camera;
  bool relative = v.align_amount > 0.5;
  double reference = relative ? v.model.align_reference : 0.0;
  double step = std::max(1.0, nice_step(110 * s / cam.scale()));
  double first = std::ceil((cam.visible_from() - reference) / step) * step + reference;
  float y = v.lanes_top - 8 * s;
  float size = canvas.theme().size("small") * s;
  Colour grid = canvas.colour("grid"), muted = canvas.colour("muted");
  dl->PushClipRect(ImVec2(cam.plot_left() - 40 * s, v.top), ImVec2(v.plot_right + 40 * s, v.lanes_bottom), true);
  const char* title = relative ? "years from her daughter's birth" : "years (estimated)";
  const float title_right = 18 * s + canvas.measure("sans", size, title).x;
  // Years are marked where the story is: within half a step of its first and last moments,
  // not on across the empty plot a zoomed-out view shows beyond them.
  const double story_from = (relative ? v.model.aligned_from : v.model.from) - step * 0.5;
  const double story_to = (relative ? v.model.aligned_to : v.model.to) + step * 0.5;
  for (double t = first; t <= cam.visible_to() + step * 0.5; t += step) {
    if (t <= story_from || t >= story_to) continue;
    float x = static_cast<float>(cam.to_x(t));
    if (x < cam.plot_left() - 1 || x > v.plot_right + 1) continue;
    dl->AddLine(ImVec2(x, v.lanes_top), ImVec2(x, v.lanes_bottom), to_imgui(grid, 0.55f), 1.0f);
    std::string label = relative ? signed_years(std::lround(t - reference)) : std::to_string(std::lround(t));
    // A mark whose words would run into the axis's title keeps its line and loses its words.
    if (x - canvas.measure("sans", size, label).x * 0.5f < title_right + 12 * s) continue;
    canvas.text("sans", size, label, ImVec2(x, y - size * 1.3f), muted, Align::Centre, 0.9f);
  }
  if (relative) {
    float x = static_cast<float>(cam.to_x(reference));
    dl->AddLine(ImVec2(x, v.lanes_top), ImVec2(x, v.lanes_bottom), to_imgui(canvas.colour("accent"), 0.45f), 1.5f * s);
  }
  dl->PopClipRect();
  canvas.text("sans", size, title, ImVec2(18 * s, y - size * 1.3f), muted, Align::Left, 0.75f);
}

void TimelineScene::draw_lanes(Canvas& canvas, const Story& story) {
  TimelineView& v = view_;
  ImDrawList* dl = canvas.list();
  const float s = v.s;
  const TimelineCamera& cam = v.camera;
  float lo = cam.plot_left(), hi = v.plot_right;
  double story_end = v.model.to + (v.model.to - v.model.from) * 0.04;
  for (int r = 0; r < static_cast<int>(v.model.lanes.size()); ++r) {
    const TimelineLane& lane = v.model.lanes[r];
    const LaneBand& b = v.bands[r];
    Colour colour = lane.person >= 0 ? story.people[lane.person].colour : canvas.colour("muted");
    colour.a = 255;
    // A lane whose woman the reading has not reached yet shows only its generation: no name, no
    // life thread, nothing that dates her.
    bool known = lane.person >= 0 && !v.model.person_veiled[lane.person];
    // Her life as a thread along the lane, fading in and out where the dates are uncertain.
    if (known) {
      const Person& p = story.people[lane.person];
      // Her death ends the thread only once the reading has reached it.
      std::optional<When> died = v.model.death_shown[lane.person] ? p.died : std::nullopt;
      double shift = lane_shift(v.model, r, v.align_amount);
      float th = 2.5f * s;
      if (p.born) {
        float a = static_cast<float>(cam.to_x(p.born->earliest() + shift));
        float e = static_cast<float>(cam.to_x(p.born->latest() + shift));
        float z = static_cast<float>(cam.to_x((died ? died->earliest() : story_end) + shift));
        float d = static_cast<float>(cam.to_x((died ? died->latest() : story_end) + shift));
        auto clip = [&](float x) { return std::clamp(x, lo, hi); };
        ramp(dl, clip(a), clip(e), b.marker_y - th, b.marker_y + th, colour, 0, 0.6f);
        if (z > e) dl->AddRectFilled(ImVec2(clip(e), b.marker_y - th), ImVec2(clip(z), b.marker_y + th), to_imgui(colour, 0.6f));
        ramp(dl, clip(z), clip(d), b.marker_y - th, b.marker_y + th, colour, 0.6f, 0);
      } else {
        dl->AddRectFilled(ImVec2(lo, b.marker_y - th), ImVec2(hi, b.marker_y + th), to_imgui(colour, 0.35f));
      }
    }
    // The header: a bar in her colour, her name, her generation and who else shares the lane.
    dl->AddRectFilled(ImVec2(0, b.top), ImVec2(v.header_width, b.bottom), to_imgui(canvas.colour("background-top"), 0.92f));
    dl->AddRectFilled(ImVec2(0, b.top + 1), ImVec2(7 * s, b.bottom - 1), to_imgui(colour));
    std::string title = story.lanes[lane.lane].title;
    if (title.empty() && lane.person >= 0) title = story.people[lane.person].name;
    if (lane.person >= 0 && !known) title.clear();
    // Each line only while it fits in the band: a short lane shows her name, then what room allows.
    canvas.push_frame(ImVec2(0, b.top), ImVec2(v.header_width, b.bottom));
    // Her name as large as the band holds it, measured (lanes squeezed by the diagnostics panel
    // at 150% are shorter than an OpenDyslexic name's line).
    float heading = canvas.theme().size("heading") * s * 0.8f;
    const float band_room = b.bottom - b.top - 4 * s;
    // Measured again after each step: a font's line does not shrink in proportion to its size
    // (sizes are opened rounded; Andika's was 50 px in a 46 px room after one step).
    for (int i = 0; i < 4 && band_room > 0; ++i) {
      float line = canvas.line_height("serif", heading);
      if (line <= band_room) break;
      heading *= band_room / line * (i == 0 ? 1.0f : 0.97f);
    }
    float x = 20 * s,
          y = std::clamp(b.marker_y - canvas.theme().size("heading") * s * 0.62f, b.top + 2 * s,
                         std::max(b.top + 2 * s, b.bottom - 2 * s - canvas.line_height("serif", heading)));
    if (!title.empty())
      canvas.text_fit("serif", heading, title, ImVec2(x, y), v.header_width - x - 6 * s, lighten(colour, 0.45f));
    y += std::max(canvas.theme().size("heading") * s * 1.0f, canvas.measure("serif", heading, "Ag").y);
    float small = canvas.theme().size("small") * s;
    const float small_h = canvas.measure("sans", small, "Ag").y;
    auto fits = [&](float h) { return y + h <= b.bottom - 2 * s; };
    if (lane.person >= 0) {
      const Person& p = story.people[lane.person];
      // As written ("c. 1950"), unless written relative to a moment ("same time as ivy-born"):
      // then the year it works out to, in the words every screen uses.
      std::string born;
      if (p.born && known) {
        const std::string& text = p.born->text;
        bool relative = text.find(" after ") != std::string::npos || text.find(" before ") != std::string::npos ||
                        text.find("same time as") != std::string::npos;
        born = "born " + (relative ? when_short(*p.born) : text.substr(0, text.find(" \u00b1")));
      }
      std::string generation = p.generation > 0 ? "generation " + std::to_string(p.generation) : "";
      const float step = std::max(small * 1.45f, small_h);
      // At 150% and 200% a third line would fall below the lane: the year joins the generation's
      // line when that fits the header, else it waits for the card.
      if (!generation.empty() && !born.empty() && !fits(step + small_h)) {
        std::string both = generation + "  \u00b7  " + born;
        if (x + canvas.measure("sans", small, both).x <= v.header_width - 6 * s) generation = both;
        born.clear();
      }
      if (!generation.empty() && fits(small_h)) {
        canvas.text("sans", small, generation, ImVec2(x, y), canvas.colour("muted"), Align::Left, 0.9f);
        y += step;
      }
      if (!born.empty() && fits(small_h))
        canvas.text("sans", small, born, ImVec2(x, y), canvas.colour("muted"), Align::Left, 0.9f);
      y += step;
    }
    if (!lane.others.empty() && fits(small_h)) {
      // Say partners and children apart: "husband Frank, brother Davy", never a bare "with".
      std::vector<int> named;
      for (int other : lane.others)
        if (!v.model.person_veiled[other]) named.push_back(other);
      std::string with = company_line(story, known ? lane.person : -1, named, v.model.veiled);
      // Wrapped while the band has room for its lines, else one line ending in "…" (the card says it whole).
      const float width = v.header_width - x - 10 * s;
      if (!named.empty() && fits(canvas.wrapped_height("serif-italic", small, with, width)))
        canvas.text_wrapped("serif-italic", small, with, ImVec2(x, y), width, canvas.colour("muted"), Align::Left, 0.85f);
      else if (!named.empty())
        canvas.text_fit("serif-italic", small, with, ImVec2(x, y), width, canvas.colour("muted"), Align::Left, 0.85f);
    }
    canvas.pop_frame();
  }
  dl->AddLine(ImVec2(v.header_width, v.lanes_top), ImVec2(v.header_width, v.lanes_bottom), to_imgui(canvas.colour("grid")), 1.0f);
}

void TimelineScene::draw_moments(Canvas& canvas, const Story& story) {
  TimelineView& v = view_;
  ImDrawList* dl = canvas.list();
  const float s = v.s;
  const TimelineCamera& cam = v.camera;
  float lo = cam.plot_left(), hi = v.plot_right;
  float title_size = canvas.theme().size("label") * s, date_size = canvas.theme().size("small") * s;
  Colour text = canvas.colour("text"), muted = canvas.colour("muted"), accent = canvas.colour("accent"),
         veil = canvas.colour("veil");
  dl->PushClipRect(ImVec2(lo - 12 * s, v.lanes_top), ImVec2(v.plot_right + 12 * s, v.lanes_bottom), true);
  for (int r = 0; r < static_cast<int>(v.model.lanes.size()); ++r) {
    const LaneBand& b = v.bands[r];
    double shift = lane_shift(v.model, r, v.align_amount);
    const TimelineLane& lane = v.model.lanes[r];
    Colour colour = lane.person >= 0 ? story.people[lane.person].colour : muted;
    colour.a = 255;
    Colour bright = lighten(colour, 0.3f);
    auto [first, last] = visible_items(v.labels, r, cam, shift, lo, hi, v.max_label_width);
    struct PlacedLabel {
      int item;
      float x, rad;
      Box placed, box;
      bool shown = true;
    };
    std::vector<PlacedLabel> labels;
    // Uncertainty first, under everything: soft bars fading towards the earliest and latest.
    for (int i = first; i < last; ++i) {
      const TimelineItem& it = v.labels.items[i];
      if (it.cluster()) continue;
      int mo = it.moments[0];
      if (v.model.veiled[mo]) continue;
      bool focus = mo == v.selected || i == v.hovered;
      Box bar = uncertainty_box(story.moments[mo].when, shift, cam, b.marker_y, (focus ? 7.0f : 5.0f) * s);
      if (bar.x1 <= bar.x0) continue;
      float cx = std::clamp(static_cast<float>(item_x(cam, it, shift)), bar.x0, bar.x1);
      float a = focus ? 0.45f : 0.14f;
      ramp(dl, bar.x0, cx, bar.y0, bar.y1, bright, 0, a);
      ramp(dl, cx, bar.x1, bar.y0, bar.y1, bright, a, 0);
    }
    for (int i = first; i < last; ++i) {
      const TimelineItem& it = v.labels.items[i];
      float x = static_cast<float>(item_x(cam, it, shift));
      float y = b.marker_y;
      bool hovered = i == v.hovered;
      if (it.cluster()) {
        float hw = it.half_width, hh = m_marker_half(s);
        if (x + hw > hi + 10 * s) continue;  // a badge cut by the card or the edge would show half a count
        if (std::find(it.moments.begin(), it.moments.end(), v.selected) != it.moments.end())
          dl->AddRect(ImVec2(x - hw - 4 * s, y - hh - 4 * s), ImVec2(x + hw + 4 * s, y + hh + 4 * s), to_imgui(accent),
                      hh + 4 * s, 0, 2.2f * s);
        dl->AddRectFilled(ImVec2(x - hw, y - hh), ImVec2(x + hw, y + hh), to_imgui(colour, hovered ? 0.95f : 0.75f), hh);
        dl->AddRect(ImVec2(x - hw, y - hh), ImVec2(x + hw, y + hh), to_imgui(bright), hh, 0, 1.5f * s);
        // The count inside its own lane, as measured (a lane squeezed at 150% is shorter than a
        // reading font's line: the count is set smaller rather than over the next lane's).
        float count_size = date_size;
        for (int k = 0; k < 4; ++k)
          if (float line = canvas.line_height("sans", count_size); line > b.bottom - b.top - 2 * s)
            count_size *= (b.bottom - b.top - 2 * s) / line * 0.98f;
        const float count_line = canvas.line_height("sans", count_size);
        canvas.text("sans", count_size, std::to_string(it.moments.size()),
                    ImVec2(x, std::clamp(y - count_line * 0.5f, b.top + 1 * s, std::max(b.top + 1 * s, b.bottom - 1 * s - count_line))),
                    text, Align::Centre);
        continue;
      }
      int mo = it.moments[0];
      bool veiled = v.model.veiled[mo];
      bool selected = mo == v.selected;
      float rad = v.metrics.marker_radius * (hovered ? 1.2f : 1.0f);
      if (selected) {
        dl->AddLine(ImVec2(x, b.top + 4 * s), ImVec2(x, b.bottom - 4 * s), to_imgui(accent, 0.22f), 1.5f * s);
        dl->AddCircleFilled(ImVec2(x, y), rad + 7 * s, to_imgui(accent, 0.18f), 32);
        dl->AddCircle(ImVec2(x, y), rad + 5 * s, to_imgui(accent), 32, 2.2f * s);
      }
      if (veiled) {
        dl->AddCircleFilled(ImVec2(x, y), rad, to_imgui(canvas.colour("background"), 1.0f), 24);
        dl->AddCircle(ImVec2(x, y), rad, to_imgui(veil, 0.9f), 24, 1.5f * s);
        dl->AddCircleFilled(ImVec2(x, y), 2.0f * s, to_imgui(veil, 0.9f), 12);
        continue;
      }
      bool approximate = story.moments[mo].when.approximate;
      dl->AddCircleFilled(ImVec2(x, y), rad, to_imgui(approximate ? colour : bright), 24);
      dl->AddCircle(ImVec2(x, y), rad, to_imgui(lighten(colour, 0.55f)), 24, 1.6f * s);
      if (it.label_row < 0) continue;
      Box box = label_box(it, x, b, v.metrics);
      if (box.x0 > hi || box.x1 < lo) continue;
      labels.push_back({i, x, rad, box, box});
    }
    // A label reaching past the plot's edge slides back inside it, beside its marker, where that
    // leaves its row's other labels clear; otherwise it is left out (its card has it whole).
    // Never drawn cut by the edge or over another label.
    for (PlacedLabel& l : labels) {
      float w = l.box.x1 - l.box.x0;
      if (l.box.x0 < lo) l.box.x0 = lo, l.box.x1 = lo + w;
      if (l.box.x1 > hi) l.box.x1 = hi, l.box.x0 = hi - w;
      l.shown = l.box.x0 >= lo - 0.5f && l.box.x1 <= hi + 0.5f && l.box.x0 <= l.x && l.box.x1 >= l.x;
    }
    for (PlacedLabel& l : labels) {
      if (!l.shown || (l.box.x0 == l.placed.x0)) continue;
      for (const PlacedLabel& o : labels)
        if (&o != &l && o.shown && v.labels.items[o.item].label_row == v.labels.items[l.item].label_row &&
            l.box.x0 < o.box.x1 + v.metrics.label_gap * 0.5f && o.box.x0 < l.box.x1 + v.metrics.label_gap * 0.5f)
          l.shown = false;
    }
    for (const PlacedLabel& l : labels) {
      if (!l.shown) continue;
      const TimelineItem& it = v.labels.items[l.item];
      int mo = it.moments[0];
      bool selected = mo == v.selected, hovered = l.item == v.hovered;
      Box box = l.box;
      float y = b.marker_y;
      if (it.label_row > 0)
        dl->AddLine(ImVec2(l.x, y + l.rad + 2 * s), ImVec2(l.x, box.y0 + 2 * s), to_imgui(colour, 0.6f), 1.0f * s);
      // Theme strands pass beneath a label, not through its words.
      if (v.strands)
        dl->AddRectFilled(ImVec2(box.x0 - 4 * s, box.y0), ImVec2(box.x1 + 4 * s, box.y0 + title_size * 1.35f),
                          to_imgui(canvas.colour("background"), 0.78f), 4 * s);
      const std::string& title = it.shortened ? v.short_titles[mo] : story.moments[mo].title;
      ImVec2 ext = canvas.text("serif", title_size, title, ImVec2(box.x0, box.y0), selected ? accent : text,
                               Align::Left, hovered || selected ? 1.0f : 0.92f);
      // On the title's baseline, roughly, but never reaching below the title's line into the next row.
      float date_drop = std::min((title_size - date_size) * 0.75f, ext.y - canvas.line_height("sans", date_size));
      canvas.text("sans", date_size, v.dates[mo], ImVec2(box.x0 + ext.x + 10 * s, box.y0 + std::max(0.0f, date_drop)),
                  muted, Align::Left, 0.9f);
    }
  }
  dl->PopClipRect();
}

float TimelineScene::m_marker_half(float s) { return 11 * s; }

void TimelineScene::draw_echoes(Canvas& canvas, const Story& story) {
  TimelineView& v = view_;
  if (v.selected < 0 || v.model.veiled[v.selected]) return;
  ImDrawList* dl = canvas.list();
  const float s = v.s;
  auto point = [&](int moment) {
    int item = v.labels.item_of_moment[moment];
    int row = v.model.row_of_moment[moment];
    double shift = lane_shift(v.model, row, v.align_amount);
    return ImVec2(static_cast<float>(item_x(v.camera, v.labels.items[item], shift)), v.bands[row].marker_y);
  };
  if (v.labels.item_of_moment.size() != story.moments.size() || v.labels.item_of_moment[v.selected] < 0) return;
  if (v.labels.items[v.labels.item_of_moment[v.selected]].cluster()) return;  // arcs start from a moment, not a count
  Colour accent = canvas.colour("accent");
  dl->PushClipRect(ImVec2(v.camera.plot_left() - 12 * s, v.lanes_top - 20 * s), ImVec2(v.plot_right + 12 * s, v.lanes_bottom), true);
  ImVec2 p0 = point(v.selected);
  for (int e : echoes_of(story, v.model, v.selected)) {
    if (v.labels.item_of_moment[e] < 0) continue;
    ImVec2 p1 = point(e);
    float lo = v.camera.plot_left(), hi = v.plot_right;
    if (p1.x < lo || p1.x > hi) {
      // Off screen: the arc leads to the edge, where the echo is named (click it in the card).
      bool left = p1.x < lo;
      p1.x = left ? lo + 4 * s : hi - 4 * s;
      std::string name = (left ? "\u2039 " : "") + story.moments[e].title + (left ? "" : " \u203a");
      canvas.text("serif-italic", canvas.theme().size("small") * s, name, ImVec2(p1.x + (left ? 6 : -6) * s, p1.y - 30 * s),
                  accent, left ? Align::Left : Align::Right);
    }
    Arc arc = echo_arc(p0.x, p0.y - 8 * s, p1.x, p1.y - 8 * s);
    dl->AddBezierQuadratic(ImVec2(arc.x0, arc.y0), ImVec2(arc.cx, arc.cy), ImVec2(arc.x1, arc.y1), to_imgui(accent, 0.28f),
                           6.0f * s, 48);
    dl->AddBezierQuadratic(ImVec2(arc.x0, arc.y0), ImVec2(arc.cx, arc.cy), ImVec2(arc.x1, arc.y1), to_imgui(accent, 0.9f),
                           1.8f * s, 48);
    dl->AddCircle(p1, v.metrics.marker_radius + 5 * s, to_imgui(accent, 0.9f), 32, 1.8f * s);
  }
  dl->PopClipRect();
}

void TimelineScene::draw_strands(Canvas& canvas, const Story& story) {
  TimelineView& v = view_;
  ImDrawList* dl = canvas.list();
  const float s = v.s;
  float lo = v.camera.plot_left(), hi = v.plot_right;
  dl->PushClipRect(ImVec2(lo, v.lanes_top), ImVec2(hi, v.lanes_bottom), true);
  std::vector<int> shown;
  int index = 0;
  // Only the stretch of each strand about the screen, so a frame costs what is visible, not the
  // story's length: a strand is chronological (unshifted dates) and a lane's shift moves a moment
  // by at most [min_shift, max_shift], so every segment that can cross the plot lies between the
  // last moment before that window and the first one after it.
  double min_shift = 0, max_shift = 0;
  for (int r = 0; r < static_cast<int>(v.model.lanes.size()); ++r) {
    double shift = lane_shift(v.model, r, v.align_amount);
    min_shift = std::min(min_shift, shift);
    max_shift = std::max(max_shift, shift);
  }
  const double window_from = v.camera.to_time(lo) - max_shift, window_to = v.camera.to_time(hi) - min_shift;
  auto date_of = [&](int mo) { return story.moments[mo].when.estimate; };
  for (const ThemeStrand& strand : v.model.strands) {
    Colour c = story.themes[strand.theme].colour;
    float offset = (static_cast<float>(index++) - v.model.strands.size() * 0.5f) * 2.5f * s;  // side by side
    ImVec2 prev;
    bool have = false, visible = false;
    auto first = std::lower_bound(strand.moments.begin(), strand.moments.end(), window_from,
                                  [&](int mo, double t) { return date_of(mo) < t; });
    auto last = std::upper_bound(first, strand.moments.end(), window_to, [&](double t, int mo) { return t < date_of(mo); });
    if (first != strand.moments.begin()) --first;
    if (last != strand.moments.end()) ++last;
    for (auto at = first; at != last; ++at) {
      int mo = *at;
      int row = v.model.row_of_moment[mo];
      float x = static_cast<float>(v.camera.to_x(story_time_placed(mo)));
      ImVec2 p(x, v.bands[row].marker_y + offset);
      if (have && std::fabs(p.x - prev.x) + std::fabs(p.y - prev.y) < 2.0f) continue;
      if (have && !((p.x < lo && prev.x < lo) || (p.x > hi && prev.x > hi))) {
        float dx = (p.x - prev.x) * 0.5f;
        dl->AddBezierCubic(prev, ImVec2(prev.x + dx, prev.y), ImVec2(p.x - dx, p.y), p, to_imgui(c, 0.8f), 2.4f * s, 24);
        visible = true;
      }
      prev = p;
      have = true;
    }
    if (visible) shown.push_back(strand.theme);
  }
  dl->PopClipRect();
  // The legend: which colour is which theme. Every strand drawn is named: one row at the small
  // size when it fits, else two rows of smaller type, else as many as fit and "+N more".
  float size = canvas.theme().size("small") * s, gap = 46 * s;
  float total = 0;
  for (int t : shown) total += 22 * s + canvas.measure("sans", size, story.themes[t].name).x + gap;
  int rows = 1;
  if (total > v.plot_right - lo) {
    size *= 0.8f;
    gap = 28 * s;
    rows = 2;
  }
  float row_height = std::max(size * 1.25f, canvas.line_height("sans", size));
  float x = lo, y = v.lanes_bottom + (rows == 1 ? 10 * s : 4 * s);
  int row = 0, drawn = 0;
  for (int t : shown) {
    const Theme& theme = story.themes[t];
    float w = 22 * s + canvas.measure("sans", size, theme.name).x;
    if (x + w > v.plot_right && x > lo && ++row < rows) {
      x = lo;
      y += row_height;
    }
    if (row >= rows || x + w > v.plot_right) break;
    dl->AddRectFilled(ImVec2(x, y + size * 0.35f), ImVec2(x + 16 * s, y + size * 0.35f + 4 * s), to_imgui(theme.colour), 2 * s);
    canvas.text("sans", size, theme.name, ImVec2(x + 22 * s, y), canvas.colour("muted"));
    x += w + gap;
    ++drawn;
  }
  if (drawn < static_cast<int>(shown.size()))
    canvas.text("sans", size, "+" + std::to_string(shown.size() - drawn) + " more", ImVec2(std::min(x, v.plot_right - 90 * s), y),
                canvas.colour("muted"));
}

void TimelineScene::draw_minimap(Canvas& canvas, const Story& story) {
  TimelineView& v = view_;
  ImDrawList* dl = canvas.list();
  const float s = v.s;
  float left = v.camera.plot_left(), width = v.camera.plot_width();
  Minimap mm = minimap_strip();
  double from = mm.from, to = mm.to;
  dl->AddRectFilled(ImVec2(left, v.minimap_top), ImVec2(left + width, v.minimap_bottom), to_imgui(Colour{255, 255, 255, 10}),
                    4 * s);
  // Moments per column, counted when the story, size or alignment changes (not per frame).
  int columns = std::max(1, static_cast<int>(width / (3 * s)));
  int lanes = static_cast<int>(v.model.lanes.size());
  if (static_cast<int>(v.minimap_density.size()) != lanes || (lanes && static_cast<int>(v.minimap_density[0].size()) != columns) ||
      v.minimap_from != from || v.minimap_to != to) {
    v.minimap_density.assign(lanes, std::vector<int>(columns, 0));
    v.minimap_from = from;
    v.minimap_to = to;
    for (int r = 0; r < lanes; ++r)
      for (int mo : v.model.lanes[r].moments) {
        double t = story.moments[mo].when.estimate + (v.align ? v.model.lanes[r].shift : 0.0);
        int c = static_cast<int>((mm.to_x(t) - left) / width * columns);
        if (c >= 0 && c < columns) ++v.minimap_density[r][c];
      }
  }
  float row_h = (v.minimap_bottom - v.minimap_top - 6 * s) / std::max(1, lanes);
  for (int r = 0; r < lanes; ++r) {
    const TimelineLane& lane = v.model.lanes[r];
    Colour c = lane.person >= 0 ? story.people[lane.person].colour : canvas.colour("muted");
    c.a = 255;
    float y = v.minimap_top + 3 * s + row_h * r;
    for (int col = 0; col < columns; ++col) {
      int n = v.minimap_density[r][col];
      if (!n) continue;
      float x = left + (col + 0.5f) * width / columns;
      float a = std::min(1.0f, 0.55f + 0.15f * std::log2(static_cast<float>(n)));
      dl->AddRectFilled(ImVec2(x - 1.2f * s, y + 1), ImVec2(x + 1.2f * s, y + row_h - 1), to_imgui(lighten(c, 0.25f), a));
    }
  }
  Colour accent = canvas.colour("accent");
  dl->AddRectFilled(ImVec2(mm.window_x0, v.minimap_top), ImVec2(mm.window_x1, v.minimap_bottom), to_imgui(accent, 0.12f), 3 * s);
  dl->AddRect(ImVec2(mm.window_x0, v.minimap_top), ImVec2(mm.window_x1, v.minimap_bottom), to_imgui(accent, 0.55f), 3 * s, 0,
              1.2f * s);
}

}  // namespace lineage
