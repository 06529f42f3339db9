// State shared by every scene: the story, the reader's settings and selection. Scenes read it
// and change it; their own view state (camera, hover, open panels) stays inside the scene.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/journal/journal.hpp"
#include "core/model/story.hpp"
#include "core/model/visibility.hpp"
#include "core/script/diagnostic.hpp"
#include "core/settings/settings.hpp"

namespace lineage {

struct AppState {
  std::filesystem::path story_dir, data_dir, assets_dir;
  // The last story that loaded without errors (an empty Story if none ever did). Reload swaps
  // in a new one whole; scenes keep selections by id, never by pointer or index.
  std::shared_ptr<const Story> story = std::make_shared<Story>();
  std::vector<Diagnostic> diagnostics;  // of the latest load attempt
  int story_version = 0;                // bumps when a new story is swapped in
  Settings settings;
  std::string selected_moment, selected_person;  // ids
  std::string requested_scene;                   // a scene asks the app to switch
  std::vector<std::string> scene_names;          // every registered scene (e.g. to offer "story")
  std::string status;                            // a one-line message for the status bar
  bool offscreen = false;
  // The reader's journal (answers, story-mode progress, per-profile settings) and who is
  // reading. Never null once the app has started; check journal->status() before trusting it.
  Journal* journal = nullptr;
  std::int64_t profile = 0;
  std::string profile_name;
  // Ask "Who is reading?" before anything else (a shared classroom computer with several readers).
  bool ask_reader = false;
  float content_top = 0;  // height of the menu bar: scenes draw below it

  int reading_limit() const { return lineage::reading_limit(*story, settings.milestone); }
  bool can_see(int moment) const { return moment_visible(*story, moment, reading_limit()); }
};

}  // namespace lineage
