#include "scenes/scene_table.hpp"

#include "scenes/class/class_scene.hpp"
#include "scenes/lineage/lineage_scene.hpp"
#include "scenes/present/present_scene.hpp"
#include "scenes/reflections_scene.hpp"
#include "scenes/story/story_scene.hpp"
#include "scenes/timeline/timeline_scene.hpp"
#include "scenes/title_scene.hpp"
#include "scenes/study/ask_scene.hpp"
#include "scenes/study/cues_scene.hpp"
#include "scenes/study/takeaways_scene.hpp"

namespace lineage {

const std::vector<SceneEntry>& scene_table() {
  static const std::vector<SceneEntry> table = {
      {"title", "Title", "F2", make_title_scene},
      {"timeline", "Timeline", "F3", make_timeline_scene},
      {"lineage", "Lineage", "F4", make_lineage_scene},
      {"reflections", "Reflections", "F6", make_reflections_scene},
      {"story", "Story mode", "F5", make_story_scene},
      {"present", "Present a lesson", "", make_present_scene},
      {"cues", "Memory cues", "F7", make_cues_scene},
      {"ask", "Ask", "", make_ask_scene},
      {"takeaways", "Key takeaways", "F8", make_takeaways_scene},
      {"themes", "Theme tracker", "F9", make_themes_scene},
      {"class", "Class responses", "", make_class_scene},
  };
  return table;
}

}  // namespace lineage
