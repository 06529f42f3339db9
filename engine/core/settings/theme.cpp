#include "core/settings/theme.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "core/util/config_file.hpp"
#include "core/util/printable.hpp"

namespace lineage {
namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Built-in defaults: the look if assets/theme.conf is missing or incomplete.
const std::map<std::string, Colour>& default_colours() {
  static const std::map<std::string, Colour> colours = {
      {"background", {24, 22, 28, 255}}, {"background-top", {34, 30, 41, 255}}, {"panel", {36, 33, 42, 240}},
      {"text", {236, 230, 222, 255}},    {"muted", {160, 152, 146, 255}},
      {"accent", {214, 170, 120, 255}},  {"grid", {255, 255, 255, 24}},
      {"warning", {230, 180, 90, 255}},  {"error", {235, 110, 100, 255}},
  };
  return colours;
}

std::string format_number(float v) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", static_cast<double>(v));
  return text;
}

// The numeric settings, each with the range it must lie in (a value outside it is a typo, and
// would at worst make a scene unusable).
struct NumberSetting {
  const char* key;
  float* value;
  float lo, hi;
};

std::vector<NumberSetting> number_settings(InterfaceTheme& t) {
  return {
      {"text.line-spacing", &t.line_spacing, 1, 2},
      {"layout.design-width", &t.layout.design_width, 320, 7680},
      {"layout.design-height", &t.layout.design_height, 240, 4320},
      {"layout.min-scale", &t.layout.min, 0.25f, 8},
      {"layout.max-scale", &t.layout.max, 0.25f, 8},
      {"layout.panel-type", &t.layout.panel_type, 0, 1},
      {"timeline.header-width", &t.timeline.header_width, 40, 600},
      {"timeline.card-width", &t.timeline.card_width, 200, 1200},
      {"timeline.card-share", &t.timeline.card_share, 0.1f, 0.8f},
      {"story.picture-share", &t.story.picture_share, 0.1f, 0.9f},
      {"story.prompt-picture-share", &t.story.prompt_picture_share, 0.1f, 0.9f},
      {"story.text-margin", &t.story.text_margin, 0, 0.4f},
      {"story.picture-fade", &t.story.picture_fade, 0, 400},
      {"lineage.min-scale", &t.lineage.min_scale, 0.25f, 8},
      {"lineage.card-share", &t.lineage.card_share, 0.1f, 0.8f},
      {"lineage.card-min", &t.lineage.card_min, 100, 1200},
      {"lineage.card-max", &t.lineage.card_max, 100, 1200},
      {"lineage.legend-share", &t.lineage.legend_share, 0.1f, 0.8f},
      {"lineage.legend-min", &t.lineage.legend_min, 100, 1200},
      {"lineage.legend-max", &t.lineage.legend_max, 100, 1200},
  };
}

// A lower bound above its upper bound would make std::clamp undefined: both go back to the defaults.
void check_bounds(float& lo, float& hi, float default_lo, float default_hi, const char* what,
                  const std::string& file_name, std::vector<std::string>& warnings) {
  if (lo <= hi) return;
  warnings.push_back(file_name + ": " + what + ": the minimum is above the maximum; using the defaults");
  lo = default_lo;
  hi = default_hi;
}

}  // namespace

float LayoutScale::at(float width, float height, float lower) const {
  return std::clamp(std::min(width / design_width, height / design_height), std::min(lower, max), max);
}

float LayoutScale::panel_type_at(float width, float height) const {
  return std::max(1.0f, std::pow(at(width, height), panel_type));
}

const char* type_name(Type step) {
  switch (step) {
    case Type::Caption: return "caption";
    case Type::Small: return "small";
    case Type::Ui: return "ui";
    case Type::Label: return "label";
    case Type::Lead: return "lead";
    case Type::Body: return "body";
    case Type::Subtitle: return "subtitle";
    case Type::Heading: return "heading";
    case Type::Display: return "display";
    case Type::Title: return "title";
  }
  return "body";
}

bool parse_colour(std::string_view text, Colour& out) {
  text = trim(text);
  if (text.size() != 7 && text.size() != 9) return false;
  if (text[0] != '#') return false;
  int v[4] = {0, 0, 0, 255};
  for (std::size_t i = 0; i + 1 < text.size(); i += 2) {
    int hi = hex_digit(text[i + 1]), lo = hex_digit(text[i + 2]);
    if (hi < 0 || lo < 0) return false;
    v[i / 2] = hi * 16 + lo;
  }
  out = Colour{static_cast<std::uint8_t>(v[0]), static_cast<std::uint8_t>(v[1]),
               static_cast<std::uint8_t>(v[2]), static_cast<std::uint8_t>(v[3])};
  return true;
}

