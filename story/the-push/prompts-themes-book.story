# Reflection prompts on the themes and on the whole book.
# A prompt that depends on later events names the milestone from which it may be shown.

# --- The expectation of perfect motherhood ---

prompt theme-perfect-picture
  about: perfect-mother
  kind: open
  text: Where do we get our picture of the "perfect mother": films, adverts, social media,
    our own families? How does Blythe's story push back against it?

prompt theme-perfect-title
  about: perfect-mother
  kind: open
  text: Where do you see pressure on Blythe to be a perfect mother, and who or what is
    applying it?
  milestone: part-violet

# --- Not being believed ---

prompt theme-believed-who
  about: not-believed
  kind: open
  text: Whose concerns are dismissed in this book, and by whom? What does it cost them?
  milestone: part-push

prompt theme-believed-why
  about: not-believed
  kind: open
  text: Why might people find it easier to dismiss a frightened mother than to listen to
    her?
  teacher: Students may bring in experiences of not being believed themselves. Welcome them,
    but keep the focus on the novel.

# --- Generational trauma and the inherited pattern ---

prompt theme-pattern-trace
  about: inherited-pattern
  kind: open
  text: Trace one thing that seems to pass from Etta to Cecilia to Blythe. Is it handed down,
    or repeated by choice?

prompt theme-pattern-break-scale
  about: inherited-pattern
  kind: scale
  text: A family pattern can be broken by determination alone.
  low: Strongly disagree
  high: Strongly agree
  points: 5
  teacher: A personal topic for some students. Keep it on the novel's families, and end on
    the possibility of change.

# --- Nature versus nurture ---

prompt theme-nature-born-scale
  about: nature-nurture
  kind: scale
  text: Children are born with most of who they will become. (A question of opinion, asked
    about people in general, not about Violet.)
  low: Strongly disagree
  high: Strongly agree
  points: 5
  teacher: Compare the class's answers here with the book-wide debate on Violet: do people
    judge a child in a novel differently from children in general?

prompt theme-nature-evidence
  about: nature-nurture
  kind: open
  text: What evidence would settle the nature-versus-nurture question for Violet? Does the
    novel ever give it to us?

# --- Perception, paranoia and the unreliable narrator ---

prompt theme-perception-reliable
  about: perception
  kind: scale
  text: Blythe is a reliable narrator.
  low: Strongly disagree
  high: Strongly agree
  points: 5

prompt theme-perception-inside
  about: perception
  kind: open
  text: The novel puts us inside Blythe's mind, so that we feel her paranoia and distress
    with her. How does that change the way you judge her, and Violet?

# --- Maternal ambivalence ---

prompt theme-ambivalence-taboo
  about: ambivalence
  kind: open
  text: The book begins from something few mothers will say aloud: that instant love for a
    child isn't guaranteed. Why is that so hard to say out loud?
  teacher: Handle gently. Some students' parents may have struggled to bond with them.
    Emphasise that the novel treats this as human, not monstrous.

prompt theme-ambivalence-both
  about: ambivalence
  kind: open
  text: Is it possible to love someone and feel far from them at the same time? Where does
    the novel show both at once?

# --- Grief ---

prompt theme-grief-first
  about: grief
  kind: open
  text: The family's story begins with grief: Etta widowed in a blizzard. How does loss shape
    the mothers in this book?

prompt theme-grief-carry
  about: grief
  kind: open
  text: After the push, how do Blythe and Fox seem to carry their loss differently? What does
    the book let us see, and what does it leave out?
  milestone: part-push
  teacher: This prompt follows the death of a baby. Keep it on the characters, and let
    students pass.

# --- The whole book ---

prompt book-nature-nurture
  about: book
  kind: choice
  text: The novel leaves the nature-versus-nurture question deliberately open. Where do you
    land?
  option a: Nature: Violet is who she is
  option b: Nurture: Violet was shaped by her mother's ambivalence
  option c: Perception: the problem is in how Blythe sees her
  option d: All of these at once, or none
  discussion a: Find the moments that support this. Are they all told by Blythe?
  discussion b: If Blythe's lack of love shaped Violet, does that make Blythe responsible,
    or is she repeating what was done to her?
  discussion c: How does being inside Blythe's head make this reading both likely and
    hard to prove?
  discussion d: This is where the book itself leaves us. Is the not-knowing its real point?
  milestone: part-violet

prompt book-creates-reveals
  about: book
  kind: choice
  text: Does Blythe's ambivalence create Violet's darkness, or reveal it?
  option a: It creates it
  option b: It reveals it
  option c: Both
  option d: Neither: there may be no darkness at all
  discussion a: How could a mother's distance shape a child? Where might the book show it?
  discussion b: Could Blythe's unease be the first sign of something real, sensed early?
  discussion c: Can a feeling both shape and uncover something? How?
  discussion d: If Violet is an ordinary child, what does the book become?
  milestone: part-violet

prompt book-kevin
  about: book
  kind: open
  text: The Push is often compared with Lionel Shriver's We Need to Talk About Kevin, another
    novel about a mother struggling to bond with a possibly dangerous child. Many
    reviewers think The Push goes further, into society's expectations of mothers and how
    women are not believed. If you know both, do you agree? If not, what would you look
    for in the comparison?
  teacher: Students do not need to have read the other novel; the prompt works as a
    question about what The Push adds.

prompt book-debate-thriller
  about: book
  kind: choice
  text: Debate motion: the final quarter turns into a thriller and loses the book's
    psychological depth.
  option a: For: the ending trades depth for suspense
  option b: Against: the suspense serves the psychology
  discussion a: Which moments near the end feel like thriller rather than drama? What is
    lost?
  discussion b: How might the ending's suspense make us feel Blythe's fear, or Gemma's?
  milestone: part-ending
  teacher: This is a criticism some reviewers made. Run it as a debate: both sides should
    use examples from the book.

prompt book-debate-ending
  about: book
  kind: choice
  text: Debate motion: the ambiguous ending is frustrating, not thought-provoking.
  option a: For: readers deserve to know the truth about Violet
  option b: Against: the open ending is the book's point
  discussion a: What would a clear answer have given you? What would it have taken away?
  discussion b: How does the ending send us back to rethink everything before it?
  milestone: part-ending
  teacher: Some readers found the ending frustrating and wanted a clearer answer about
    Violet's true nature. Treat both positions as fair.

prompt book-title
  about: book
  kind: open
  text: "The push" has two meanings: the devastating event at the centre of the book, and the
    constant pressure on mothers to be perfect. Which meaning matters more to you, and
    how do they connect?
  milestone: part-push

prompt book-warnings
  about: book
  kind: open
  text: The Push carries no content warnings of its own, and some readers were caught off
    guard. Should novels carry them? What would be gained, and what lost?

prompt book-darker-place
  about: book
  kind: open
  text: Audrain wanted to write from "a darker place of motherhood", against the glossy
    picture fiction often paints. Why might that be worth doing, even when it is
    uncomfortable to read?

prompt book-cycle-scale
  about: book
  kind: scale
  text: By the end of the book, the cycle has been broken.
  low: Strongly disagree
  high: Strongly agree
  points: 5
  milestone: part-ending
