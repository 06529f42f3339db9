// Stories for the genogram tests: the bundled one, and small hand-built families.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "core/model/story.hpp"
#include "core/script/loader.hpp"

namespace lineage::genogram_test {

inline std::shared_ptr<const Story> the_push() {
  static std::shared_ptr<const Story> story = load_story(std::filesystem::path(LINEAGE_SOURCE_DIR) / "story").story;
  return story;
}

// A tiny family built by hand (no loader), for shapes The Push does not have.
struct Family {
  Story story;
  int add(const std::string& id, Sex sex, int generation, double born = -1) {
    Person p;
    p.id = p.name = id;
    p.sex = sex;
    p.generation = generation;
    if (born > 0) p.born = When{born, 0, false, std::to_string(static_cast<int>(born))};
    story.people.push_back(p);
    story.person_index[id] = static_cast<int>(story.people.size()) - 1;
    return static_cast<int>(story.people.size()) - 1;
  }
  void partners(int a, int b, int order = 1, PartnerStatus status = PartnerStatus::Married) {
    Partnership pt;
    pt.a = a, pt.b = b, pt.order = order, pt.status = status;
    story.partnerships.push_back(pt);
  }
  void child(int parent, int kid) {
    ParentLink l;
    l.parent = parent, l.child = kid;
    story.parents.push_back(l);
  }
};

}  // namespace lineage::genogram_test
