// App chrome. Who is reading: the Reader menu (switch, new, rename, delete a profile) and File > Export
// (the study guide as PDF, EPUB, Markdown or HTML). The menus are drawn inside the app's main
// menu bar; their dialogs after it, at the top level of ImGui's window stack.
#pragma once

#include <filesystem>
#include <string>

#include "app/app_state.hpp"
#include "core/export/export.hpp"

namespace lineage {

struct ReaderDialogs;

// Inside BeginMainMenuBar; each returns whether its menu is open this frame.
bool draw_file_menu(AppState& state, ReaderDialogs& dialogs);
bool draw_reader_menu(AppState& state, ReaderDialogs& dialogs);

// After EndMainMenuBar: New, Rename, Delete, Export, and "Who is reading?" (names only, no
// passwords, and "Someone new"), shown while state.ask_reader.
void draw_reader_dialogs(AppState& state, ReaderDialogs& dialogs);

// Makes `profile` the reader: saves what the last reader was typing, then remembers the new
// one in the settings (extra["profile"]) so the next start opens it.
void switch_profile(AppState& state, const Profile& profile);

// Renames the current reader; "" when done, else why not (empty, taken, cannot write).
std::string rename_reader(AppState& state, const std::string& name);
// Deletes the current reader and everything she wrote (the dialog asks first), then switches
// to another reader, or a new "Reader" if none is left. False if the journal refused.
bool delete_reader(AppState& state);

// What the Export dialog asks for.
struct ExportChoice {
  ExportFormat format = ExportFormat::Pdf;
  int milestone = -1;  // index into Story::milestones; -1 = the whole book
  Paper paper = Paper::A4;
  bool worksheet = false;
  bool gentle = false;
  bool teacher = false;  // line citations and their appendix
  std::string path;  // empty: the data folder, named after the reader
};
// What the dialogs hold between frames; the app owns one.
struct ReaderDialogs {
  bool open_new = false, open_rename = false, open_delete = false;  // open the popup next frame
  bool show_export = false;
  std::string name;     // typed in New / Rename
  std::string problem;  // why the last New / Rename did not happen
  ExportChoice choice;
  std::string result;  // what the last export did: "Wrote <file>: ..." or why not
  bool result_ok = false;
};

// Where the guide goes: `choice.path` if given, else "<data folder>/<reader> study guide.<ext>".
std::filesystem::path export_path(const AppState& state, const ExportChoice& choice);
// Saves pending answers, then exports the current reader's study guide (or a blank worksheet).
ExportResult export_for_reader(AppState& state, const ExportChoice& choice);

}  // namespace lineage
