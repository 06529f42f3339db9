# A 45-minute lesson for a class that has read up to the push. The notes are the teacher's,
# never shown to the class, and are interpretation, not plot facts.

lesson whose-account
  title: Whose account do we trust?
  class-milestone: part-push
  minutes: 45
  description: Blythe tells us everything we know about Violet. How far do we believe her?
  steps:
    blank:
      title: Whose account do we trust?
      minutes: 3
      notes: Interpretation: set the question for the hour. Everything we know about Violet
        comes through Blythe; today we weigh her account.
    moment blythe-pregnant:
      minutes: 4
      notes: Interpretation: start from Blythe's hope, so the class has something to measure
        what follows against.
    moment violet-born:
      minutes: 6
      notes: Interpretation: the content note covers postpartum depression. Some students may
        know it at home; keep the talk on the novel.
    reflect theme-perception-reliable:
      countdown: 2
      minutes: 6
      notes: Interpretation: a scale question. Ask students to note a number before they talk,
        so the pair conversation does not flatten their first view.
    moment violet-violence:
      minutes: 6
      notes: Interpretation: the novel leaves open what Violet does. Ask the class to keep two
        columns: what Blythe sees, and what others could see.
    discuss violence-whose-account:
      minutes: 6
      notes: Interpretation: return to the two columns. Whose account fills each one?
    moment the-push:
      minutes: 5
      notes: Interpretation: the heaviest step of the lesson. Read the holding card, give the
        class a moment, and choose the gentle summary if the room needs it.
    moment blythe-suspects:
      minutes: 4
      notes: Interpretation: connect Blythe's fear to the question of belief: who listens to
        her, and why not?
    discuss theme-believed-who:
      minutes: 5
      notes: Interpretation: end on the cost of not being believed, not on a verdict about
        Violet.
