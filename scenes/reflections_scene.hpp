// Reflections (F6, --scene reflections): every prompt the reader may see, filterable, each
// opening to its answer. Also what tests need: what the scene listed in its last frame.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "app/scene.hpp"

namespace lineage {

std::unique_ptr<Scene> make_reflections_scene();


struct ReflectionsSummary {
  int visible = 0;   // prompts the reader may see
  int answered = 0;  // of those, answered by the current profile
  std::vector<std::string> listed;  // ids of the prompts listed after filtering, in order
  std::vector<std::string> content_notes;  // beside each listed prompt, as drawn ("" if none)
  std::string count_text;           // "N of M answered", as drawn
  int journal_reads = 0;            // how often the scene has queried the journal so far
};
// What the reflections scene showed in its last frame; nullptr for any other scene.
const ReflectionsSummary* reflections_summary(const Scene* scene);

}  // namespace lineage
