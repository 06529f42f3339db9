// The interface theme: colours, font roles and sizes, the backdrop, the layout scale and each
// scene's layout metrics, read from assets/theme.conf so a designer can change the look without
// touching C++. Unknown names fall back to built-in defaults.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/model/story.hpp"

namespace lineage {

// "#rrggbb" or "#rrggbbaa" -> colour. Returns false (leaving `out` alone) when malformed.
bool parse_colour(std::string_view text, Colour& out);

// Behind every scene: a vertical gradient (colour.background-top down to colour.background, so
// shapes that knock out to "background" still match the bottom of the page).
struct Backdrop {
  Colour top;
  Colour bottom;
};

// Scenes are designed for one window size and grow or shrink with the window, within limits:
// type stays readable on a small projector and does not balloon on a 4K screen.
struct LayoutScale {
  float design_width = 1280;
  float design_height = 720;
  float min = 0.75f;
  float max = 2.2f;
  // Panel type (menus, cards, lists) grows with the window's fit to this power: a 1920x1080
  // window (fit 1.5) sets panels about 1.36 times the design size, never below it.
  float panel_type = 0.75f;

  // The panels' type scale for a window of this size (the interface scale comes on top).
  float panel_type_at(float width, float height) const;
  // The factor for a window of this logical size (the interface scale comes on top).
  float at(float width, float height) const { return at(width, height, min); }
  // The same with a scene's own lower limit (never above `max`).
  float at(float width, float height, float lower) const;
};

// Scene metrics a designer may want to tune: lengths in points at layout scale 1, shares of
// the window as fractions.
struct TimelineMetrics {
  float header_width = 176;  // the lane titles' column
  float card_width = 480;    // the moment card, at most...
  float card_share = 0.36f;  // ...this share of the window's width
};

struct StoryMetrics {
  float picture_share = 0.58f;         // of the height below the menu, for the tableau
  float prompt_picture_share = 0.36f;  // smaller while a prompt needs room for its choices
  float text_margin = 0.14f;           // share of the width left and right of the text column
  float picture_fade = 70;             // the tableau's fade into the page
};

struct LineageMetrics {
  float min_scale = 0.7f;  // below layout.min-scale: the eleven-entry legend must fit at 800x600
  float card_share = 0.30f;  // the person card's share of the width...
  float card_min = 330;      // ...within these lengths
  float card_max = 560;
  float legend_share = 0.23f;  // the legend column's share of the width...
  float legend_min = 230;      // ...within these lengths
  float legend_max = 420;
};

// The type scale: every size a scene sets is one of these steps (assets/theme.conf, type.NAME,
// points at layout scale 1), times the layout or interface scale, so sizes keep their ratios and
// a designer changes one line to change them everywhere.
enum class Type {
  Caption,   // small print under a thing: dates, whose account a line is
  Small,     // secondary text, key hints
  Ui,        // menus and panels (ImGui)
  Label,     // names of things, list rows
  Lead,      // the presenter's labels and lists: read at arm's length
  Body,      // reading text
  Subtitle,
  Heading,
  Display,   // the presenter's title and clocks
  Title,     // the title screen's one word
};
// The step's name in theme.conf ("caption", "small", ...).
const char* type_name(Type step);

struct InterfaceTheme {
  std::map<std::string, Colour> colours;               // "background", "text", "accent", ...
  std::map<std::string, std::vector<std::string>> fonts;  // role -> families, best first
  // role -> families whose x-height the role's font is sized to match (font-match.ROLE): a
  // reading font put in place of the theme's keeps the type's apparent size.
  std::map<std::string, std::vector<std::string>> size_like;
  std::map<std::string, float> sizes;                  // "title", "body", "ui", ... in points
  // Lines of wrapped canvas text stand this many times their font's line apart (text.line-spacing;
  // the legible reading font, Andika, opens them up).
  float line_spacing = 1.0f;
  LayoutScale layout;
  TimelineMetrics timeline;
  StoryMetrics story;
  LineageMetrics lineage;

  Backdrop backdrop() const { return {colour("background-top"), colour("background")}; }

  Colour colour(const std::string& name) const;
  float size(const std::string& name) const;
  // A step of the type scale, in points (size.NAME in older theme files is the same step).
  float type(Type step) const { return size(type_name(step)); }
  std::vector<std::string> font_families(const std::string& role) const;
};

struct InterfaceThemeLoad {
  InterfaceTheme theme;
  std::vector<std::string> warnings;  // "theme.conf:12: ..." for lines that were ignored
};

InterfaceThemeLoad parse_theme(const std::string& text, const std::string& file_name);
InterfaceThemeLoad load_theme(const std::filesystem::path& path);

}  // namespace lineage
