// The command line, parsed without SDL so it is unit-tested. Scene names and key names are
// checked later by the app, which knows the scenes and SDL's key names.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace lineage {

struct Options {
  enum class Mode { Run, Help, Version, Check, Dump, JournalCheck, Export, PresentList, Ask, Speak, New };
  Mode mode = Mode::Run;
  std::string story_dir;  // empty: the bundled story
  std::string data_dir;   // empty: SDL's pref path
  std::string scene;      // empty: the last scene (or title)
  std::string select;     // a moment id to open with (deep link)
  int width = 0, height = 0;  // 0: from settings
  bool fullscreen = false;
  bool reduced_motion = false;
  std::string renderer = "auto";  // --renderer auto|software|accelerated (a window's renderer)
  std::string screenshot;       // non-empty: render offscreen to this PNG and exit
  std::vector<std::string> keys;  // --keys, in order
  int frames = -1;              // -1: until animations settle
  // export
  std::string profile, format, out, milestone, paper = "a4";
  bool worksheet = false;
  bool gentle = false;   // --gentle: content-noted moments told gently throughout
  bool teacher = false;  // --teacher: line citations and their appendix
  // present (a lesson) and export --lesson
  std::string lesson;                // the lesson's id
  int start_step = 1;                // --step N, 1-based
  int projector_display = 0;         // --projector-display N, 1-based; 0: the last display
  std::string presenter_screenshot;  // --presenter-screenshot FILE
  bool presenter = false;            // export --lesson ... --presenter: the teacher's plan
  bool present_class = false;        // present LESSON --class: class responses from the start
  long long class_session = 0;       // export --lesson ... --class-session N: the class's answers too
  // ask: the question (--milestone limits the answer); --today YYYY-MM-DD: the calendar day
  // memory cues are scheduled for (tests and demonstrations), instead of the clock's.
  std::string question, today;
  std::string new_title;  // lineage new DIR --title "..."
  // speak: --moment ID [--voice NAME] [--rate WPM] [--pitch 0-100] --out FILE.wav, or --list-voices
  std::string moment, voice;
  int rate = 170, pitch = 50;
  bool list_voices = false;
  std::string speech_out;     // --speech-out FILE.wav (with --screenshot): what was said, recorded
  bool self_voicing = false;  // --self-voicing: on for this run, whatever the reader's setting
  // Reading settings for this run (screenshots, tests), over the reader's own.
  std::string theme;         // --theme dark|projector|high-contrast
  std::string font;          // --font default|opendyslexic
  float scale = 0;           // --scale 0.75-2.5 (0: from settings)
};

struct ParseResult {
  Options options;
  std::string error;  // non-empty: print it with the usage and exit 2
};

ParseResult parse_options(const std::vector<std::string>& args);
std::string usage_text();

}  // namespace lineage
