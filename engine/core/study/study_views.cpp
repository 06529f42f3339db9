#include "core/study/study_views.hpp"

#include <algorithm>

namespace lineage {
namespace {
// Story order: the novel's telling order where the script gives one, else time order.
const std::vector<int>& story_order(const Story& story) {
  return story.telling_order.empty() ? story.chronological : story.telling_order;
}
bool contains(const std::vector<int>& list, int value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}
}  // namespace

std::vector<int> takeaway_moments(const Story& story, const Visibility& visibility, int takeaway) {
  std::vector<int> out;
  if (takeaway < 0 || std::size_t(takeaway) >= story.takeaways.size() || !visibility.takeaway(takeaway)) return out;
  const Subject& about = story.takeaways[std::size_t(takeaway)].about;
  for (int m : story_order(story)) {
    if (!visibility.moment(m)) continue;
    const Moment& moment = story.moments[std::size_t(m)];
    bool rests = (about.kind == Subject::Kind::Moment && about.index == m) ||
                 (about.kind == Subject::Kind::Person && contains(moment.people, about.index)) ||
                 (about.kind == Subject::Kind::Theme && contains(moment.themes, about.index));
    if (rests) out.push_back(m);
  }
  return out;
}

std::vector<int> takeaway_facts(const Story& story, const Visibility& visibility, int takeaway) {
  std::vector<int> out;
  for (int m : takeaway_moments(story, visibility, takeaway))
    for (int f : story.moments[std::size_t(m)].facts)
      if (visibility.fact(f) && !contains(out, f)) out.push_back(f);
  return out;
}

ThemeGrid theme_grid(const Story& story, const Visibility& visibility) {
  ThemeGrid grid;
  for (std::size_t l = 0; l < story.lanes.size(); ++l) grid.lanes.push_back(int(l));
  grid.cells.assign(story.themes.size(), std::vector<std::vector<int>>(grid.lanes.size()));
  for (int m : story_order(story)) {
    if (!visibility.moment(m)) continue;
    const Moment& moment = story.moments[std::size_t(m)];
    auto column = std::find(grid.lanes.begin(), grid.lanes.end(), moment.lane);
    if (column == grid.lanes.end()) continue;
    for (int t : moment.themes) {
      if (t < 0 || std::size_t(t) >= story.themes.size()) continue;
      auto& cell = grid.cells[std::size_t(t)][std::size_t(column - grid.lanes.begin())];
      cell.push_back(m);
      grid.strongest = std::max(grid.strongest, int(cell.size()));
    }
  }
  return grid;
}

std::vector<int> theme_grid_columns(const Story& story, const Visibility& visibility, const ThemeGrid& grid) {
  std::vector<int> columns;
  for (std::size_t c = 0; c < grid.lanes.size(); ++c) {
    const Lane& lane = story.lanes[std::size_t(grid.lanes[c])];
    if (lane.person < 0 || visibility.person(lane.person)) columns.push_back(int(c));
  }
  return columns;
}

}  // namespace lineage
