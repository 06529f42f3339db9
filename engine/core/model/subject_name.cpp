#include "core/model/subject_name.hpp"

namespace lineage {
namespace {

template <class V>
bool in_range(const V& v, int i) { return i >= 0 && i < static_cast<int>(v.size()); }

}  // namespace

std::string subject_name(const Story& story, const Subject& subject) {
  auto i = static_cast<std::size_t>(subject.index);
  switch (subject.kind) {
    case Subject::Kind::Moment:
      if (in_range(story.moments, subject.index)) return story.moments[i].title;
      break;
    case Subject::Kind::Person:
      if (in_range(story.people, subject.index)) return story.people[i].name;
      break;
    case Subject::Kind::Theme:
      if (in_range(story.themes, subject.index)) return story.themes[i].name;
      break;
    case Subject::Kind::Book: break;
  }
  return "The book";
}

}  // namespace lineage
