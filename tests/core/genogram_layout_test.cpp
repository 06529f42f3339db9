// Genogram layout: no overlapping symbols, partners adjacent, children below their parents in
// birth order, a remarriage drawn without crossings, on The Push and on small built families.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "core/layout/genogram_layout.hpp"
#include "core/layout/genogram_lines.hpp"
#include "genogram_test_util.hpp"

using namespace lineage;
using namespace lineage::genogram_test;

namespace {

GPoint at(const GenogramLayout& l, const Story& s, const char* id) { return l.nodes[l.node_of(s.person(id))].at; }

void require_no_overlap(const GenogramLayout& layout) {
  const float d = layout.metrics.node;
  for (std::size_t i = 0; i < layout.nodes.size(); ++i)
    for (std::size_t j = i + 1; j < layout.nodes.size(); ++j) {
      GPoint a = layout.nodes[i].at, b = layout.nodes[j].at;
      bool apart = std::abs(a.x - b.x) >= d || std::abs(a.y - b.y) >= d;
      CHECK(apart);
      // Names on one row need their own room too.
      if (std::abs(a.y - b.y) < 1) CHECK(std::abs(a.x - b.x) >= 2 * layout.metrics.label_half_width - 1);
    }
}

void require_partners_adjacent(const GenogramLayout& layout) {
  for (const CoupleLine& c : layout.couples) {
    const GenogramNode& l = layout.nodes[c.left];
    const GenogramNode& r = layout.nodes[c.right];
    REQUIRE(l.row == r.row);
    for (int other : layout.rows[l.row].nodes) {
      if (other == c.left || other == c.right) continue;
      float x = layout.nodes[other].at.x;
      CHECK_FALSE((x > l.at.x && x < r.at.x));
    }
  }
}

// Every structural segment: couple lines and each child's descent (anchor, bar, drop).
struct Segment {
  GPoint a, b;
  int group;  // segments of one sibling group share the bar; they may touch
};

std::vector<Segment> structure(const GenogramLayout& layout) {
  std::vector<Segment> out;
  int group = 0;
  for (const CoupleLine& c : layout.couples) out.push_back({c.from, c.to, -1 - group++});
  for (std::size_t g = 0; g < layout.children.size(); ++g) {
    const ChildGroup& cg = layout.children[g];
    int id = static_cast<int>(g);
    out.push_back({cg.anchor, {cg.anchor.x, cg.bar_y}, id});
    for (int c : cg.children) {
      GPoint p = layout.nodes[c].at;
      if (std::abs(p.x - cg.anchor.x) > 0.5f) out.push_back({{cg.anchor.x, cg.bar_y}, {p.x, cg.bar_y}, id});
      out.push_back({{p.x, cg.bar_y}, {p.x, p.y - layout.metrics.radius()}, id});
    }
  }
  return out;
}

void require_no_crossings(const GenogramLayout& layout) {
  auto segs = structure(layout);
  for (std::size_t i = 0; i < segs.size(); ++i)
    for (std::size_t j = i + 1; j < segs.size(); ++j) {
      if (segs[i].group == segs[j].group) continue;
      INFO("segments " << i << " and " << j);
      CHECK_FALSE(segments_cross(segs[i].a, segs[i].b, segs[j].a, segs[j].b));
    }
  // No line runs through a symbol it does not belong to.
  for (const Segment& s : segs)
    for (const GenogramNode& n : layout.nodes) {
      float r = layout.metrics.radius() - 1;
      bool ends_here = std::hypot(s.a.x - n.at.x, s.a.y - n.at.y) <= r + 2 || std::hypot(s.b.x - n.at.x, s.b.y - n.at.y) <= r + 2;
      if (ends_here) continue;
      GPoint box[4] = {{n.at.x - r, n.at.y - r}, {n.at.x + r, n.at.y - r}, {n.at.x + r, n.at.y + r}, {n.at.x - r, n.at.y + r}};
      for (int k = 0; k < 4; ++k) CHECK_FALSE(segments_cross(s.a, s.b, box[k], box[(k + 1) % 4]));
    }
}

}  // namespace

