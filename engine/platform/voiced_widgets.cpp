#include "platform/voiced_widgets.hpp"

#include <imgui_internal.h>  // the focused and hovered IDs

namespace lineage {
namespace {
ItemRole noted;
}

const ItemRole& focused_item_role() { return noted; }

void note_item_role(const char* role, int checked) {
  const ImGuiContext& g = *GImGui;
  ImGuiID id = g.LastItemData.ID;
  if (!id || (id != g.NavId && id != g.HoveredId && id != noted.id)) return;
  noted = ItemRole{id, role, checked};
}

std::string role_words(const ItemRole& role) {
  std::string words = role.role;
  if (role.checked >= 0) words += role.checked ? ", checked" : ", not checked";
  return words;
}

}  // namespace lineage
