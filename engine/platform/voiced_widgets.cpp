#include "platform/voiced_widgets.hpp"

#include <imgui_internal.h>  // the focused and hovered IDs

#include <vector>

namespace lineage {
namespace {
ItemRole noted;
// The open groups, innermost last: each its serial (a new one per group drawn, so one frame's
// count never reaches another's) and how many controls it has counted so far.
struct OpenGroup {
  unsigned serial;
  int members;
};
std::vector<OpenGroup> open_groups;
unsigned last_serial = 0;
std::string next_name;

int place_in_group() { return open_groups.empty() ? 0 : ++open_groups.back().members; }
}  // namespace

const ItemRole& focused_item_role() { return noted; }

void count_in_group() {
  place_in_group();
  next_name.clear();  // it was this control's
}

void note_item_role(const char* role, int checked, std::string value, int position, int count) {
  int place = place_in_group();
  std::string name;
  name.swap(next_name);
  const ImGuiContext& g = *GImGui;
  ImGuiID id = g.LastItemData.ID;
  if (!id || (id != g.NavId && id != g.HoveredId && id != noted.id)) return;
  noted = ItemRole{id, role, checked, std::move(value), position, count, 0, std::move(name)};
  if (!position && place) {
    noted.position = place;
    noted.group = open_groups.back().serial;  // its count is filled in when the group ends
  }
}

std::string role_words(const ItemRole& role) {
  std::string words = role.role;
  if (role.checked >= 0) words += role.checked ? ", checked" : ", not checked";
  if (!role.value.empty()) words += ", " + role.value;
  // A group of one says no place: "1 of 1" tells a listener nothing.
  if (role.position > 0 && role.count > 1) words += ", " + std::to_string(role.position) + " of " + std::to_string(role.count);
  return words;
}

namespace voiced {
void name_next_item(const char* name) { next_name = name ? name : ""; }

Group::Group() { open_groups.push_back(OpenGroup{++last_serial, 0}); }
Group::~Group() {
  if (noted.group == open_groups.back().serial) noted.count = open_groups.back().members;
  open_groups.pop_back();
}
}  // namespace voiced

}  // namespace lineage
