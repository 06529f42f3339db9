// Genogram layout: rows by generation; partner clusters placed as blocks; each row's blocks
// placed as near their parents as the minimum gaps allow (weighted isotonic regression, so a
// row is never pushed off to one side). No SDL, no ImGui.
#include "core/layout/genogram_layout.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>

namespace lineage {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Minimises sum w_i (x_i - d_i)^2 subject to x_i >= x_{i-1} + gap_i (gap_0 ignored), by the
// pool-adjacent-violators algorithm on y_i = x_i - (gap_1 + ... + gap_i).
std::vector<double> place_in_order(const std::vector<double>& desired, const std::vector<double>& weight,
                                   const std::vector<double>& gap) {
  std::size_t n = desired.size();
  std::vector<double> offset(n, 0.0);
  for (std::size_t i = 1; i < n; ++i) offset[i] = offset[i - 1] + gap[i];
  struct Pool {
    double sum_wt, sum_w;
    std::size_t first, last;
    double mean() const { return sum_wt / sum_w; }
  };
  std::vector<Pool> pools;
  for (std::size_t i = 0; i < n; ++i) {
    pools.push_back({weight[i] * (desired[i] - offset[i]), weight[i], i, i});
    while (pools.size() >= 2 && pools[pools.size() - 2].mean() > pools.back().mean()) {
      Pool last = pools.back();
      pools.pop_back();
      pools.back().sum_wt += last.sum_wt;
      pools.back().sum_w += last.sum_w;
      pools.back().last = last.last;
    }
  }
  std::vector<double> x(n);
  for (const Pool& p : pools)
    for (std::size_t i = p.first; i <= p.last; ++i) x[i] = p.mean() + offset[i];
  return x;
}

int find_root(std::vector<int>& parent, int i) {
  while (parent[i] != i) i = parent[i] = parent[parent[i]];
  return i;
}

// One partner cluster on a row, placed as a unit.
struct Block {
  std::vector<int> people;  // left to right
  double desired = 0, weight = 1e-3;
  bool anchored = false;
  double key = kInf;        // sort: anchored blocks by desired centre, others after
  int first_index = 0;
  float width = 0;
};

}  // namespace

double first_seen(const Story& story, int person) {
  const Person& p = story.people[person];
  if (p.born) return p.born->estimate;
  double best = kInf;
  for (const Moment& m : story.moments)
    if (std::find(m.people.begin(), m.people.end(), person) != m.people.end()) best = std::min(best, m.when.estimate);
  return best;
}

