// The application: one loop (input -> commands -> update -> draw -> present), the scenes from
// the scene table, settings, live reload, and the offscreen mode used by --screenshot and the
// tests. Every action arrives as a Command in state.outbox, drained once a frame. No SDL here:
// the platform owns it, and hands input over through InputSink.
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "app/app_state.hpp"
#include "app/care_dialog.hpp"
#include "app/cue_counts.hpp"
#include "app/focus_voice.hpp"
#include "app/reader_menu.hpp"
#include "app/scene.hpp"
#include "app/text_layout.hpp"
#include "core/cli/options.hpp"
#include "core/settings/theme.hpp"
#include "core/util/startup_timings.hpp"
#include "platform/platform.hpp"

namespace lineage {

class StoryWatcher;
class SpeechService;
class AudioSink;

class App : private InputSink {
 public:
  explicit App(Options options);
  ~App() override;

  // Finds the story and data folders, loads settings and the story, opens the window or the
  // offscreen surface. On failure returns false with a one-line `error` (exit code 2).
  bool start(std::string& error);
  int run_window();                     // the interactive loop; returns the exit code
  int run_screenshot();                 // --screenshot: keys, frames, PNG; returns the exit code

  // Offscreen driving, shared by run_screenshot(), the tests and the benchmark. Each goes
  // through the platform's one input path, as the real keyboard and mouse do.
  bool press_key(const std::string& key_name);  // "Right", "ctrl+z"; false for an unknown name
  void type_text(const std::string& utf8);      // as a keyboard's text input sends it
  void move_pointer(float x, float y, bool held = false);
  void press_pointer(float x, float y, int clicks = 1);
  void release_pointer(float x, float y);
  void turn_wheel(float notches);
  void frame(double dt, bool rasterise = true);
  int settle(int max_frames = 240);                 // frames until nothing animates
  std::string save_png(const std::string& path) const;
  // The scene's second window (the presenter view), when it has one open.
  bool second_view_open() const { return second_ != nullptr; }
  std::string window_title() const { return output_->title(); }  // the main window's
  std::string save_second_png(const std::string& path) const;
  const std::vector<std::string>& second_drawn_strings() const { return second_drawn_; }
  void close_second_view();  // as its close button does
  // Where the projector and the presenter view go: display `projector` (0-based), the other
  // for the presenter; one display: the presenter view is a window on the same screen.
  int display_count() const { return platform_ ? platform_->display_count() : 1; }

  AppState& state() { return state_; }
  // How the last frame was drawn (the benchmark prints it).
  const DrawDataStats& last_draw() const { return output_->last_draw(); }
  // Draw every frame, even one identical to the last (the benchmarks measure drawing); call after start().
  void draw_every_frame(bool on);
  Output& main_output() { return *output_; }  // for tests and the soak (its text cache's figures)
  const std::string& renderer_why() const { return output_->renderer_why(); }
  Scene* scene() { return current_ >= 0 ? scenes_[current_].get() : nullptr; }
  std::string scene_name() const { return current_ >= 0 ? table_[current_].name : ""; }
  Scene* find_scene(const std::string& name);
  const std::vector<std::string>& drawn_strings() const { return drawn_; }
  // The text ImGui panels (cards, toolbars, menus, dialogs) drew in the last frame, a line per
  // row, when recording is on (tests that read cards turn it on; it costs a pass over the frame).
  void record_panel_text(bool on) { record_panels_ = on; }
  const std::string& panel_text() const { return panel_text_; }
  // Every string's box in the last frame (and the presenter view's), for the layout test.
  void record_text_layout(bool on) { record_layout_ = on; }
  const FrameTextLayout& text_layout() const { return layout_; }
  const FrameTextLayout& second_text_layout() const { return second_layout_; }
  void show_scene(const std::string& name);
  void set_interface_scale(float scale);  // rebuilds panel fonts; canvas type follows at once
  void reload_story();
  // The menu of the menu bar showing in the last frame ("File", "View", "Settings", "Reader"), or "".
  const std::string& shown_menu() const { return shown_menu_; }
  bool export_dialog_open() const { return reader_dialogs_.show_export; }
  bool care_dialog_open() const { return care_dialog_.open; }
  bool voice_dialog_open() const { return show_voice_dialog_; }
  bool keys_open() const { return show_keys_; }  // Help > Keys (F1)
  bool guide_note_open() const { return show_guide_note_; }  // Help > Study guide's note
  // What was handed to the speech engines, oldest first (the last 200): tests read what a
  // listener heard. finish_speech() (offscreen only) waits until it is all synthesised.
  const std::vector<std::string>& spoken() const { return spoken_; }
  void finish_speech() { finish_speech_offscreen(); }
  std::string write_recording() { return write_speech_out(); }  // --speech-out's file, now (tests)
  ReaderDialogs& reader_dialogs() { return reader_dialogs_; }  // the tests choose a format

 private:
  // InputSink: what the platform asks and tells.
  const std::vector<KeyBinding>& bindings(const Output& output) override;
  bool owns_navigation_keys(const Output& output) override;
  void command(Output& output, Command command) override;
  void close_requested(Output& output) override;

