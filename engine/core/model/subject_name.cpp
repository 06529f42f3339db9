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

std::string content_notes_in_words(const std::vector<std::string>& labels) {
  if (labels.empty()) return "";
  std::string out = labels.size() == 1 ? "Content note: " : "Content notes: ";
  for (std::size_t i = 0; i < labels.size(); ++i) out += (i ? ", " : "") + labels[i];
  return out;
}

std::string content_notes_in_words(const Story& story, const Subject& subject) {
  if (subject.kind != Subject::Kind::Moment || !in_range(story.moments, subject.index)) return "";
  std::vector<std::string> labels;
  for (int n : story.moments[static_cast<std::size_t>(subject.index)].content_notes)
    if (in_range(story.content_notes, n)) labels.push_back(story.content_notes[static_cast<std::size_t>(n)].label);
  return content_notes_in_words(labels);
}

}  // namespace lineage
