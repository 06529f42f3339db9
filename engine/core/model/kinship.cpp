#include "core/model/kinship.hpp"

namespace lineage {

namespace {

bool veiled(const std::vector<char>& moment_veiled, int moment) {
  return moment >= 0 && static_cast<std::size_t>(moment) < moment_veiled.size() &&
         moment_veiled[static_cast<std::size_t>(moment)];
}

bool is_parent(const Story& s, int parent, int child, const std::vector<char>&) {
  for (const ParentLink& l : s.parents)
    if (l.parent == parent && l.child == child) return true;
  return false;
}

const char* by_sex(const Person& p, const char* female, const char* male, const char* neutral) {
  return p.sex == Sex::Female ? female : p.sex == Sex::Male ? male : neutral;
}

}  // namespace

std::string kinship_word(const Story& s, int person, int relative, const std::vector<char>& mv) {
  if (person < 0 || relative < 0 || person == relative) return {};
  const Person& r = s.people[static_cast<std::size_t>(relative)];
  for (const Partnership& p : s.partnerships)
    if (((p.a == person && p.b == relative) || (p.b == person && p.a == relative)) && !veiled(mv, p.begins))
      return by_sex(r, "wife", "husband", "partner");
  if (is_parent(s, person, relative, mv)) return by_sex(r, "daughter", "son", "child");
  if (is_parent(s, relative, person, mv)) return by_sex(r, "mother", "father", "parent");
  // Siblings share a parent; half-siblings share one but not all (as far as the story says).
  int shared = 0, unshared = 0;
  for (const ParentLink& l : s.parents) {
    if (l.child == person) (is_parent(s, l.parent, relative, mv) ? shared : unshared) += 1;
    if (l.child == relative && !is_parent(s, l.parent, person, mv)) unshared += 1;
  }
  if (shared > 0)
    return unshared > 0 ? by_sex(r, "half-sister", "half-brother", "half-sibling") : by_sex(r, "sister", "brother", "sibling");
  return {};
}

std::string company_line(const Story& s, int person, const std::vector<int>& others, const std::vector<char>& mv) {
  std::string out, unlinked;
  for (int o : others) {
    const std::string& name = s.people[static_cast<std::size_t>(o)].name;
    std::string word = kinship_word(s, person, o, mv);
    if (word.empty()) unlinked += (unlinked.empty() ? "" : ", ") + name;
    else if (name.find(word) != std::string::npos) out += (out.empty() ? "" : ", ") + name;  // "Etta's husband"
    else out += (out.empty() ? "" : ", ") + word + " " + name;
  }
  if (!unlinked.empty()) out += (out.empty() ? "with " : "; with ") + unlinked;
  return out;
}

}  // namespace lineage
