// The picture catalogue `lineage check` knows (core/model/pictures.cpp) is exactly what the
// program draws: the tableau registry's names in its order, and the moods of assets/moods.conf
// with every palette role. A tableau added to one and not the other fails here.
#include <catch2/catch.hpp>

#include <imgui_internal.h>  // ImDrawListSharedData: a draw list without a whole ImGui frame

#include <cmath>
#include <cstring>
#include <set>

#include "core/model/pictures.hpp"
#include "core/settings/theme.hpp"
#include "scenes/tableaux/tableau.hpp"

TEST_CASE("the checker's tableau names are the registry's, in its order", "[pictures]") {
  std::vector<std::string> drawn;
  for (const lineage::TableauEntry& e : lineage::tableaux()) drawn.emplace_back(e.name);
  CHECK(drawn == lineage::tableau_names());
  CHECK(drawn.size() == 14);
}

TEST_CASE("the checker's moods are the palettes of assets/moods.conf, each complete", "[pictures]") {
  auto moods = lineage::load_theme(std::filesystem::path(LINEAGE_SOURCE_DIR) / "assets" / "moods.conf");
  std::set<std::string> in_file;
  for (const auto& [key, colour] : moods.theme.colours) in_file.insert(key.substr(0, key.find('.')));
  std::set<std::string> listed;
  for (const std::string& m : lineage::mood_names()) {
    listed.insert(m);
    for (const char* role : {"sky-top", "sky", "far", "near", "light", "accent", "mist"}) {
      INFO(m << "." << role);
      CHECK(moods.theme.colours.count(m + "." + role) == 1);
    }
  }
  CHECK(in_file == listed);
}

namespace {

// The vertices one tableau draws into a fresh list at `time`, `still` or moving.
std::vector<ImDrawVert> tableau_vertices(const lineage::TableauEntry& entry, double time, bool still,
                                         const std::string& state = "", double state_time = 1e9) {
  static ImDrawListSharedData shared = [] {
    ImDrawListSharedData d;
    d.SetCircleTessellationMaxError(0.30f);
    d.ClipRectFullscreen = ImVec4(-8192, -8192, 8192, 8192);
    d.InitialFlags = ImDrawListFlags_AntiAliasedLines | ImDrawListFlags_AntiAliasedFill;
    return d;
  }();
  ImDrawList list(&shared);
  list._ResetForNewFrame();
  list.PushClipRectFullScreen();
  lineage::TableauFrame f;
  f.dl = &list;
  f.min = ImVec2(0, 0);
  f.max = ImVec2(1920, 760);
  f.time = time;
  f.still = still;
  f.state = state;
  f.state_time = state_time;
  f.palette = lineage::mood_palette(lineage::InterfaceTheme{}, "grey");
  entry.draw(f);
  return std::vector<ImDrawVert>(list.VtxBuffer.begin(), list.VtxBuffer.end());
}

bool same(const std::vector<ImDrawVert>& a, const std::vector<ImDrawVert>& b) {
  return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(ImDrawVert)) == 0;
}

}  // namespace

TEST_CASE("under reduced motion every tableau is one still picture, whatever the clock says", "[pictures]") {
  int moving = 0;
  for (const lineage::TableauEntry& e : lineage::tableaux()) {
    INFO(e.name);
    auto first = tableau_vertices(e, 0.0, true);
    CHECK(first.size() > 100);  // a picture, not an empty frame
    CHECK(same(first, tableau_vertices(e, 37.5, true)));
    CHECK(same(first, tableau_vertices(e, 600.0, true)));
    if (!same(tableau_vertices(e, 0.5, false), tableau_vertices(e, 6.0, false))) ++moving;
  }
  // Without reduced motion they do move (snow, light, a curtain): the check above can fail.
  CHECK(moving >= 12);
}

namespace {

const lineage::TableauEntry& entry_named(const std::string& name) {
  for (const lineage::TableauEntry& e : lineage::tableaux())
    if (name == e.name) return e;
  FAIL("no tableau " << name);
  return lineage::tableaux().front();
}

}  // namespace

TEST_CASE("a tableau's states draw differently, at once under reduced motion", "[pictures]") {
  // Every state the checker accepts belongs to a drawn tableau and draws something other than
  // one of its siblings (doubt's `away` is its first picture, so it differs from `toward`).
  for (const lineage::TableauState& s : lineage::tableau_state_catalogue()) {
    INFO(s.tableau << " / " << s.state);
    const lineage::TableauEntry& e = entry_named(s.tableau);
    int differs = 0;
    for (const std::string& other : lineage::tableau_states(s.tableau))
      if (other != s.state && !same(tableau_vertices(e, 8.0, true, s.state), tableau_vertices(e, 8.0, true, other)))
        ++differs;
    CHECK(differs >= 1);
    // Under reduced motion the change is whole on its first frame.
    CHECK(same(tableau_vertices(e, 8.0, true, s.state, 0.0), tableau_vertices(e, 8.0, true, s.state, 5.0)));
  }
  const auto& absence = entry_named("absence");
  CHECK_FALSE(same(tableau_vertices(absence, 8.0, true, "lit"), tableau_vertices(absence, 8.0, true, "out")));
  const auto& doubt = entry_named("doubt");
  CHECK_FALSE(same(tableau_vertices(doubt, 8.0, true, "toward"), tableau_vertices(doubt, 8.0, true, "")));
  const auto& apart = entry_named("apart");
  CHECK_FALSE(same(tableau_vertices(apart, 8.0, true, "joined"), tableau_vertices(apart, 8.0, true, "broken")));
}

