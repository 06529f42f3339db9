// Story mode's scene, split by feature like Tracy's views: story_scene.cpp (commands, timing,
// saving), story_beat.cpp (narration, lines, quotes, lenses), story_prompt.cpp (prompts and the
// "What happened?" game), story_care.cpp (the content-care card), story_reading.cpp ("Your
// reading"), story_panels.cpp (history, chapters, content notes). The runtime in engine/core
// owns the story state; this class holds only view state and never edits the model.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "app/scene.hpp"
#include "core/runtime/evidence.hpp"
#include "core/runtime/story_journal.hpp"
#include "core/runtime/story_runtime.hpp"
#include "core/settings/theme.hpp"

namespace lineage {

struct TableauFrame;  // scenes/tableaux/tableau.hpp

// How visible a beat's text is, `seconds` after the reader reached it. Never empty: a reader
// (or a teacher's clicker) who presses on sees the words at once, at least mostly there; an
// authored pause before the beat only makes them settle more slowly. 1 with reduced motion.
float caption_opacity(double seconds, double pause_before, bool reduced_motion);

// Something on screen a click can choose.
struct StoryHit {
  enum class Kind { Option, Confidence, Lens, Care, Remember, Replay };
  ImVec2 min, max;
  Kind kind = Kind::Option;
  int value = 0;
  std::string text;
};

// Sizes for one frame, from the canvas: everything scales with the window (projectors).
struct StoryLayout {
  float s = 1;                 // scale
  ImVec2 size;
  float top = 0;               // below the menu bar
  float x0 = 0, x1 = 0;        // the page between the open panels (history and notes left, chapters right)
  float panel_width = 0;       // each side column's width while its panels are open
  ImVec2 picture_min, picture_max;
  float text_left = 0, text_width = 0, text_top = 0;
  float body = 0, small = 0, label = 0, heading = 0;
  // The key lines at the foot, wrapped to the page, and where the first of them starts: the
  // page's words stop above it, measured (the lines wrap to two or three at 150%).
  std::vector<std::string> foot_lines;
  float foot_step = 0, foot_top = 0;
};

// What story mode would say now, and in whose voice (story_speech.cpp).
struct StorySpeech {
  std::string words, role;
  bool may_advance = false;  // a narrative beat: its end may move on (if the reader asked)
};

// Story mode's named actions (its letter keys).
inline constexpr const char* kStoryHistory = "story.history";
inline constexpr const char* kStoryChapters = "story.chapters";
inline constexpr const char* kStoryNotes = "story.notes";
inline constexpr const char* kStoryPicture = "story.picture-only";
inline constexpr const char* kStoryLens = "story.next-lens";
inline constexpr const char* kStoryKeep = "story.remember-or-replay";
inline constexpr const char* kStoryFresh = "story.play-fresh";
inline constexpr const char* kStoryRead = "story.read-aloud";
// Actions of story mode's panels, with Command::value saying which one.
inline constexpr const char* kStoryRollback = "story.rollback-to";  // a step of the history
inline constexpr const char* kStoryJump = "story.jump-to";          // a moment (index)
inline constexpr const char* kStoryOrder = "story.order";           // 0 story time, 1 telling

class StoryScene : public Scene {
 public:
  std::vector<KeyBinding> bindings() const override {
    return {{'h', kStoryHistory, "History"},          {'c', kStoryChapters, "Chapters"},
            {'n', kStoryNotes, "Content notes"},      {'t', kStoryPicture, "Picture only"},
            {'l', kStoryLens, "Next account"},        {'r', kStoryKeep, "Remember my choice / play again"},
            {'f', kStoryFresh, "Play again, fresh"},  {'v', kStoryRead, "Read aloud"}};
  }
  void enter(AppState& state) override;
  void story_changed(AppState& state) override;
  void handle(const Command& command, AppState& state) override;
  bool update(double dt, AppState& state) override;
  void draw(Canvas& canvas, AppState& state) override;
  std::string voiced_summary(const AppState& state) const override;