TEST_CASE("The Push: generations are rows, oldest at the top", "[genogram]") {
  auto story = the_push();
  REQUIRE(story);
  GenogramLayout layout = layout_genogram(*story);
  REQUIRE(layout.nodes.size() == story->people.size());
  REQUIRE(layout.rows.size() == 4);
  for (const GenogramNode& n : layout.nodes)
    CHECK(n.row == story->people[n.person].generation - 1);
  CHECK(at(layout, *story, "etta").y < at(layout, *story, "cecilia").y);
  CHECK(at(layout, *story, "cecilia").y < at(layout, *story, "blythe").y);
  CHECK(at(layout, *story, "blythe").y < at(layout, *story, "violet").y);
  CHECK(layout.bounds.width() > 0);
  CHECK(layout.bounds.height() > 0);
}

TEST_CASE("The Push: no two symbols overlap and partners stand side by side", "[genogram]") {
  auto story = the_push();
  GenogramLayout layout = layout_genogram(*story);
  require_no_overlap(layout);
  require_partners_adjacent(layout);
  CHECK(layout.couples.size() == story->partnerships.size());
}

TEST_CASE("The Push: children hang below their parents' couple line in birth order", "[genogram]") {
  auto story = the_push();
  GenogramLayout layout = layout_genogram(*story);
  bool saw_violet_and_sam = false;
  for (const ChildGroup& g : layout.children) {
    for (int parent : g.parents) CHECK(layout.nodes[parent].at.y < g.bar_y);
    CHECK(g.anchor.y < g.bar_y);
    for (int c : g.children) CHECK(g.bar_y < layout.nodes[c].at.y - layout.metrics.radius());
    for (std::size_t i = 1; i < g.children.size(); ++i) {
      CHECK(first_seen(*story, layout.nodes[g.children[i - 1]].person) <= first_seen(*story, layout.nodes[g.children[i]].person));
      CHECK(layout.nodes[g.children[i - 1]].at.x < layout.nodes[g.children[i]].at.x);
    }
    if (g.children.size() == 2 && layout.nodes[g.children[0]].person == story->person("violet") &&
        layout.nodes[g.children[1]].person == story->person("sam"))
      saw_violet_and_sam = true;
    // A couple's children hang from the middle of its line.
    if (g.couple >= 0) CHECK(std::abs(layout.couples[g.couple].mid().x - g.anchor.x) < 0.5f);
  }
  CHECK(saw_violet_and_sam);
  // The lone parent's descent starts below her name, not through it.
  int cecilia = layout.node_of(story->person("cecilia"));
  for (const ChildGroup& g : layout.children)
    if (g.parents == std::vector<int>{cecilia}) CHECK(g.anchor.y >= layout.nodes[cecilia].at.y + layout.metrics.radius() + layout.metrics.label_below - 0.5f);
}

TEST_CASE("The Push: Fox's two marriages are drawn with Fox between his partners and nothing crossing", "[genogram]") {
  auto story = the_push();
  GenogramLayout layout = layout_genogram(*story);
  float blythe = at(layout, *story, "blythe").x, fox = at(layout, *story, "fox").x, gemma = at(layout, *story, "gemma").x;
  bool between = (blythe < fox && fox < gemma) || (gemma < fox && fox < blythe);
  bool beside = (fox < blythe && fox < gemma) || (fox > blythe && fox > gemma);
  CHECK((between || beside));
  CHECK(between);  // the layout chooses the clearer of the two
  // The first marriage is on the left: reading order is time order.
  CHECK(blythe < gemma);
  int couples_with_fox = 0;
  for (const CoupleLine& c : layout.couples)
    if (layout.nodes[c.left].person == story->person("fox") || layout.nodes[c.right].person == story->person("fox")) ++couples_with_fox;
  CHECK(couples_with_fox == 2);
  require_no_crossings(layout);
  // Jet hangs from Fox and Gemma's line, Violet and Sam from Fox and Blythe's.
  float jet = at(layout, *story, "jet").x, violet = at(layout, *story, "violet").x, sam = at(layout, *story, "sam").x;
  CHECK(violet < sam);
  CHECK(sam < jet);
}

