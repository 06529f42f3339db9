// A multi-line text field that word-wraps as the reader types (ImGui 1.86's own field cannot).
// Editing lives in core/text/text_edit (caret, selection, undo and redo, UTF-8, wrapped
// layout); this draws it and feeds it ImGui's keys, characters, clipboard and mouse.
#pragma once

#include "core/text/text_edit.hpp"

namespace lineage {

struct EditorResult {
  bool changed = false;      // the text changed this frame
  bool active = false;       // it has the keyboard
  bool deactivated = false;  // it just lost the keyboard (clicked away, Esc)
};

// Draws `edit` at the cursor, `width` wide and at least `min_height` tall (it grows with its
// lines; the window around it scrolls). `focus`: take the keyboard now, caret at the end.
// `field` holds the text, caret, undo and layout between frames (its owner keeps it).
EditorResult wrapped_editor(const char* id, EditField& field, float width, float min_height, bool focus = false);

}  // namespace lineage
