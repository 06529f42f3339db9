// Memory-cue reviews: appended, never changed. While the database cannot be written they wait
// in memory with everything else and flush() writes them in order.
#include <sqlite3.h>

#include "core/journal/journal.hpp"
#include "core/journal/journal_writes.hpp"
#include "core/journal/sqlite_statement.hpp"

namespace lineage {
using namespace journal_detail;

namespace journal_detail {
int write_review(sqlite3* db, std::int64_t profile, const CueReview& r) {
  Statement s(db,
              "INSERT INTO cue_reviews(profile_id, card, reviewed_at, day, rating, stability, "
              "difficulty, interval_days) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
  s.bind(1, profile).bind(2, r.card).bind(3, r.reviewed_at).bind(4, r.day).bind(5, r.rating);
  return s.bind(6, r.stability).bind(7, r.difficulty).bind(8, r.interval_days).run();
}
}  // namespace journal_detail

bool Journal::save_review(std::int64_t profile, const CueReview& review) {
  profile = current_id(profile);  // a provisional id keeps working once she is saved
  if (review.card.empty() || review.rating < 1 || review.rating > 4) return false;
  ++changes_;
  CueReview kept = review;
  if (kept.reviewed_at == 0) kept.reviewed_at = now_ms();
  pending_reviews_.emplace_back(profile, kept);
  return flush();
}

std::vector<CueReview> Journal::reviews(std::int64_t profile) const {
  profile = current_id(profile);
  std::vector<CueReview> out;
  Statement s(db_,
              "SELECT card, reviewed_at, day, rating, stability, difficulty, interval_days "
              "FROM cue_reviews WHERE profile_id = ? ORDER BY id");
  s.bind(1, profile);
  while (s.step() == SQLITE_ROW)
    out.push_back({s.text(0), s.int64(1), int(s.int64(2)), int(s.int64(3)), s.real(4), s.real(5),
                   int(s.int64(6))});
  for (const auto& [owner, review] : pending_reviews_)
    if (owner == profile) out.push_back(review);
  return out;
}

}  // namespace lineage
