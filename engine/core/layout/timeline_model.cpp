// The timeline's model (see timeline_model.hpp): built when the story or milestone changes.
#include "core/layout/timeline_model.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/model/visibility.hpp"

namespace lineage {
namespace {

bool takes_part(const Moment& m, int person) {
  return std::find(m.people.begin(), m.people.end(), person) != m.people.end();
}

}  // namespace

std::optional<double> daughter_birth(const Story& story, int person, int* daughter_out) {
  int best = -1;
  std::optional<double> best_time;
  bool best_heads_lane = false;
  for (const ParentLink& link : story.parents) {
    if (link.parent != person || link.child < 0) continue;
    const Person& child = story.people[link.child];
    if (child.sex != Sex::Female) continue;
    std::optional<double> t;
    if (child.born) t = child.born->estimate;
    else if (link.moment >= 0) t = story.moments[link.moment].when.estimate;
    else
      for (const Moment& m : story.moments)
        if (takes_part(m, link.child) && (!t || m.when.estimate < *t)) t = m.when.estimate;
    if (!t) continue;
    bool heads = false;
    for (const Lane& lane : story.lanes) heads = heads || lane.person == link.child;
    // A daughter heading a lane beats one who does not; then the elder.
    if (!best_time || (heads && !best_heads_lane) || (heads == best_heads_lane && *t < *best_time)) {
      best = link.child;
      best_time = t;
      best_heads_lane = heads;
    }
  }
  if (daughter_out) *daughter_out = best;
  return best_time;
}

TimelineModel build_timeline(const Story& story, int reading_limit) {
  TimelineModel model;
  const int n = static_cast<int>(story.moments.size());
  model.row_of_moment.assign(n, -1);
  model.veiled.assign(n, 0);
  for (int i = 0; i < n; ++i) model.veiled[i] = !moment_visible(story, i, reading_limit);

  for (int l = 0; l < static_cast<int>(story.lanes.size()); ++l) {
    TimelineLane lane;
    lane.lane = l;
    lane.person = story.lanes[l].person;
    for (int p = 0; p < static_cast<int>(story.people.size()); ++p)
      if (story.people[p].lane == l && p != lane.person) lane.others.push_back(p);
    model.lanes.push_back(std::move(lane));
  }
  for (int r = 0; r < static_cast<int>(model.lanes.size()); ++r) {
    TimelineLane& lane = model.lanes[r];
    // Only visible moments are placed: a veiled one must not be counted, dated or marked.
    for (int m : story.chronological)
      if (story.moments[m].lane == lane.lane && !model.veiled[m]) {
        lane.moments.push_back(m);
        lane.times.push_back(story.moments[m].when.estimate);
        model.row_of_moment[m] = r;
      }
  }

  // Echoes read backwards: counted per echoed moment, then filled in story order.
  model.echoed_by_begin.assign(n + 1, 0);
  for (const Moment& m : story.moments)
    for (int e : m.echoes)
      if (e >= 0 && e < n) ++model.echoed_by_begin[e + 1];
  for (int i = 0; i < n; ++i) model.echoed_by_begin[i + 1] += model.echoed_by_begin[i];
  model.echoed_by.assign(model.echoed_by_begin[n], -1);
  std::vector<int> filled(model.echoed_by_begin.begin(), model.echoed_by_begin.end() - 1);
  for (int m = 0; m < n; ++m)
    for (int e : story.moments[m].echoes)
      if (e >= 0 && e < n) model.echoed_by[filled[e]++] = m;  // named twice, listed twice: echoes_of says it once

  // Align by motherhood: each lane is shifted so its woman's daughter's birth lands on a common
  // reference (their mean). A lane without a daughter (the youngest) keeps her mother's shift.
  double sum = 0;
  int count = 0;
  for (TimelineLane& lane : model.lanes) {
    if (lane.person < 0) continue;
    lane.daughter_birth = daughter_birth(story, lane.person, &lane.daughter);
    if (lane.daughter_birth) {
      sum += *lane.daughter_birth;
      ++count;
    }
  }
  model.align_reference = count ? sum / count : 0;
  for (TimelineLane& lane : model.lanes)
    if (lane.daughter_birth) lane.shift = model.align_reference - *lane.daughter_birth;
  for (TimelineLane& lane : model.lanes) {
    if (lane.daughter_birth || lane.person < 0) continue;
    for (const TimelineLane& other : model.lanes)
      if (other.daughter == lane.person) lane.shift = other.shift;
  }

  // The span: lane-women's births and every moment, plain and aligned.
  double lo = std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::lowest();
  double alo = lo, ahi = hi;
  auto include = [&](double t, double shift) {
    lo = std::min(lo, t);
    hi = std::max(hi, t);
    alo = std::min(alo, t + shift);
    ahi = std::max(ahi, t + shift);
  };
  for (const TimelineLane& lane : model.lanes) {
    if (lane.person >= 0 && story.people[lane.person].born && person_visible(story, lane.person, reading_limit))
      include(story.people[lane.person].born->estimate, lane.shift);
    for (int m : lane.moments) include(story.moments[m].when.estimate, lane.shift);
  }
  if (lo > hi) lo = alo = 0, hi = ahi = 1;
  model.from = lo;
  model.to = hi;
  model.aligned_from = alo;
  model.aligned_to = ahi;

  model.person_veiled.assign(story.people.size(), 0);
  for (int p = 0; p < static_cast<int>(story.people.size()); ++p)
    model.person_veiled[p] = !person_visible(story, p, reading_limit);
  model.death_shown.assign(story.people.size(), 0);
  for (int p = 0; p < static_cast<int>(story.people.size()); ++p)
    model.death_shown[p] = death_visible(story, p, reading_limit);
  model.era_veiled.assign(story.eras.size(), 0);
  for (int e = 0; e < static_cast<int>(story.eras.size()); ++e) model.era_veiled[e] = !era_visible(story, e, reading_limit);

  for (int t = 0; t < static_cast<int>(story.themes.size()); ++t) {
    ThemeStrand strand;
    strand.theme = t;
    for (int m : story.chronological) {
      const auto& themes = story.moments[m].themes;
      if (!model.veiled[m] && model.row_of_moment[m] >= 0 && std::find(themes.begin(), themes.end(), t) != themes.end())
        strand.moments.push_back(m);
    }
    if (strand.moments.size() >= 2) model.strands.push_back(std::move(strand));
  }
  return model;
}

double lane_shift(const TimelineModel& model, int row, double align) {
  return row >= 0 && row < static_cast<int>(model.lanes.size()) ? model.lanes[row].shift * align : 0.0;
}

double placed_time(const Story& story, const TimelineModel& model, int moment, double align) {
  return story.moments[moment].when.estimate + lane_shift(model, model.row_of_moment[moment], align);
}

const std::vector<int>& story_order(const Story& story, bool telling) {
  return telling && !story.telling_order.empty() ? story.telling_order : story.chronological;
}

int step_in_order(const std::vector<int>& order, const TimelineModel& model, int current, int step) {
  const int n = static_cast<int>(order.size());
  auto usable = [&](int m) { return !model.veiled[m] && model.row_of_moment[m] >= 0; };
  int pos = -1;
  for (int i = 0; i < n; ++i)
    if (order[i] == current) pos = i;
  if (pos < 0) {
    // Not in this order (or nothing selected): the first or last usable moment.
    if (step > 0) {
      for (int i = 0; i < n; ++i)
        if (usable(order[i])) return order[i];
    } else {
      for (int i = n - 1; i >= 0; --i)
        if (usable(order[i])) return order[i];
    }
    return -1;
  }
  for (int i = pos + (step > 0 ? 1 : -1); i >= 0 && i < n; i += step > 0 ? 1 : -1)
    if (usable(order[i])) return order[i];
  return current;  // at the end: stay
}

int nearest_in_next_lane(const Story& story, const TimelineModel& model, int current, int direction, double align) {
  if (current < 0 || current >= static_cast<int>(model.row_of_moment.size())) return -1;
  int row = model.row_of_moment[current];
  if (row < 0) return -1;
  double t = placed_time(story, model, current, align);
  int step = direction < 0 ? -1 : 1;
  for (int r = row + step; r >= 0 && r < static_cast<int>(model.lanes.size()); r += step) {
    int best = -1;
    double best_d = std::numeric_limits<double>::max();
    for (int m : model.lanes[r].moments) {
      if (model.veiled[m]) continue;
      double d = std::fabs(placed_time(story, model, m, align) - t);
      if (d < best_d) best = m, best_d = d;
    }
    if (best >= 0) return best;
  }
  return -1;
}

std::vector<int> echoes_of(const Story& story, const TimelineModel& model, int moment) {
  std::vector<int> out;
  if (moment < 0 || moment >= static_cast<int>(story.moments.size()) || model.veiled[moment]) return out;
  auto add = [&](int m) {
    if (m >= 0 && m != moment && !model.veiled[m] && model.row_of_moment[m] >= 0 &&
        std::find(out.begin(), out.end(), m) == out.end())
      out.push_back(m);
  };
  for (int e : story.moments[moment].echoes) add(e);
  if (model.echoed_by_begin.size() == story.moments.size() + 1)
    for (int i = model.echoed_by_begin[moment]; i < model.echoed_by_begin[moment + 1]; ++i) add(model.echoed_by[i]);
  return out;
}

}  // namespace lineage
