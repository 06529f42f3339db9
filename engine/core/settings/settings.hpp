// The reader's settings, persisted as a small `key = value` text file in the data folder.
// A missing file gives defaults; a corrupt one gives defaults plus a warning, and the caller
// keeps the bad file aside (`.bad`) rather than overwriting it. No SDL here.
#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace lineage {

struct Settings {
  int window_width = 1280, window_height = 720;
  int window_x = -1, window_y = -1;  // -1: let the system place the window
  bool maximized = false;
  std::string last_scene = "title";
  float interface_scale = 1.0f;  // 0.75 .. 3
  bool reduced_motion = false;
  bool gentle_summaries = false;
  bool teacher_view = false;
  std::string milestone;  // "I have read up to ..." (a milestone id; empty = everything)
  // Keys written by newer versions or by scenes (e.g. "timeline.align"); kept, never dropped.
  std::map<std::string, std::string> extra;
};

struct SettingsLoad {
  Settings settings;
  std::string warning;  // non-empty when the file was unreadable or corrupt
  bool corrupt = false;
};

SettingsLoad parse_settings(const std::string& text);
std::string format_settings(const Settings& settings);

// Reads `path`. When corrupt, moves it to `path.bad` (replacing an older .bad) so it is kept.
SettingsLoad load_settings(const std::filesystem::path& path);
// Writes atomically (temporary file, then rename). Returns an error message or "".
std::string save_settings(const std::filesystem::path& path, const Settings& settings);

}  // namespace lineage
