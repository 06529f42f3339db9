// Shared by the [timeline] unit tests: the bundled story, a synthetic story built in code, and
// label widths measured the way the scene does, approximately (no fonts in core tests).
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/layout/timeline_labels.hpp"
#include "core/script/loader.hpp"

namespace timeline_test {

inline std::shared_ptr<const lineage::Story> bundled() {
  static std::shared_ptr<const lineage::Story> story =
      lineage::load_story(std::filesystem::path(LINEAGE_SOURCE_DIR) / "story").story;
  return story;
}

// About 8.5 px a character for a 17 px serif title; the date line is shorter than most titles.
inline std::vector<lineage::LabelText> label_text(const lineage::Story& story) {
  std::vector<lineage::LabelText> out;
  for (const auto& m : story.moments) {
    float full = 8.5f * static_cast<float>(std::max<std::size_t>(m.title.size(), 10));
    out.push_back({full, std::min(full, 8.5f * 17.0f)});
  }
  return out;
}

// `lanes` lanes, each headed by a woman who is the previous one's daughter; `per_lane` moments a
// lane, `spacing` years apart, starting at 1900 + 25 * lane.
inline lineage::Story synthetic(int lanes, int per_lane, double spacing) {
  lineage::Story s;
  for (int l = 0; l < lanes; ++l) {
    lineage::Person p;
    p.id = "p" + std::to_string(l);
    p.name = "Woman " + std::to_string(l);
    p.lane = l;
    p.sex = lineage::Sex::Female;
    p.born = lineage::When{1900.0 + 25.0 * l, 2, true, "c."};
    s.people.push_back(p);
    lineage::Lane lane;
    lane.id = p.id;
    lane.title = p.name;
    lane.person = l;
    lane.order = l;
    s.lanes.push_back(lane);
    if (l > 0) {
      lineage::ParentLink link;
      link.parent = l - 1;
      link.child = l;
      s.parents.push_back(link);
    }
  }
  for (int l = 0; l < lanes; ++l)
    for (int i = 0; i < per_lane; ++i) {
      lineage::Moment m;
      m.id = "m" + std::to_string(l) + "-" + std::to_string(i);
      m.title = "Moment " + std::to_string(i) + " of lane " + std::to_string(l);
      m.when = lineage::When{1900.0 + 25.0 * l + spacing * i, 0.5, true, "c."};
      m.lane = l;
      s.moment_index[m.id] = static_cast<int>(s.moments.size());
      s.moments.push_back(m);
    }
  for (int i = 0; i < static_cast<int>(s.moments.size()); ++i) s.chronological.push_back(i);
  std::stable_sort(s.chronological.begin(), s.chronological.end(),
                   [&](int a, int b) { return s.moments[a].when.estimate < s.moments[b].when.estimate; });
  return s;
}

}  // namespace timeline_test
