// Every scene of Lineage, in menu order (F2, F3, ...). Adding a screen is adding a line here.
#include <memory>
#include <vector>

#include "app/scene.hpp"
#include "scenes/title_scene.hpp"
#include "scenes/timeline/timeline_scene.hpp"
#include "scenes/lineage/lineage_scene.hpp"
#include "scenes/reflections_scene.hpp"
#include "scenes/story/story_scene.hpp"

namespace lineage {

std::vector<std::unique_ptr<Scene>> make_scenes() {
  std::vector<std::unique_ptr<Scene>> scenes;
  scenes.push_back(make_title_scene());
  scenes.push_back(make_timeline_scene());
  scenes.push_back(make_lineage_scene());
  scenes.push_back(make_reflections_scene());
  scenes.push_back(make_story_scene());
  return scenes;
}

}  // namespace lineage