  int scene_index(const std::string& name) const;
  void apply(const Command& command);
  void apply_outbox();
  void draw_chrome();
  void draw_diagnostics();
  void draw_problems();
  void open_journal();
  void save_settings_now();
  void update_presenting();  // fullscreen on the projector's display, or back to the window
  int projector_display() const;  // 0-based: the chosen one, else the last
  void frame_second_view(double dt, bool rasterise);
  double seconds() const;
  // app_speech.cpp: reading aloud and self-voicing.
  void start_speech();
  void play_chime();
  void stop_speech();
  void speak(const std::string& words, const std::string& role = "", bool may_advance = false);
  void pump_speech();
  bool speech_busy() const;
  void finish_speech_offscreen();
  std::string write_speech_out();
  void load_reader_voices();
  void save_reader_voices();
  void toggle_self_voicing();
  void voice_changes();
  void voice_focus(double dt);  // self-voicing of the ImGui panels: the focused or hovered item
  void draw_voice_dialog();  // voice_dialog.cpp
  // help_menu.cpp: Help > Keys (F1) and Help > Study guide for screen readers.
  bool draw_help_menu();
  void draw_keys_window();
  void open_keys();
  void open_study_guide();
  void draw_guide_note();
  // Theme variant and reading font: this run's options, else the reader's journal settings.
  std::string reading_setting(const char* key, const std::string& given) const;
  void apply_reading_look(bool warn);
  // Interface scale, reduced motion, gentle summaries, the teacher view and how far she has read
  // are each reader's own (journal settings reading.scale, reading.reduced-motion,
  // reading.gentle-summaries, reading.teacher-view, reading.milestone): a new reader's are taken
  // up (with her theme and font), and a change is kept for the reader who made it. A reader who
  // never chose one has the computer's (settings.txt); this run's options win and are not kept.
  void sync_reader_look();

  Options options_;
  AppState state_;
  InterfaceTheme theme_;
  std::unique_ptr<Platform> platform_;
  std::unique_ptr<Output> output_;  // the main window (or offscreen surface)
  std::unique_ptr<Output> second_;  // the presenter view, while the scene wants one
  std::vector<std::string> second_drawn_;
  bool close_second_ = false;       // its close button was pressed: closed before the next frame
  bool presenting_ = false;         // the main window is the projector's, fullscreen
  WindowGeometry before_presenting_;
  const std::vector<SceneEntry>& table_;
  CueCountsCache cue_counts_;  // "7 cues due" beside Memory cues in the View menu
  std::vector<std::unique_ptr<Scene>> scenes_;  // one per table row, same order
  int current_ = -1;
  std::vector<KeyBinding> bindings_;  // the current scene's
  std::unique_ptr<StoryWatcher> watcher_;
  std::unique_ptr<Journal> journal_;
  ReaderDialogs reader_dialogs_;
  CareDialog care_dialog_;
  std::int64_t care_checked_for_ = -1;  // the reader whose first start was last looked at
  std::vector<std::string> drawn_;
  std::string panel_text_drawn() const;
  bool record_panels_ = false;
  bool record_layout_ = false;
  bool draw_every_frame_ = false;
  float panel_scale_ = 0;  // the scale the panels' fonts were last built at
  FrameTextLayout layout_, second_layout_;
  std::string panel_text_;
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
  bool running_ = true;
  bool animating_ = false;
  bool first_frame_shown_ = false;
  StartupTimings startup_;  // LINEAGE_TIMINGS=1: printed after the first frame
  bool show_diagnostics_ = false;
  bool show_problems_ = false;
  bool rescale_pending_ = false;
  bool open_menu_ = false;  // F10 or Alt: open the first menu at the next frame
  int menu_request_ = 0;    // which: 0 the first, -1 / +1 the one beside the open menu
  std::string shown_menu_;
  double time_ = 0;
  double frame_ms_ = 0;
  int problem_selected_ = -1;
  // Reading aloud (app_speech.cpp). The sink is the sound card, or --speech-out's recorder.
  std::unique_ptr<AudioSink> sound_;
  std::unique_ptr<SpeechService> speech_;
  std::string no_sound_;              // why there is no speech, to say when asked
  std::uint64_t advance_after_ = 0;   // the reading whose end moves story mode on
  std::int64_t voices_for_ = -1;      // the reader whose voices are loaded
  bool show_voice_dialog_ = false;
  bool show_keys_ = false, keys_appearing_ = false;  // keys_appearing_: the Close button takes the keyboard
  bool show_guide_note_ = false;
  std::string guide_note_, guide_path_;  // what Help > Study guide did, and the file
  std::vector<std::string> spoken_;
  std::string theme_variant_, reading_font_;
  std::int64_t look_for_ = -1;  // the reader whose scale, motion, gentleness and teacher view are in settings
  struct KeptLook {
    float scale = 1;
    bool reduced_motion = false, gentle = false, teacher_view = false;
    std::string milestone;  // "I have read up to" (a milestone id; empty: the whole book)
  } kept_look_, computer_look_;  // the reader's as last kept; settings.txt's, for readers who never chose
  std::string voiced_scene_, voiced_moment_;  // what self-voicing last announced
  std::string announce_;  // a screen's title, said before whatever it says first
  int announce_frames_ = 0;
  int unsaved_answers_ = 0;  // answers not yet in the journal, at the last frame
  FocusVoice focus_voice_;
  std::uint64_t speeches_ = 0, speeches_at_focus_ = 0;  // speak() calls, all and when the focus moved
  std::string voiced_menu_;  // the menu self-voicing last named
};

}  // namespace lineage
