// "Before you begin": the content-care screen a reader sees on her first start (and from
// Settings ▸ Content care… at any time). It says what the book deals with, lets her choose
// which notes to be warned about, and turns gentle summaries on or off. App chrome.
#pragma once

#include <set>
#include <string>

#include "app/app_state.hpp"

namespace lineage {

// What the screen holds while open; the app owns one.
struct CareDialog {
  bool open = false;
  bool loaded = false;           // the choices below were read from her journal
  std::set<std::string> quiet;   // notes she does not want a warning for
  bool gentle = false;
};

// The journal setting that says a reader has seen the screen once.
inline constexpr const char* kCareIntroSetting = "care.intro";

// True when `state`'s reader has not yet seen the screen (a first start).
bool care_intro_due(const AppState& state);
// Opens the screen at the next frame.
void open_care_dialog(CareDialog& dialog);
// Draws it when open (after the menu bar); saves her choices with Start / Save.
void draw_care_dialog(AppState& state, CareDialog& dialog);

}  // namespace lineage