 private:
  // story_scene.cpp
  void ensure_runtime(AppState& state);
  void save(AppState& state);             // progress + answers + care settings, when changed
  void moved();                           // a new beat: restart the reveal
  void next(AppState& state);
  void choose_step(int delta, AppState& state);   // Up/Down on a prompt or card
  void confidence_step(int delta);                // +/- on an evidence prompt
  void click(const StoryHit& hit, AppState& state);
  bool go_to(const Command& command);  // the history, chapter and order panels' actions
  float reveal() const;                   // 0..1 for the current beat's text

  // story_speech.cpp
  StorySpeech spoken_now() const;
  void speak_if_moved(AppState& state);  // after a move: read the new beat, or stop reading
  void read_aloud(AppState& state);      // V

  // story_beat.cpp
  StoryLayout layout(Canvas& canvas, const AppState& state) const;
  void draw_picture(Canvas& canvas, const StoryLayout& l, const AppState& state);
  void draw_tableau_layer(Canvas& canvas, const TableauFrame& frame);
  void draw_header(Canvas& canvas, const StoryLayout& l);
  void draw_beat(Canvas& canvas, const StoryLayout& l);
  void draw_summary(Canvas& canvas, const StoryLayout& l);
  float draw_lens(Canvas& canvas, const StoryLayout& l, const Beat& beat, float y);
  void draw_footer(Canvas& canvas, const StoryLayout& l);
  void place_footer(Canvas& canvas, StoryLayout& l) const;
  // `size`, or smaller (to 60%) so that `words` wrapped to the page fit between `y` and the foot.
  float body_to_fit(Canvas& canvas, const StoryLayout& l, const std::string& role, float size, const std::string& words,
                    float y) const;

  // story_prompt.cpp
  void draw_prompt(Canvas& canvas, const StoryLayout& l, const Prompt& prompt, float y);
  float draw_evidence(Canvas& canvas, const StoryLayout& l, const Prompt& prompt, float y);

  // story_care.cpp
  void draw_care(Canvas& canvas, const StoryLayout& l, const AppState& state);

  // story_reading.cpp
  void draw_reading(Canvas& canvas, const StoryLayout& l, const AppState& state);

  // story_panels.cpp
  void draw_panels(AppState& state, const StoryLayout& l);
  void draw_answer_field(AppState& state);

  void hit(ImVec2 min, ImVec2 max, StoryHit::Kind kind, int value, std::string text = {}) {
    hits_.push_back(StoryHit{min, max, kind, value, std::move(text)});
  }
  const Story& story() const { return *story_; }

  std::shared_ptr<const Story> story_;
  std::unique_ptr<StoryRuntime> rt_;
  InterfaceTheme moods_;
  bool moods_loaded_ = false;
  std::int64_t profile_ = -1;
  int limit_ = 0;
  std::string last_selected_;

  // Timing: the reveal of the current beat and the life of the current tableau.
  double beat_clock_ = 0, picture_clock_ = 0;
  static constexpr double kPictureSteps = 15;  // the picture's motion: steps a second
  static constexpr float kPictureResolution = 0.5f;  // the picture's layer: its pixels per screen pixel
  static constexpr int kPictureLayer = 1;
  std::string picture_;  // tableau name now showing (its clock restarts when it changes)
  std::string picture_state_;  // and its state; `state_clock_` counts from its last change
  double state_clock_ = 1e9;
  bool reduced_motion_ = false;
  bool speak_pending_ = false;  // moved since the last update: read or stop (story_speech.cpp)

  // Panels and cards.
  bool history_open_ = false, chapters_open_ = false, notes_open_ = false, picture_only_ = false;
  int care_choice_ = 0;  // highlighted option on the care card: 0 show, 1 gentle, 2 skip
  bool care_remember_ = false;
  std::string care_for_;  // the moment the highlight belongs to
  std::vector<StoryHit> hits_;
  // An open question's answer field (ImGui), placed where the canvas left room for it.
  int answer_prompt_ = -1;  // prompt index, or -1: none this frame
  ImVec2 answer_pos_;
  float answer_width_ = 0, answer_height_ = 0;
  bool focus_answer_ = false;  // Tab: the field takes the keyboard next frame

  // What was last written to the journal, so saves happen only on change.
  StoryJournal saved_;
};

}  // namespace lineage
