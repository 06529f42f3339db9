# Ivy's lane, in a file of its own: moments of one lane may be spread over several files.

moment ledger
  title: Ivy finds the ledger
  when: c. 1990 ± 2
  lane: ivy
  people: ivy
  themes: tides
  milestone: part-three
  facts: f-ledger
  summary: Years later Ivy comes back and finds Agnes's planting ledger.
  tableau: ending
  mood: dusk
  beats:
    narrate: Every tree is in the ledger, and every tide.

moment letters
  title: Ivy writes to Kit
  when: c. 1992 ± 2
  lane: ivy
  people: ivy, kit
  themes: leaving
  milestone: part-three
  facts: f-letters
  summary: Ivy writes to her uncle Kit, and he answers.
  tableau: second-crib
  mood: dawn
  beats:
    narrate: A letter comes back, in a hand Ivy has never seen.