Colour InterfaceTheme::colour(const std::string& name) const {
  if (auto it = colours.find(name); it != colours.end()) return it->second;
  if (auto it = default_colours().find(name); it != default_colours().end()) return it->second;
  return Colour{255, 0, 255, 255};  // loud magenta: a missing name is visible, not silent
}

float InterfaceTheme::size(const std::string& name) const {
  if (auto it = sizes.find(name); it != sizes.end()) return it->second;
  static const std::map<std::string, float> defaults = {
      {"caption", 13}, {"small", 14},    {"ui", 16},      {"label", 17},   {"lead", 22},
      {"body", 26},    {"subtitle", 30}, {"heading", 34}, {"display", 40}, {"title", 88}};
  auto it = defaults.find(name);
  return it == defaults.end() ? 16.0f : it->second;
}

std::vector<std::string> InterfaceTheme::font_families(const std::string& role) const {
  if (auto it = fonts.find(role); it != fonts.end() && !it->second.empty()) return it->second;
  if (role == "serif") return {"EB Garamond", "DejaVu Serif"};
  return {"DejaVu Sans"};
}

InterfaceThemeLoad parse_theme(const std::string& text, const std::string& file_name) {
  InterfaceThemeLoad result;
  for_each_config_line(text, [&](int number, std::string_view key_view, std::string_view value, std::string_view) {
    auto warn = [&](const std::string& why) {
      // `why` quotes the file's own text: cut and escaped, as it is echoed to the terminal.
      result.warnings.push_back(printable(file_name) + ":" + std::to_string(number) + ": " + printable(why, 200));
    };
    if (key_view.empty()) {
      warn("expected `name = value`");
      return;
    }
    std::string key(key_view);
    auto dot = key.find('.');
    std::string group = key.substr(0, dot), name = dot == std::string::npos ? "" : key.substr(dot + 1);
    if (group == "colour" && !name.empty()) {
      Colour c;
      if (parse_colour(value, c)) result.theme.colours[name] = c;
      else warn("`" + std::string(value) + "` is not a colour (#rrggbb or #rrggbbaa)");
    } else if ((group == "type" || group == "size") && !name.empty()) {  // size.NAME: the older name
      std::string copy(value);
      char* end = nullptr;
      float points = std::strtof(copy.c_str(), &end);
      if (end != copy.c_str() && *end == '\0' && points > 0 && points < 1000) result.theme.sizes[name] = points;
      else warn("`" + copy + "` is not a size in points");
    } else if ((group == "font" || group == "font-match") && !name.empty()) {
      std::vector<std::string> families;
      std::string_view rest = value;
      while (!rest.empty()) {
        auto comma = rest.find(',');
        auto family = trim(rest.substr(0, comma));
        if (!family.empty()) families.emplace_back(family);
        rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
      }
      (group == "font" ? result.theme.fonts : result.theme.size_like)[name] = families;
    } else {
      std::vector<NumberSetting> numbers = number_settings(result.theme);
      auto setting = std::find_if(numbers.begin(), numbers.end(), [&](const NumberSetting& n) { return key == n.key; });
      if (setting == numbers.end()) {
        warn("unknown setting `" + key + "` (expected colour.NAME, type.NAME, font.ROLE, font-match.ROLE or a layout metric)");
        return;
      }
      std::string copy(value);
      char* end = nullptr;
      float parsed = std::strtof(copy.c_str(), &end);
      if (end != copy.c_str() && *end == '\0' && parsed >= setting->lo && parsed <= setting->hi) *setting->value = parsed;
      else warn("`" + copy + "` is not a number from " + format_number(setting->lo) + " to " + format_number(setting->hi));
    }
  });
  const InterfaceTheme defaults;
  InterfaceTheme& t = result.theme;
  check_bounds(t.layout.min, t.layout.max, defaults.layout.min, defaults.layout.max, "layout scale", file_name,
               result.warnings);
  check_bounds(t.lineage.card_min, t.lineage.card_max, defaults.lineage.card_min, defaults.lineage.card_max,
               "lineage card width", file_name, result.warnings);
  check_bounds(t.lineage.legend_min, t.lineage.legend_max, defaults.lineage.legend_min, defaults.lineage.legend_max,
               "lineage legend width", file_name, result.warnings);
  return result;
}

InterfaceThemeLoad load_theme(const std::filesystem::path& path) {
  std::string why;
  std::optional<std::string> text = read_text_file(path, &why);
  if (!text) {
    InterfaceThemeLoad result;
    result.warnings.push_back(path.string() + ": cannot read the theme: " + why + "; using built-in colours");
    return result;
  }
  return parse_theme(*text, path.filename().string());
}

}  // namespace lineage
