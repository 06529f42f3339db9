// Tableaux: the drawn scene behind each story moment, one small routine per file, looked up by
// the name the script gives (`tableau: bathtub`). Drawn only with ImDrawList primitives in a
// mood's palette (assets/moods.conf). Quiet and restrained: they suggest, they never show harm.
// Adding one: a file here with `void draw_NAME(const TableauFrame&)`, and a line in registry.cpp.
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

#include "core/model/story.hpp"
#include "core/settings/theme.hpp"

namespace lineage {

struct MoodPalette {
  Colour sky_top, sky, far, near, light, accent, mist;
};

struct TableauFrame {
  ImDrawList* dl = nullptr;
  ImVec2 min, max;       // the area to fill
  double time = 0;       // seconds since this tableau appeared
  bool still = false;    // reduced motion: draw the settled picture, nothing moves
  float scale = 1;       // line widths and small sizes
  MoodPalette palette;
  std::string state;        // what a beat made of it (`tableau: absence / night / out`); empty: first
  double state_time = 1e9;  // seconds since `state` last changed

  // How far a change of state has come, 0 to 1 over `seconds`, eased; at once (1) when still.
  float change(double seconds = 1.2) const {
    if (still || seconds <= 0) return 1.0f;
    float k = static_cast<float>(state_time / seconds);
    k = k < 0 ? 0 : (k > 1 ? 1 : k);
    return k * k * (3 - 2 * k);
  }

  float w() const { return max.x - min.x; }
  float h() const { return max.y - min.y; }
  // A point given as fractions of the area.
  ImVec2 at(float fx, float fy) const { return ImVec2(min.x + fx * w(), min.y + fy * h()); }
  // Time for animation: frozen at `settled` seconds under reduced motion.
  double t(double settled = 8.0) const { return still ? settled : time; }
};

using TableauDraw = void (*)(const TableauFrame&);

struct TableauEntry {
  const char* name;
  TableauDraw draw;
  // True when the picture shows a setting our source does not name (a farmhouse, a room, a
  // window): story mode then captions it as an illustration, not a scene from the book.
  // Symbolic pictures, and those of places the notes name (the bathtub, the kitchen counter,
  // the nursery), carry no caption.
  bool illustration = false;
};

// The caption story mode draws on an illustrative tableau.
inline constexpr const char* kIllustrationCaption = "An illustration, not a scene from the book";

// Every registered tableau, in story order.
const std::vector<TableauEntry>& tableaux();
// Draws `name`, or a plain horizon when the name is unknown. Returns false for unknown names.
bool draw_tableau(const std::string& name, const TableauFrame& frame);
// Whether `name` is registered as an illustration of an unnamed setting (see TableauEntry).
bool tableau_is_illustration(const std::string& name);

// The palette of `mood` from the moods file (loaded with the theme parser); unknown moods and
// missing roles fall back to "grey", then to built-in colours.
MoodPalette mood_palette(const InterfaceTheme& moods, const std::string& mood);

// ---- Shared strokes, so every tableau has the same hand ----
ImU32 col(Colour c, float alpha = 1.0f);
Colour mix(Colour a, Colour b, float t);
void sky(const TableauFrame& f, float horizon = 0.72f);           // gradient sky and plain ground
void ground(const TableauFrame& f, float y, Colour c, float alpha = 1.0f);
void glow(const TableauFrame& f, ImVec2 centre, float radius, Colour c, float alpha = 0.35f);
// The shared people: one silhouette, a few postures, no faces (figures.cpp).
enum class Posture {
  Standing,     // an adult, standing, facing left or right
  Expecting,    // standing, pregnant
  Sitting,      // seated (the caller draws the chair), feet at `feet`
  HoldingBaby,  // standing with a swaddled baby in her arms
  TurnedAway,   // standing, seen from behind
  Child         // a small child standing; pass her own height
};
// A long dress and gathered hair, or a jacket and trousers (Fox, in the later moments).
enum class Build { Woman, Man };
// A person whose feet are at `feet`, `height` tall when standing; `facing` > 0 faces right.
void person(const TableauFrame& f, ImVec2 feet, float height, Posture posture, Colour c, float facing = 1.0f,
            Build build = Build::Woman, float alpha = 1.0f);
// A soft contact shadow on the ground under someone's feet.
void floor_shadow(const TableauFrame& f, ImVec2 feet, float width, float alpha = 1.0f);
// ---- Depth: far, middle and near layers ----
// A band of rolling land whose top is at `y` (a fraction of the area) with `amplitude`, filled
// down to `to` (where a nearer layer takes over); no allocation.
void hills(const TableauFrame& f, float y, float amplitude, float frequency, float phase, Colour c, float to,
           float alpha = 1.0f);
// Atmospheric haze: the mood's mist, clear at `y0`, `alpha` at `y1` (fractions of the area).
void haze(const TableauFrame& f, float y0, float y1, float alpha);
// Soft darkening at the top and the foot, so the lit middle comes forward.
void vignette(const TableauFrame& f, float strength = 0.45f);
// A small house: body, roof, optional lit window.
void house(const TableauFrame& f, ImVec2 base_left, float width, float height, Colour body, bool lit);
// A convex polygon with a soft edge whichever way its corners run: ImGui's anti-aliased fill
// softens an outline that runs clockwise on screen, and gives one that runs the other way a hard,
// stepped edge (its fringe falls inside the shape).
void convex(const TableauFrame& f, const ImVec2* pts, int count, ImU32 colour);
// A filled ellipse (ImGui 1.86 has none).
void ellipse(const TableauFrame& f, ImVec2 centre, float rx, float ry, ImU32 colour);
// Fills everything below the polyline `top` (points left to right) down to the bottom edge.
void ridge(const TableauFrame& f, const ImVec2* top, int count, Colour c, float alpha = 1.0f);
// A deterministic pseudo-random number in [0, 1) for particle `i`, stream `k`.
float hash01(int i, int k);

}  // namespace lineage
