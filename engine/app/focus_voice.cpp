#include "app/focus_voice.hpp"
#include "platform/voiced_widgets.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // the Stack Tool's hook, the focused and hovered IDs, the windows

#include <cctype>
#include <cstring>

namespace lineage {
namespace {

constexpr int kPatience = 3;            // frames a question waits before it is given up
constexpr double kHoverSteady = 0.25;   // seconds the mouse rests on an item before it is said

// A window's name as a reader sees it: "Moment##timeline-card" -> "Moment", "##ask" -> "".
std::string title_of(const std::string& name) { return name.substr(0, name.find("##")); }

}  // namespace

std::string FocusVoice::label_of(const char* desc, bool cut_short) {
  std::string s = desc ? desc : "";
  if (s.size() >= 2 && s.front() == '"') s = s.substr(1, s.back() == '"' ? s.size() - 2 : s.size() - 1);
  // ImGui keeps 57 characters of a label: a longer one ends at its last whole word.
  if (cut_short && s.find("##") == std::string::npos && s.rfind(' ') != std::string::npos) {
    s = s.substr(0, s.rfind(' '));
    while (!s.empty() && (s.back() == ',' || s.back() == ';' || s.back() == ':')) s.pop_back();  // a role follows
  }
  // IDs made from a number (PushID(int)), a pointer or an override carry no words.
  if (s.rfind("(void*)", 0) == 0 || s.find("[override]") != std::string::npos) return "";
  bool digits = !s.empty();
  for (char c : s) digits = digits && (std::isdigit(static_cast<unsigned char>(c)) || c == '-');
  if (digits) return "";
  s = s.substr(0, s.find("##"));  // "Read aloud##card", "Reader###reader": the part shown
  while (!s.empty() && s.back() == ' ') s.pop_back();
  while (!s.empty() && s.front() == ' ') s.erase(s.begin());
  return s;
}

std::string FocusVoice::words_for(const Item& item, const std::string& last_window) {
  std::string words = item.label;
  std::string role = item.field ? "edit field" : item.menu_bar ? "menu" : item.menu_item ? "menu item" : item.role;
  if (!role.empty()) words += ", " + role;
  // A new window (a dialog, a card) is named before the first thing heard in it.
  std::string title = title_of(item.window);
  if (!item.menu_item && !item.menu_bar && !title.empty() && item.window != last_window) words = title + ". " + words;
  return words;
}

void FocusVoice::arm() {
  ImGuiContext& g = *GImGui;
  ImGuiStackTool& tool = g.DebugStackTool;
  // ImGui's own Stack Tool window never runs here; this keeps its per-frame update (which
  // would clear the hook) asleep.
  tool.LastActiveFrame = -100;
  if (step_ == Step::Stack) {
    tool.StackLevel = -1;  // the first GetID() making target_ records the ID stack it was made in
    tool.Results.resize(0);
    g.DebugHookIdInfo = target_;
  } else if (step_ == Step::Level) {
    tool.Results.resize(static_cast<int>(stack_.size()));
    for (int i = 0; i < tool.Results.Size; ++i) tool.Results[i] = ImGuiStackLevelInfo(), tool.Results[i].ID = stack_[std::size_t(i)];
    tool.StackLevel = level_;  // the GetID() made at this depth records the words it was made from
    tool.Results[level_].QueryFrameCount = 1;
    g.DebugHookIdInfo = stack_[std::size_t(level_)];
  }
}

std::string FocusVoice::after_frame(double dt, bool& changed) {
  ImGuiContext& g = *GImGui;
  ImGuiStackTool& tool = g.DebugStackTool;
  g.DebugHookIdInfo = 0;
  changed = false;

  // The keyboard's item while it is showing its highlight, else the one under the mouse.
  ImGuiID id = 0;
  ImGuiWindow* window = nullptr;
  bool hovered = false;
  if (g.NavWindow && g.NavId && !g.NavDisableHighlight) {
    id = g.NavId;
    window = g.NavWindow;
  } else if (g.HoveredId && g.HoveredWindow) {
    id = g.HoveredId;
    window = g.HoveredWindow;
    hovered = true;
  }
  if (id != target_) {
    changed = true;
    target_ = id;
    hovered_ = hovered;
    steady_ = 0;
    stack_.clear();
    tries_ = 0;
    step_ = id ? Step::Stack : Step::Idle;
    found_ = Item{};
    if (window) {
      found_.window = window->Name;
      found_.menu_item = (window->Flags & ImGuiWindowFlags_ChildMenu) != 0;
      found_.menu_bar = found_.window == "##MainMenuBar" || (!hovered && g.NavLayer == ImGuiNavLayer_Menu);
    }
    return "";
  }
  if (!target_) return "";
  steady_ += dt;

  if (step_ == Step::Stack) {
    if (tool.StackLevel == 0 && tool.Results.Size > 0) {
      for (const ImGuiStackLevelInfo& level : tool.Results) stack_.push_back(level.ID);
      level_ = tool.Results.Size - 1;  // the item's own words first
      step_ = Step::Level;
      tries_ = 0;
    } else if (++tries_ > kPatience) {
      step_ = Step::Idle;  // not drawn again: nothing to say
    }
    return "";
  }
  if (step_ == Step::Level) {
    if (level_ >= tool.Results.Size) {
      step_ = Step::Idle;
      return "";
    }
    bool answered = tool.Results[level_].QuerySuccess;
    const char* desc = tool.Results[level_].Desc;
    bool cut_short = std::strlen(desc) + 1 >= sizeof(tool.Results[level_].Desc);
    std::string label = answered ? label_of(desc, cut_short) : "";
    if (!label.empty()) {
      found_.label = label;
      step_ = Step::Idle;
    } else if (answered || ++tries_ > kPatience) {
      // No words at this depth (a menu item's "" inside PushID(label), a row's number): the
      // depth above it; the window's own level (0) never has any.
      tries_ = 0;
      if (--level_ < 1) step_ = Step::Idle;
    }
    if (step_ != Step::Idle) return "";
    // A name its widget gave (its label shows no words, "##milestone") is the name it is said by.
    const ItemRole& named = focused_item_role();
    if (named.id == target_ && !named.name.empty()) found_.label = named.name;
    if (found_.label.empty()) return "";
  }
  if (found_.label.empty() || (hovered_ && steady_ < kHoverSteady)) return "";
  found_.field = g.ActiveId == target_ && g.InputTextState.ID == target_;
  const ItemRole& role = focused_item_role();
  found_.role = role.id == target_ ? role_words(role) : "";
  std::string words = words_for(found_, last_window_);
  last_window_ = found_.window;
  found_.label.clear();  // said: not again until the item changes
  return words;
}

}  // namespace lineage
