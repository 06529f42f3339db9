# Themes, content notes, reading milestones and eras.

# --- Themes (notes lines 6, 9, 10, 12, 13, 15, 17) ---

theme perfect-mother
  name: The expectation of perfect motherhood
  colour: #d4a373
  description: The impossible standard of the "perfect mother", and what happens to women
    who cannot meet it.

theme not-believed
  name: Not being believed
  colour: #bc4749
  description: How women's fears and concerns are dismissed, even by those closest to them.

theme inherited-pattern
  name: Generational trauma and the inherited pattern
  colour: #8e5572
  description: What one generation of mothers may pass to the next, and whether the pattern
    can be broken.

theme nature-nurture
  name: Nature versus nurture
  colour: #6a994e
  description: Is a child born the way she is, or made so by the love she does or does not
    receive?

theme perception
  name: Perception, paranoia and the unreliable narrator
  colour: #577590
  description: We see only what Blythe sees, and must keep asking how far to trust her.

theme ambivalence
  name: Maternal ambivalence
  colour: #9d8189
  description: A mother's mixed, uneasy feelings towards her child, and the taboo of
    admitting them.

theme grief
  name: Grief
  colour: #4a4e69
  description: The loss that breaks a family, and how each person carries it.

# --- Content notes (notes line 17, plus child harm and abandonment) ---

content-note infant-death
  label: Infant death
  description: The death of a baby.

content-note postpartum-depression
  label: Postpartum depression
  description: A mother's low mood, dread and disconnection after a birth.

content-note maternal-ambivalence
  label: Maternal ambivalence
  description: A mother's mixed or missing feelings towards her child, or her doubt about
    herself as a mother.

content-note child-violence
  label: Child violence
  description: A child who may behave violently, or who is suspected of it.

content-note profound-grief
  label: Grief
  description: Deep grief after a death in the family.

content-note child-harm
  label: Child harm
  description: A child put in danger by an adult.

content-note abandonment
  label: Abandonment
  description: A parent leaving her child.

# --- Reading milestones, in story order ---
# The notes do not give the novel's chapters, so these follow the story's own order.
# `title:` is what a reader who has not reached the milestone may see (in "I have read up to",
# on the cards of later moments): neutral, like a chapter heading. `reached-title:` names the
# part's events, and is shown only once the reader has got there.

milestone part-before
  title: Part one
  reached-title: Part one: before Violet is born
  order: 1

milestone part-violet
  title: Part two
  reached-title: Part two: Violet's first years
  order: 2

milestone part-sam
  title: Part three
  reached-title: Part three: Sam is born
  order: 3

milestone part-push
  title: Part four
  reached-title: Part four: the push
  order: 4

milestone part-after
  title: Part five
  reached-title: Part five: after the push
  order: 5

milestone part-ending
  title: Part six
  reached-title: Part six: the ending
  order: 6

# --- Eras (approximate bands on the timeline; see README.md, "Years") ---

era etta-alone
  title: Etta, widowed, raising Cecilia
  lane: etta
  from: c. 1950 ± 11
  to: c. 1958 ± 14
  colour: #7b6d8d30

era cecilia-raises-blythe
  title: Cecilia raises Blythe, until she leaves
  lane: cecilia
  from: c. 1978 ± 8
  to: c. 1987 ± 10
  colour: #b5838d30

era violet-early-years
  title: Violet's early childhood
  lane: violet
  from: c. 2005 ± 5
  to: c. 2010 ± 8
  colour: #7d5ba630

era after-the-push
  title: After the push
  from: c. 2010 ± 8
  to: c. 2016 ± 13
  colour: #4a4e6930
