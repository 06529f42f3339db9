// The generational timeline (issue 5): four lanes, pan and zoom, keyboard and clicker stepping,
// the moment card, uncertain dates, echoes, theme strands and "align by motherhood".
// All layout comes from engine/core/layout/timeline_*; this scene only draws and translates
// input. Split by feature: timeline_scene.cpp (input, state), timeline_draw.cpp (the canvas),
// timeline_panels.cpp (toolbar and moment card, ImGui).
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/scene.hpp"
#include "core/runtime/care.hpp"
#include "core/layout/timeline_geometry.hpp"

namespace lineage {

// The timeline's view state: one small struct, owned by the scene, rebuilt from AppState.
struct TimelineView {
  TimelineCamera camera;
  // The model and the labels, with what they were built from (rebuilt when any changes).
  std::shared_ptr<const Story> story;  // the story the model was built from
  int built_version = -1;
  std::string built_milestone;
  TimelineModel model;
  std::vector<LabelText> text;            // label widths per moment
  std::vector<std::string> short_titles;  // per moment
  std::vector<std::string> dates;         // per moment: "c. 1950" / "1950"
  float text_size = 0;                    // the label size the widths were measured at
  TimelineLabels labels;
  LabelMetrics metrics;
  std::vector<LaneBand> bands;
  float max_label_width = 0;
  std::vector<std::vector<int>> minimap_density;  // per lane: moments per minimap column
  double minimap_from = 0, minimap_to = 0;        // the span the density was counted over

  // Screen layout (logical pixels), set each frame from the canvas size.
  float s = 1;  // type and spacing scale
  float top = 0, header_width = 0, plot_right = 0, lanes_top = 0, lanes_bottom = 0;
  float minimap_top = 0, minimap_bottom = 0, card_width = 0;
  float toolbar_height = 0;  // the toolbar's last height: one row, or two at a large scale in a small window
  float width = 0, height = 0;

  int selected = -1;  // moment index (kept in AppState by id)
  int hovered = -1;   // item index
  bool card_open = false;
  bool focus_card = false;  // Tab: the card's first answer field takes the keyboard next frame
  bool align = false, strands = false, telling = false;
  double align_progress = 0, align_amount = 0;  // animated 0..1 (linear, and eased)
  bool need_fit = true, need_reveal = false;
  // Content care on the card, as in story mode: the reader's kept choices and notes (from the
  // journal), what she chose this session, and whether she asked to keep the next choice.
  CarePreferences care;
  std::map<std::string, CareChoice> chosen;
  bool care_remember = false;
  bool pressed = false, press_in_minimap = false, press_in_plot = false, moved = false;
  float press_x = 0, press_y = 0;
};

// The timeline's named actions (its letter keys, toolbar buttons and menu items).
inline constexpr const char* kAlign = "timeline.align";
inline constexpr const char* kStrands = "timeline.strands";
inline constexpr const char* kTellingOrder = "timeline.telling-order";
// The card's content-care choices for the selected moment (show / gentle summary / skip), the
// "remember my choice" box, and choosing again.
inline constexpr const char* kCareShow = "timeline.care.show";
inline constexpr const char* kCareGentle = "timeline.care.gentle";
inline constexpr const char* kCareSkip = "timeline.care.skip";
inline constexpr const char* kCareRemember = "timeline.care.remember";
inline constexpr const char* kCareAgain = "timeline.care.again";

class TimelineScene : public Scene {
 public:
  std::vector<KeyBinding> bindings() const override {
    return {{'a', kAlign, "Align by motherhood"}, {'t', kStrands, "Theme strands"}, {'o', kTellingOrder, "Telling order"}};
  }
  void enter(AppState& state) override;
  void story_changed(AppState& state) override;
  void handle(const Command& command, AppState& state) override;
  bool update(double dt, AppState& state) override;
  void draw(Canvas& canvas, AppState& state) override;
  std::string voiced_summary(const AppState& state) const override;

  // For tests and the benchmark: what the reader sees selected and whether the card is open.
  const TimelineView& view() const { return view_; }
  std::string selected_title(const AppState& state) const;

 private:
  void rebuild(Canvas& canvas, AppState& state);
  void select(int moment, AppState& state, bool reveal);
  void reveal(int moment, AppState& state, bool animate);
  // What Home shows: the whole span (plain or aligned), with room for the last labels. The
  // minimap maps the same span, so at Home its ticks sit under the markers.
  TimeView home_view() const;  // Home: the whole story, with room for the last labels
  // home_view's answer for the size, mode and story it was computed for (it walks every moment).
  struct HomeCache {
    float plot_width = -1;
    bool align = false;
    int version = -1;
    std::string milestone;
    float text_size = 0;
    TimeView view;
  };
  mutable HomeCache home_cache_;
  Minimap minimap_strip() const;
  void fit(AppState& state, bool animate);
  void zoom(double factor, float x, AppState& state);
  void click(float x, float y, int clicks, AppState& state);
  void set_align(bool on, AppState& state);
  // What the card does with the selected moment: a choice, or nullopt while it must ask.
  std::optional<CareChoice> card_care(const AppState& state) const;
  void choose_care(CareChoice choice, AppState& state);
  std::vector<double> shifts() const;
  // A moment's placed story time, with the current (or the given) align amount.
  double story_time_placed(int moment, double align = -1) const {
    return placed_time(*view_.story, view_.model, moment, align < 0 ? view_.align_amount : align);
  }
  bool animate(const AppState& state) const { return !state.settings.reduced_motion; }

  // timeline_draw.cpp
  void draw_background(Canvas& canvas, const Story& story);
  void draw_axis(Canvas& canvas);
  void draw_lanes(Canvas& canvas, const Story& story);
  void draw_strands(Canvas& canvas, const Story& story);
  void draw_moments(Canvas& canvas, const Story& story);
  void draw_echoes(Canvas& canvas, const Story& story);
  void draw_minimap(Canvas& canvas, const Story& story);
  static float m_marker_half(float s);  // a cluster badge's half height
  // timeline_panels.cpp
  void draw_toolbar(AppState& state);
  void draw_card(AppState& state);

  TimelineView view_;
};

std::unique_ptr<Scene> make_timeline_scene();

}  // namespace lineage
