#include "app/help.hpp"

#include <cctype>

namespace lineage {

const std::vector<KeyHelp>& keys_everywhere() {
  static const std::vector<KeyHelp> keys = {
      {"F1", "this list of keys"},
      {"F2 to F6", "the title screen, timeline, lineage, story mode, reflections"},
      {"F7, F8, F9", "memory cues, key takeaways, theme tracker"},
      {"Ctrl+K or /", "Ask: search, and answers from the notes"},
      {"F10, or Alt alone", "the menus: Up and Down move, Left and Right go to the next menu, "
                            "Return or Space chooses, Esc closes"},
      {"Tab", "the keyboard goes into the panel: arrows move, Space or Return chooses, Esc gives the keys back"},
      {"Right, Left, PageDown, PageUp", "next and back, as a presentation clicker's keys"},
      {"Ctrl+Alt+V", "self-voicing on or off: Lineage says what opens, what changes and what the keyboard reaches"},
      {"Ctrl + , Ctrl - , Ctrl 0", "larger, smaller and normal type and panels"},
      {"F12", "the Diagnostics panel"},
      {"Ctrl+Q", "quit (answers and settings are saved)"},
  };
  return keys;
}

std::string keys_spoken(const std::string& screen, const std::vector<KeyBinding>& bindings) {
  std::string words = "Keys. Everywhere: ";
  for (const KeyHelp& k : keys_everywhere()) words += std::string(k.keys) + ", " + k.what + ". ";
  if (!screen.empty() && !bindings.empty()) {
    words += "On the " + screen + " screen: ";
    for (const KeyBinding& b : bindings)
      words += std::string(1, static_cast<char>(std::toupper(static_cast<unsigned char>(b.key)))) + ", " + b.label + ". ";
  }
  return words + "Escape closes this list.";
}

}  // namespace lineage
