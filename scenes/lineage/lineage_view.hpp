// The lineage scene's own view state and its drawing parts, one file per feature:
// lineage_scene.cpp (input, rebuilding), lineage_diagram.cpp (the genogram), lineage_legend.cpp
// (header, legend, cycle caption), lineage_panels.cpp (person card, time bar). Scenes only draw
// and map input: all geometry comes from engine/core/layout/genogram_*.
#pragma once

#include <climits>
#include <string>
#include <vector>

#include "app/app_state.hpp"
#include "core/layout/genogram_layout.hpp"
#include "core/layout/genogram_lines.hpp"
#include "core/layout/genogram_style.hpp"
#include "core/layout/genogram_time.hpp"
#include "core/layout/genogram_view.hpp"
#include "core/layout/genogram_words.hpp"
#include "core/model/when_words.hpp"
#include "core/runtime/care.hpp"
#include "platform/canvas.hpp"

namespace lineage {

// The lineage view's named actions: its letter keys, buttons and checkboxes post these.
inline constexpr const char* kPattern = "lineage.pattern";
inline constexpr const char* kCycle = "lineage.cycle";
inline constexpr const char* kLegend = "lineage.legend";
inline constexpr const char* kTimeMode = "lineage.time";

// How the legend is set (lineage_legend.cpp): its type, one column or two, full words or the
// compact form, and how many entries are shown (the rest are counted on a last line).
struct LegendPlan {
  float k = 1;
  float heading = 1;  // the heading's type: as the entries', but in the last resort smaller still
  int columns = 1;
  bool compact = false;
  int shown = 0;
  int split = 0;      // with two columns: the first entry of the second
};

struct LineageView {
  // What the layout was built from: rebuilt when either changes, never per frame.
  int story_version = -1;
  int limit = INT_MIN;
  GenogramLayout layout;
  float spread = 1;                 // the layout's gaps between people times this: widened to the diagram's shape
  std::vector<BondRoute> routes;
  std::vector<int> chain;           // Story::parents indices, mother to daughter
  std::vector<int> stops;           // time slider: visible moments in story-time order
  int stop = -1;                    // index into stops
  FamilyAt family;
  GenogramStyle style;
  bool style_loaded = false;

  GenogramCamera camera;
  bool auto_fit = true;             // follow the window until the reader pans or zooms
  GRect diagram;                    // screen rect the diagram fits in (this frame)
  float header_scale = 1;           // the heading's type, smaller when the window is short of room
  float time_bar_needed = 0;        // the time bar's height as last drawn (its row may wrap at large scales)
  float unit = 1;                   // interface scale for this window size

  CarePreferences care;             // the reader's content-care choices (loaded on entering)

  int selected = -1;                // Story person index
  int voiced = -1;                  // the person self-voicing last read (lineage_panels.cpp)
  int hover = -1;
  bool card_open = false;
  bool legend = true;
  bool pattern = false;
  bool cycle = false;               // stepping through the pattern, one link at a time
  int cycle_step = 0;               // index into chain
  bool time_mode = false;           // Left/Right move through time
  float pattern_glow = 0;           // 0..1, eases in when the pattern is turned on
  bool pressed = false;
  float drag = 0;                   // distance dragged since the press
  GPoint press_at;
  std::vector<BondWordsPlaced> bond_words;  // where each bond's words went in the last frame
  // The key under the diagram: the words of bonds shown by a numbered marker on their line (no
  // room beside it). Its rows are kept while the diagram's frame stays as it is (a row more is
  // made when needed, the next frame); a new frame (a resize, the card, the time) starts again.
  int key_rows = 0;
  int key_max_rows = 1;             // never more than an eighth of the diagram's height (none on a small one)
  int key_growths = 0;              // times the strip grew for this frame of the diagram (twice at most)
  bool key_grew = false;            // a frame is wanted to make room for a longer key
  std::vector<float> key_for;       // what the key's rows were made for (the diagram's frame, the time, the type)
  float key_height = 0;             // the strip under the diagram that the key takes, this frame
  // The legend's plans, each with what it was made for (the column, the time, the type): made
  // again only when one of those changes, never per frame.
  std::vector<std::pair<std::vector<float>, LegendPlan>> legend_plans;
  float legend_words_px = 0;        // the legend's words' type as last drawn (0: no legend drawn)

  // The chain links a reader may see now (both people present, moment reached).
  std::vector<int> visible_chain() const {
    std::vector<int> out;
    for (int link : chain)
      if (link < static_cast<int>(family.link_labelled.size()) && family.link_labelled[link]) out.push_back(link);
    return out;
  }
};

// Shared by the parts: a person's years, as far as the facts give them at this time.
std::string person_years(const Person& person, bool deceased);
ImU32 colour_u32(Colour c, float alpha = 1.0f);

void draw_diagram(Canvas& canvas, AppState& state, LineageView& view);
// The key's type and the height of one of its rows (and of a marker on a line).
float bond_key_type(const Canvas& canvas, const LineageView& view);
float bond_key_row(Canvas& canvas, const LineageView& view);
// The bonds' words near their lines (lineage_bond_words.cpp), clear of `people` (symbols, names,
// years, the generations' names); `small` is the diagram's small type, `dim` the pattern's fade.
void draw_bond_words(Canvas& canvas, AppState& state, LineageView& view, const std::vector<GRect>& people, float small,
                     float dim);
void draw_header_and_legend(Canvas& canvas, AppState& state, LineageView& view, float left_width);
// Whether the heading and every legend entry fit a column `width` wide whose diagram ends at
// `bottom` in one column of full words at (nearly) the designed type; if not, the legend falls
// back to smaller type, two columns, then lines named by name alone (lineage_legend.cpp).
bool legend_fits_plainly(Canvas& canvas, const AppState& state, LineageView& view, float width, float bottom);
// The least size, in pixels, the legend's words are set at: below it they are hard to read.
inline constexpr float kLeastLegendPx = 12;
// How tall the heading (whose family, and when) is, wrapped to `width` (0: half the window), as
// draw_header_and_legend draws it above the diagram when the legend column is hidden.
float header_height(Canvas& canvas, const AppState& state, const LineageView& view, float width);
// The widest line of that heading, as drawn there.
float header_width(Canvas& canvas, const AppState& state, const LineageView& view);
void draw_cycle_caption(Canvas& canvas, AppState& state, LineageView& view);
void draw_time_bar(AppState& state, LineageView& view, float x0, float x1, float height);
void draw_person_card(AppState& state, LineageView& view, float x0, float width);
void set_stop(AppState& state, LineageView& view, int stop);

}  // namespace lineage
