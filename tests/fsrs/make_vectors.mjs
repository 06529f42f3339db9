// Reference vectors for Lineage's FSRS-6 (engine/core/study/fsrs.cpp), computed by the
// reference TypeScript implementation, ts-fsrs (npm), so tests/core/fsrs_test.cpp can check
// every interval and memory state without a network.
//
// Regenerate (needs node and the npm registry; the C++ test itself does not):
//   cd tests/fsrs && npm install && node make_vectors.mjs > ../data/fsrs_vectors.txt
//
// Settings match Lineage's scheduler: FSRS-6 default weights, no fuzz, long-term scheduling
// (enable_short_term: false: every interval is whole days, as a class reviews once a day).
// Each sequence is a card reviewed several times with a pseudo-random rating and gap (on time,
// early, late, same day), at one of several desired retentions. A fixed seed keeps it stable.
import { fsrs, createEmptyCard, Rating, FSRSVersion, default_w } from 'ts-fsrs'

function mulberry32(seed) {
  return function () {
    seed |= 0
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const random = mulberry32(20260514)
const pick = (list) => list[Math.floor(random() * list.length)]
const retentions = [0.9, 0.9, 0.9, 0.8, 0.85, 0.95, 0.7]
const ratings = [Rating.Again, Rating.Hard, Rating.Good, Rating.Good, Rating.Good, Rating.Easy]
const DAY = 24 * 60 * 60 * 1000
const SEQUENCES = 300

console.log(`# FSRS-6 reference vectors from ts-fsrs ${FSRSVersion}; weights ${default_w.join(' ')}`)
console.log('# made by tests/fsrs/make_vectors.mjs (see there); do not edit by hand')
console.log('# sequence <n> retention <desired retention> reviews <count>')
console.log('# <days since the last review> <rating 1-4> <stability after> <difficulty after> <interval days>')
for (let n = 0; n < SEQUENCES; n++) {
  const retention = pick(retentions)
  const scheduler = fsrs({ request_retention: retention, enable_fuzz: false, enable_short_term: false })
  const count = 1 + Math.floor(random() * 12)
  let now = new Date(Date.UTC(2026, 0, 5, 9, 30))
  let card = createEmptyCard(now)
  const lines = []
  for (let i = 0; i < count; i++) {
    let gap = 0
    if (i > 0) {
      const due = card.scheduled_days
      const how = random()
      if (how < 0.5) gap = due                                   // on time
      else if (how < 0.65) gap = Math.floor(random() * due)       // early (may be the same day)
      else if (how < 0.9) gap = due + Math.floor(random() * 3 * due + 1)  // late
      else gap = 0                                               // again the same day
    }
    now = new Date(now.getTime() + gap * DAY)
    const rating = pick(ratings)
    card = scheduler.next(card, now, rating).card
    lines.push(`${gap} ${rating} ${card.stability} ${card.difficulty} ${card.scheduled_days}`)
  }
  console.log(`sequence ${n} retention ${retention} reviews ${count}`)
  for (const line of lines) console.log(line)
}
