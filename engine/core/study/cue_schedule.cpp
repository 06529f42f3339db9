#include "core/study/cue_schedule.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace lineage {

void CueSchedule::replay(const std::vector<CueReview>& log) {
  cards_.clear();
  for (const CueReview& r : log)
    if (r.rating >= 1 && r.rating <= 4) rate(r.card, r.day, fsrs::Rating(r.rating), r.reviewed_at);
}

CueReview CueSchedule::rate(std::string_view card, int day, fsrs::Rating rating, std::int64_t at_ms) {
  auto [it, is_new] = cards_.try_emplace(std::string(card));
  CueMemory& m = it->second;
  std::optional<fsrs::MemoryState> before;
  if (!is_new) before = m.state;
  int elapsed = is_new ? 0 : std::max(0, day - m.last_day);
  fsrs::ReviewOutcome outcome = scheduler_.review(before, elapsed, rating);
  m.state = outcome.state;
  m.last_day = is_new ? day : std::max(day, m.last_day);
  m.due_day = m.last_day + outcome.interval_days;
  ++m.reviews;
  if (rating == fsrs::Rating::Again && !is_new) ++m.lapses;
  return CueReview{std::string(card), at_ms, m.last_day, int(rating), m.state.stability, m.state.difficulty,
                   outcome.interval_days};
}

const CueMemory* CueSchedule::memory(std::string_view card) const {
  auto it = cards_.find(std::string(card));
  return it == cards_.end() ? nullptr : &it->second;
}

bool CueSchedule::due(std::string_view card, int today) const {
  const CueMemory* m = memory(card);
  return !m || m->due_day <= today;
}

bool noted_subject(const Story& story, const Subject& about) {
  return about.kind == Subject::Kind::Moment && about.index >= 0 && std::size_t(about.index) < story.moments.size() &&
         !story.moments[std::size_t(about.index)].content_notes.empty();
}

std::vector<int> cues_to_drill(const Story& story, const Visibility& visibility, const CueSchedule& schedule,
                               int today, bool gentle) {
  std::vector<std::pair<int, int>> reviews;  // (due day, card)
  std::vector<int> fresh;
  for (std::size_t i = 0; i < story.cards.size(); ++i) {
    int card = int(i);
    if (!visibility.card(card) || (gentle && noted_subject(story, story.cards[i].about))) continue;
    const CueMemory* m = schedule.memory(story.cards[i].id);
    if (!m) fresh.push_back(card);
    else if (m->due_day <= today) reviews.emplace_back(m->due_day, card);
  }
  std::stable_sort(reviews.begin(), reviews.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<int> out;
  for (const auto& r : reviews) out.push_back(r.second);
  out.insert(out.end(), fresh.begin(), fresh.end());
  return out;
}

CueCounts count_cues(const Story& story, const Visibility& visibility, const CueSchedule& schedule, int today,
                     bool gentle) {
  CueCounts counts;
  for (std::size_t i = 0; i < story.cards.size(); ++i) {
    if (!visibility.card(int(i)) || (gentle && noted_subject(story, story.cards[i].about))) continue;
    ++counts.visible;
    const CueMemory* m = schedule.memory(story.cards[i].id);
    if (!m) ++counts.fresh;
    else if (m->due_day <= today) ++counts.due;
    else ++counts.later;
  }
  return counts;
}

std::string cues_due_words(const CueCounts& counts) {
  // A card never drilled is new, not due: a new reader has nothing to catch up on.
  auto cues = [](int n, const char* what) { return std::to_string(n) + (n == 1 ? " cue " : " cues ") + what; };
  if (counts.due == 0 && counts.fresh == 0) return "No cues due";
  if (counts.due == 0) return std::to_string(counts.fresh) + (counts.fresh == 1 ? " new cue" : " new cues");
  if (counts.fresh == 0) return cues(counts.due, "due");
  return cues(counts.due, "due") + ", " + std::to_string(counts.fresh) + " new";
}

double desired_retention(const Journal* journal, std::int64_t profile) {
  std::optional<std::string> text = journal ? journal->setting(profile, kRetentionSetting) : std::nullopt;
  if (!text) return 0.9;
  char* end = nullptr;
  double value = std::strtod(text->c_str(), &end);
  if (end == text->c_str() || *end != '\0' || !(value >= kMinRetention && value <= kMaxRetention)) return 0.9;
  return value;
}

std::string retention_text(double retention) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", std::clamp(retention, kMinRetention, kMaxRetention));
  return buf;
}

// Howard Hinnant's days-from-civil: exact for the proleptic Gregorian calendar.
int day_number(int year, int month, int day) {
  year -= month <= 2;
  const int era = (year >= 0 ? year : year - 399) / 400;
  const int yoe = year - era * 400;
  const int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::string day_text(int z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  const int d = doy - (153 * mp + 2) / 5 + 1;
  const int m = mp + (mp < 10 ? 3 : -9);
  const int y = yoe + era * 400 + (m <= 2);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

std::optional<int> parse_day(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto digits = [&](std::size_t from, std::size_t count, int& out) {
    out = 0;
    for (std::size_t i = from; i < from + count; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
      out = out * 10 + (text[i] - '0');
    }
    return true;
  };
  int y = 0, m = 0, d = 0;
  if (!digits(0, 4, y) || !digits(5, 2, m) || !digits(8, 2, d)) return std::nullopt;
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  int n = day_number(y, m, d);
  if (day_text(n) != text) return std::nullopt;  // 2026-02-30 and the like
  return n;
}

int local_day(std::int64_t unix_ms) {
  std::time_t t = static_cast<std::time_t>(unix_ms / 1000);
  std::tm local{};
  localtime_r(&t, &local);
  return day_number(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

}  // namespace lineage
