# A teacher's own prompts, in a folder of their own.
prompt lamp-why
  about: ada-leaves
  kind: open
  text: Why does Ada ask for the lamp?
  teacher: Let the class disagree.
  follow-up: lamp-choice

prompt lamp-choice
  about: book
  kind: choice
  text: Which matters more?
  option a: The lamp
  option b: The door
  discussion a: Talk about light.
  milestone: part-two

prompt lamp-scale
  about: person bea
  kind: scale
  text: Bea is a reliable narrator.
  low: Not at all
  high: Completely
  points: 7

prompt lamp-evidence
  about: ada-leaves
  kind: evidence
  text: What does Ada's leaving point to?
  confidence: How sure are you?
  discussion pattern: Ada's own loss.

card cue-ada
  about: ada
  front: Who is Ada?
  back: The grandmother, widowed young.

takeaway t-lamp
  about: inheritance
  text: A habit can pass down without a word.
  milestone: part-one

takeaway t-book
  text: The book asks what we inherit.
