# A 45-minute lesson for a class that has read Part one. Every fact on screen comes from the
# story's cited moments and prompts; the notes below are the teacher's, never shown to the
# class, and are interpretation (a way to run the lesson), not plot facts.

lesson mothers-before-blythe
  title: The mothers before Blythe
  class-milestone: part-before
  minutes: 45
  description: Etta and Cecilia, and what Blythe carries from them into motherhood.
  steps:
    blank:
      title: The mothers before Blythe
      minutes: 4
      notes: Interpretation: welcome the class and say what today is for: the two mothers who
        came before Blythe. Remind them that the book is dark in places and that you will say
        before anything hard appears on screen.
    lineage:
      title: The family so far
      view: family
      minutes: 4
      notes: Interpretation: let the class find Etta, Cecilia and Blythe on the tree before you
        name them. Ask who is missing from what we know so far.
    moment etta-widowed:
      show: story
      minutes: 5
      notes: Interpretation: the class has not met Etta's grief yet. Read the holding card
        aloud; if the room is heavy today, choose the gentle summary.
    moment bathtub:
      minutes: 6
      notes: Interpretation: this is the hardest moment in the lesson. Give the class the
        content note, and let anyone step out. Keep the discussion on what the scene does in
        the novel, not on students' own families.
    reflect bathtub-why:
      countdown: 3
      minutes: 7
      notes: Interpretation: think alone for the countdown, then pair. There is no right
        answer: listen for how students justify theirs.
    lineage:
      title: What passes from Etta to Cecilia
      view: pattern
      link: etta -> cecilia
      minutes: 4
      notes: Interpretation: the pattern view names what the story says passed along this
        link. Ask whether "passed down" is the right phrase, or whether it hides a choice.
    moment cecilia-words:
      minutes: 5
      notes: Interpretation: ask the class to hear Cecilia's words twice, once as a warning
        and once as a confession.
    moment kitchen-note:
      minutes: 5
      notes: Interpretation: a child's view of being left. Pause on how Blythe, as narrator,
        remembers it.
    discuss theme-pattern-trace:
      minutes: 5
      notes: Interpretation: close by tracing one thing from Etta to Cecilia to Blythe. Write
        the class's answers where they can see them; they come back in the next lesson.
