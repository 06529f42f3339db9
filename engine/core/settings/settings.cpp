#include "core/settings/settings.hpp"

#include <cerrno>
#include <charconv>
#include <fstream>
#include <sstream>
#include <system_error>

#include "core/util/config_file.hpp"
#include "core/util/printable.hpp"

namespace lineage {
namespace {

bool parse_int(std::string_view s, int& out) {
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size();
}

bool parse_bool(std::string_view s, bool& out) {
  if (s == "true" || s == "yes" || s == "1") return out = true, true;
  if (s == "false" || s == "no" || s == "0") return out = false, true;
  return false;
}

bool parse_float(std::string_view s, float& out) {
  std::string copy(s);
  char* end = nullptr;
  errno = 0;
  out = std::strtof(copy.c_str(), &end);
  return errno == 0 && end == copy.c_str() + copy.size() && !copy.empty();
}

// Applies one known key; returns false when the value does not parse.
bool apply(Settings& s, const std::string& key, std::string_view value) {
  if (key == "window.width") return parse_int(value, s.window_width) && s.window_width > 0;
  if (key == "window.height") return parse_int(value, s.window_height) && s.window_height > 0;
  if (key == "window.x") return parse_int(value, s.window_x);
  if (key == "window.y") return parse_int(value, s.window_y);
  if (key == "window.maximized") return parse_bool(value, s.maximized);
  if (key == "scene") return s.last_scene = std::string(value), !value.empty();
  if (key == "interface.scale")
    return parse_float(value, s.interface_scale) && s.interface_scale >= 0.5f && s.interface_scale <= 4.0f;
  if (key == "reduced-motion") return parse_bool(value, s.reduced_motion);
  if (key == "gentle-summaries") return parse_bool(value, s.gentle_summaries);
  if (key == "teacher-view") return parse_bool(value, s.teacher_view);
  if (key == "milestone") return s.milestone = std::string(value), true;
  s.extra[key] = std::string(value);
  return true;
}

}  // namespace

SettingsLoad parse_settings(const std::string& text) {
  SettingsLoad result;
  for_each_config_line(text, [&](int number, std::string_view key, std::string_view value, std::string_view line) {
    if (result.corrupt) return;
    if (key.empty() || !apply(result.settings, std::string(key), value)) {
      result = SettingsLoad{};
      result.corrupt = true;
      // The line is echoed to the terminal: cut and escaped, whatever the file holds.
      result.warning = "line " + std::to_string(number) + " is not a valid setting: " + printable(line, 120);
    }
  });
  return result;
}

std::string format_settings(const Settings& s) {
  std::ostringstream out;
  out << "# Lineage settings. Safe to edit; a broken file is kept aside as settings.txt.bad.\n";
  out << "window.width = " << s.window_width << "\nwindow.height = " << s.window_height << "\n";
  out << "window.x = " << s.window_x << "\nwindow.y = " << s.window_y << "\n";
  out << "window.maximized = " << (s.maximized ? "true" : "false") << "\n";
  out << "scene = " << s.last_scene << "\n";
  out << "interface.scale = " << s.interface_scale << "\n";
  out << "reduced-motion = " << (s.reduced_motion ? "true" : "false") << "\n";
  out << "gentle-summaries = " << (s.gentle_summaries ? "true" : "false") << "\n";
  out << "teacher-view = " << (s.teacher_view ? "true" : "false") << "\n";
  out << "milestone = " << s.milestone << "\n";
  for (const auto& [key, value] : s.extra) out << key << " = " << value << "\n";
  return out.str();
}

SettingsLoad load_settings(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return {};
  std::string why;
  std::optional<std::string> text = read_text_file(path, &why);
  if (!text) {
    SettingsLoad result;
    result.warning = "cannot read " + path.string() + ": " + why + "; using default settings";
    return result;
  }
  SettingsLoad result = parse_settings(*text);
  if (result.corrupt) {
    auto bad = path;
    bad += ".bad";
    std::filesystem::rename(path, bad, ec);
    result.warning = path.string() + ": " + result.warning + "; using defaults (kept the file as " +
                     bad.filename().string() + ")";
  }
  return result;
}

std::string save_settings(const std::filesystem::path& path, const Settings& settings) {
  std::error_code ec;
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
  auto temporary = path;
  temporary += ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << format_settings(settings);
    if (!out.flush()) return "cannot write " + temporary.string();
  }
  std::filesystem::rename(temporary, path, ec);
  if (ec) return "cannot replace " + path.string() + ": " + ec.message();
  return {};
}

}  // namespace lineage