GenogramLayout layout_genogram(const Story& story, const std::vector<bool>& include_in, const GenogramMetrics& metrics) {
  const int n = static_cast<int>(story.people.size());
  std::vector<bool> include = include_in.empty() ? std::vector<bool>(n, true) : include_in;
  include.resize(n, false);
  GenogramLayout layout;
  layout.metrics = metrics;
  layout.node_of_person.assign(n, -1);

  // --- Generations: as written, else one below a parent, else beside a partner, else first.
  std::vector<int> gen(n, 0);
  for (int p = 0; p < n; ++p) gen[p] = story.people[p].generation > 0 ? story.people[p].generation : 0;
  for (int pass = 0; pass < n; ++pass) {
    bool changed = false;
    for (const ParentLink& l : story.parents)
      if (gen[l.child] == 0 && gen[l.parent] > 0) gen[l.child] = gen[l.parent] + 1, changed = true;
    for (const Partnership& pt : story.partnerships) {
      if (gen[pt.a] == 0 && gen[pt.b] > 0) gen[pt.a] = gen[pt.b], changed = true;
      if (gen[pt.b] == 0 && gen[pt.a] > 0) gen[pt.b] = gen[pt.a], changed = true;
    }
    if (!changed) break;
  }
  std::vector<int> generations;
  for (int p = 0; p < n; ++p)
    if (include[p]) generations.push_back(gen[p] = std::max(gen[p], 1));
  std::sort(generations.begin(), generations.end());
  generations.erase(std::unique(generations.begin(), generations.end()), generations.end());
  std::vector<int> row_of(n, -1);
  for (int p = 0; p < n; ++p)
    if (include[p])
      row_of[p] = static_cast<int>(std::lower_bound(generations.begin(), generations.end(), gen[p]) - generations.begin());

  std::vector<bool> lane_head(n, false);
  for (const Lane& lane : story.lanes)
    if (lane.person >= 0 && lane.person < n) lane_head[lane.person] = true;

  // Partnerships drawn: both people laid out, on one row.
  std::vector<int> drawn_partnerships;
  for (int i = 0; i < static_cast<int>(story.partnerships.size()); ++i) {
    const Partnership& pt = story.partnerships[i];
    if (include[pt.a] && include[pt.b] && row_of[pt.a] == row_of[pt.b]) drawn_partnerships.push_back(i);
  }
  std::vector<int> uf(n);
  std::iota(uf.begin(), uf.end(), 0);
  for (int i : drawn_partnerships) uf[find_root(uf, story.partnerships[i].a)] = find_root(uf, story.partnerships[i].b);

  std::vector<double> x(n, 0.0);
  std::vector<double> birth(n);
  for (int p = 0; p < n; ++p) birth[p] = first_seen(story, p);
  auto birth_less = [&](int a, int b) { return birth[a] != birth[b] ? birth[a] < birth[b] : a < b; };

  // Parents of each person that are laid out on an earlier row.
  std::vector<std::vector<int>> parents_of(n);
  for (const ParentLink& l : story.parents)
    if (include[l.parent] && include[l.child] && row_of[l.parent] < row_of[l.child])
      parents_of[l.child].push_back(l.parent);
  for (auto& ps : parents_of) std::sort(ps.begin(), ps.end());

  const int rows = static_cast<int>(generations.size());
  layout.rows.resize(rows);
  for (int r = 0; r < rows; ++r) {
    layout.rows[r].generation = generations[r];
    layout.rows[r].y = static_cast<float>(r) * metrics.row_gap;
    // Desired x of each anchored person: siblings spread in birth order under the parents.
    std::map<std::vector<int>, std::vector<int>> siblings;  // parents -> children on this row
    for (int p = 0; p < n; ++p)
      if (row_of[p] == r && !parents_of[p].empty()) siblings[parents_of[p]].push_back(p);
    std::vector<double> want(n, kInf);
    for (auto& [parents, kids] : siblings) {
      std::sort(kids.begin(), kids.end(), birth_less);
      double anchor = 0;
      for (int q : parents) anchor += x[q];
      anchor /= static_cast<double>(parents.size());
      for (std::size_t i = 0; i < kids.size(); ++i)
        want[kids[i]] = anchor + (static_cast<double>(i) - (static_cast<double>(kids.size()) - 1) * 0.5) * metrics.sibling_gap;
    }
    // Blocks: one per partner cluster, members ordered so a remarried person stands between.
    std::map<int, std::vector<int>> clusters;
    for (int p = 0; p < n; ++p)
      if (row_of[p] == r) clusters[find_root(uf, p)].push_back(p);
    std::vector<Block> blocks;
    for (auto& [root, members] : clusters) {
      Block b;
      b.first_index = members.front();
      if (members.size() == 1) {
        b.people = members;
      } else {
        std::vector<int> in_cluster;
        std::map<int, int> degree;
        for (int i : drawn_partnerships)
          if (find_root(uf, story.partnerships[i].a) == root) {
            in_cluster.push_back(i);
            ++degree[story.partnerships[i].a];
            ++degree[story.partnerships[i].b];
          }
        if (members.size() == 2) {
          b.people = {story.partnerships[in_cluster.front()].a, story.partnerships[in_cluster.front()].b};
        } else {
          int hub = members.front();
          for (int m : members)
            if (degree[m] > degree[hub]) hub = m;
          bool star = std::all_of(in_cluster.begin(), in_cluster.end(), [&](int i) {
            return story.partnerships[i].a == hub || story.partnerships[i].b == hub;
          });
          if (star) {
            std::sort(in_cluster.begin(), in_cluster.end(), [&](int i, int j) {
              return story.partnerships[i].order != story.partnerships[j].order
                         ? story.partnerships[i].order < story.partnerships[j].order : i < j;
            });
            std::vector<int> left, right;
            for (std::size_t k = 0; k < in_cluster.size(); ++k) {
              const Partnership& pt = story.partnerships[in_cluster[k]];
              (k % 2 == 0 ? left : right).push_back(pt.a == hub ? pt.b : pt.a);
            }
            b.people.assign(left.rbegin(), left.rend());
            b.people.push_back(hub);
            b.people.insert(b.people.end(), right.begin(), right.end());
          } else {  // a chain (or anything else): walk it from an end
            int start = members.front();
            for (int m : members)
              if (degree[m] == 1) { start = m; break; }
            std::vector<bool> seen(n, false);
            std::vector<int> queue{start};
            seen[start] = true;
            for (std::size_t q = 0; q < queue.size(); ++q)
              for (int i : in_cluster) {
                const Partnership& pt = story.partnerships[i];
                int other = pt.a == queue[q] ? pt.b : pt.b == queue[q] ? pt.a : -1;
                if (other >= 0 && !seen[other]) seen[other] = true, queue.push_back(other);
              }
            b.people = queue;
          }
        }
      }
      b.width = static_cast<float>(b.people.size() - 1) * metrics.partner_gap;
      // Orientation: the one that keeps anchored members nearer their parents (ties: as built).
      auto fit = [&](const std::vector<int>& order, double& desired, double& cost) {
        double sum = 0;
        int count = 0;
        for (std::size_t i = 0; i < order.size(); ++i)
          if (want[order[i]] < kInf) sum += want[order[i]] - static_cast<double>(i) * metrics.partner_gap, ++count;
        desired = count ? sum / count : 0;
        cost = 0;
        for (std::size_t i = 0; i < order.size(); ++i)
          if (want[order[i]] < kInf) cost += std::abs(desired + static_cast<double>(i) * metrics.partner_gap - want[order[i]]);
        return count;
      };
      double d1, c1, d2, c2;
      std::vector<int> reversed(b.people.rbegin(), b.people.rend());
      int anchored = fit(b.people, d1, c1);
      fit(reversed, d2, c2);
      if (anchored && c2 + 1e-6 < c1) b.people = reversed, d1 = d2;
      b.desired = d1;
      b.anchored = anchored > 0;
      b.weight = anchored > 0 ? anchored : 1e-3;
      b.key = anchored > 0 ? d1 + b.width * 0.5 : kInf;
      blocks.push_back(b);
    }
    std::stable_sort(blocks.begin(), blocks.end(), [&](const Block& a, const Block& b) {
      if (a.key != b.key) return a.key < b.key;
      // Siblings with the same anchor: birth order; unanchored: story order.
      return a.anchored ? birth_less(a.people.front(), b.people.front()) : a.first_index < b.first_index;
    });
    // Unanchored blocks wish to sit just right of the previous one (or at 0 when first).
    std::vector<double> desired, weight, gap;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      double g = i == 0 ? 0.0 : blocks[i - 1].width + metrics.sibling_gap;
      double d = blocks[i].anchored ? blocks[i].desired : i == 0 ? 0.0 : desired.back() + g;
      desired.push_back(d);
      weight.push_back(blocks[i].weight);
      gap.push_back(g);
    }
    std::vector<double> placed = place_in_order(desired, weight, gap);
    for (std::size_t i = 0; i < blocks.size(); ++i)
      for (std::size_t k = 0; k < blocks[i].people.size(); ++k) {
        int p = blocks[i].people[k];
        x[p] = placed[i] + static_cast<double>(k) * metrics.partner_gap;
        GenogramNode node;
        node.person = p;
        node.row = r;
        node.at = {static_cast<float>(x[p]), layout.rows[r].y};
        node.lane_head = lane_head[p];
        layout.node_of_person[p] = static_cast<int>(layout.nodes.size());
        layout.rows[r].nodes.push_back(static_cast<int>(layout.nodes.size()));
        layout.nodes.push_back(node);
      }
  }

  // --- Couple lines, edge to edge.
  const float radius = metrics.radius();
  for (int i : drawn_partnerships) {
    const Partnership& pt = story.partnerships[i];
    CoupleLine c;
    c.partnership = i;
    c.left = layout.node_of_person[pt.a];
    c.right = layout.node_of_person[pt.b];
    if (layout.nodes[c.left].at.x > layout.nodes[c.right].at.x) std::swap(c.left, c.right);
    c.from = {layout.nodes[c.left].at.x + radius, layout.nodes[c.left].at.y};
    c.to = {layout.nodes[c.right].at.x - radius, layout.nodes[c.right].at.y};
    layout.couples.push_back(c);
  }

  // --- Children: grouped by their laid-out parents, hanging in birth order.
  std::map<std::vector<int>, int> group_of;
  for (int p = 0; p < n; ++p) {
    if (!include[p] || parents_of[p].empty()) continue;
    auto [it, fresh] = group_of.emplace(parents_of[p], static_cast<int>(layout.children.size()));
    if (fresh) {
      ChildGroup g;
      for (int q : parents_of[p]) g.parents.push_back(layout.node_of_person[q]);
      const GenogramNode& first = layout.nodes[g.parents.front()];
      if (g.parents.size() == 2) {
        int a = parents_of[p][0], b = parents_of[p][1];
        for (std::size_t c = 0; c < layout.couples.size(); ++c) {
          const Partnership& pt = story.partnerships[layout.couples[c].partnership];
          if ((pt.a == a && pt.b == b) || (pt.a == b && pt.b == a)) g.couple = static_cast<int>(c);
        }
        const GenogramNode& second = layout.nodes[g.parents[1]];
        g.anchor = {(first.at.x + second.at.x) * 0.5f, first.at.y};
      } else {
        // A lone parent: the descent starts below her name, not through it.
        g.anchor = {first.at.x, first.at.y + radius + metrics.label_below};
      }
      layout.children.push_back(g);
    }
    layout.children[it->second].children.push_back(layout.node_of_person[p]);
  }
  for (ChildGroup& g : layout.children) {
    std::sort(g.children.begin(), g.children.end(),
              [&](int a, int b) { return layout.nodes[a].at.x < layout.nodes[b].at.x; });
    float child_y = layout.nodes[g.children.front()].at.y;
    g.bar_y = child_y - radius - (metrics.row_gap - metrics.node - metrics.label_below) * 0.45f;
    int first_parent = layout.nodes[g.parents.front()].person;
    for (int c : g.children) {
      int link = -1;
      for (int i = 0; i < static_cast<int>(story.parents.size()); ++i)
        if (story.parents[i].parent == first_parent && story.parents[i].child == layout.nodes[c].person) link = i;
      g.links.push_back(link);
    }
  }

  // --- Bounds: every symbol with its name's room.
  if (!layout.nodes.empty()) {
    GRect b{1e9f, 1e9f, -1e9f, -1e9f};
    float half = std::max(radius, metrics.label_half_width);
    for (const GenogramNode& node : layout.nodes) {
      b.x0 = std::min(b.x0, node.at.x - half);
      b.x1 = std::max(b.x1, node.at.x + half);
      b.y0 = std::min(b.y0, node.at.y - radius);
      b.y1 = std::max(b.y1, node.at.y + radius + metrics.label_below);
    }
    layout.bounds = b;
  }
  return layout;
}

}  // namespace lineage