TEST_CASE("with motion a change of state eases in from where it was", "[pictures]") {
  const auto& absence = entry_named("absence");
  // The instant the last light is put out it still shines as `lit`; a few seconds on it is gone.
  CHECK(same(tableau_vertices(absence, 3.0, false, "out", 0.0), tableau_vertices(absence, 3.0, false, "lit")));
  CHECK_FALSE(same(tableau_vertices(absence, 3.0, false, "out", 5.0), tableau_vertices(absence, 3.0, false, "lit")));
  auto halfway = tableau_vertices(absence, 3.0, false, "out", 0.6);
  CHECK_FALSE(same(halfway, tableau_vertices(absence, 3.0, false, "out", 5.0)));
  const auto& apart = entry_named("apart");
  CHECK(same(tableau_vertices(apart, 3.0, false, "broken", 0.0), tableau_vertices(apart, 3.0, false, "joined")));
}

namespace {

// Twice the signed area of the ring of every other vertex from `first` (n of them).
float ring_area(const ImVector<ImDrawVert>& v, unsigned first, unsigned n) {
  float area = 0;
  for (unsigned i = 0; i < n; ++i) {
    const ImVec2 &p = v[static_cast<int>(first + 2 * i)].pos, &q = v[static_cast<int>(first + 2 * ((i + 1) % n))].pos;
    area += p.x * q.y - q.x * p.y;
  }
  return area;
}

}  // namespace

// ImGui softens a filled shape with a fringe from its outline outwards only when the outline
// runs clockwise on screen; otherwise the fringe falls inside the shape and the edge is hard,
// stepped at the picture's half resolution (a figure's limbs were). An anti-aliased fill is N
// inner corners (opaque) and N outer ones (clear), interleaved, filled as a fan of the inner
// ones: for each, the outer ring must enclose the inner.
TEST_CASE("every tableau's filled shapes are softened outwards, whichever way they were drawn", "[pictures]") {
  ImDrawListSharedData shared;
  shared.SetCircleTessellationMaxError(0.30f);
  shared.ClipRectFullscreen = ImVec4(-8192, -8192, 8192, 8192);
  shared.InitialFlags = ImDrawListFlags_AntiAliasedLines | ImDrawListFlags_AntiAliasedFill;
  int fills = 0;
  for (const lineage::TableauEntry& e : lineage::tableaux()) {
    ImDrawList list(&shared);
    list._ResetForNewFrame();
    list.PushClipRectFullScreen();
    lineage::TableauFrame f;
    f.dl = &list;
    f.min = ImVec2(0, 0);
    f.max = ImVec2(960, 380);
    f.time = 3.0;
    f.palette = lineage::mood_palette(lineage::InterfaceTheme{}, "grey");
    e.draw(f);
    const ImVector<ImDrawIdx>& idx = list.IdxBuffer;
    const ImVector<ImDrawVert>& vtx = list.VtxBuffer;
    int inward = 0;
    for (int k = 0; k + 6 <= idx.Size;) {
      // A fan over every other vertex: (b, b+2, b+4), (b, b+4, b+6), ...
      const unsigned b = idx[k];
      unsigned n = 0;  // fan triangles
      while (k + 3 * static_cast<int>(n) + 3 <= idx.Size && idx[k + 3 * static_cast<int>(n)] == b &&
             idx[k + 3 * static_cast<int>(n) + 1] == b + 2 * (n + 1) && idx[k + 3 * static_cast<int>(n) + 2] == b + 2 * (n + 2))
        ++n;
      const unsigned corners = n + 2;
      if (n < 1 || b + 2 * corners > static_cast<unsigned>(vtx.Size) || (vtx[static_cast<int>(b + 1)].col >> 24) != 0) {
        k += 3;
        continue;
      }
      ++fills;
      const float inner = std::fabs(ring_area(vtx, b, corners)), outer = std::fabs(ring_area(vtx, b + 1, corners));
      if (!(outer > inner)) ++inward;
      k += 3 * static_cast<int>(n);
    }
    INFO(e.name << ": " << inward << " shapes with their fringe inside");
    CHECK(inward == 0);
  }
  CHECK(fills > 200);
}