TEST_CASE("The Push: the matriline stays in one column", "[genogram]") {
  auto story = the_push();
  GenogramLayout layout = layout_genogram(*story);
  float cecilia = at(layout, *story, "cecilia").x;
  CHECK(std::abs(at(layout, *story, "blythe").x - cecilia) < 1);
  CHECK(std::abs(at(layout, *story, "violet").x - cecilia) < layout.metrics.sibling_gap * 0.5f);
  for (const char* id : {"etta", "cecilia", "blythe", "violet"})
    CHECK(layout.nodes[layout.node_of(story->person(id))].lane_head);
}

TEST_CASE("built family: siblings in birth order whatever order the script declares them", "[genogram]") {
  Family f;
  int mum = f.add("mum", Sex::Female, 1, 1950), dad = f.add("dad", Sex::Male, 1, 1948);
  f.partners(dad, mum);
  int youngest = f.add("youngest", Sex::Male, 2, 1985), eldest = f.add("eldest", Sex::Female, 2, 1975),
      middle = f.add("middle", Sex::Female, 2, 1980);
  for (int kid : {youngest, eldest, middle}) f.child(mum, kid), f.child(dad, kid);
  GenogramLayout layout = layout_genogram(f.story);
  REQUIRE(layout.children.size() == 1);
  const auto& kids = layout.children[0].children;
  REQUIRE(kids.size() == 3);
  CHECK(layout.nodes[kids[0]].person == eldest);
  CHECK(layout.nodes[kids[1]].person == middle);
  CHECK(layout.nodes[kids[2]].person == youngest);
  // Centred under the couple.
  float centre = (layout.nodes[kids[0]].at.x + layout.nodes[kids[2]].at.x) * 0.5f;
  CHECK(std::abs(centre - layout.children[0].anchor.x) < 1);
  require_no_overlap(layout);
  require_no_crossings(layout);
}

TEST_CASE("built family: three marriages, cousins, unknown generations", "[genogram]") {
  Family f;
  int hub = f.add("hub", Sex::Male, 1, 1940);
  int w1 = f.add("w1", Sex::Female, 1, 1942), w2 = f.add("w2", Sex::Female, 1, 1945), w3 = f.add("w3", Sex::Female, 1, 1950);
  f.partners(hub, w1, 1, PartnerStatus::Divorced);
  f.partners(hub, w2, 2, PartnerStatus::Separated);
  f.partners(hub, w3, 3);
  int a = f.add("a", Sex::Female, 0, 1965), b = f.add("b", Sex::Male, 0, 1970), c = f.add("c", Sex::Female, 0, 1975);
  f.child(hub, a), f.child(w1, a), f.child(hub, b), f.child(w2, b), f.child(hub, c), f.child(w3, c);
  int grandchild = f.add("g", Sex::Female, 0, 1995);
  f.child(b, grandchild);
  GenogramLayout layout = layout_genogram(f.story);
  REQUIRE(layout.rows.size() == 3);
  CHECK(layout.nodes[layout.node_of(a)].row == 1);
  CHECK(layout.nodes[layout.node_of(grandchild)].row == 2);
  require_no_overlap(layout);
  CHECK(layout.couples.size() == 3);
  CHECK(layout.children.size() == 4);
}

TEST_CASE("layout leaves out people not included, and an empty story is empty", "[genogram]") {
  auto story = the_push();
  std::vector<bool> include(story->people.size(), true);
  include[story->person("jet")] = include[story->person("gemma")] = false;
  GenogramLayout layout = layout_genogram(*story, include);
  CHECK(layout.node_of(story->person("jet")) == -1);
  CHECK(layout.node_of(story->person("gemma")) == -1);
  CHECK(layout.couples.size() == story->partnerships.size() - 1);
  require_no_overlap(layout);
  require_partners_adjacent(layout);
  Story empty;
  CHECK(layout_genogram(empty).nodes.empty());
}
