# A 45-minute lesson for a class that has finished the book. The notes are the teacher's,
# never shown to the class, and are interpretation, not plot facts.

lesson ending-and-cycle
  title: The ending and the cycle
  class-milestone: part-ending
  minutes: 45
  description: How the novel ends, and whether the pattern of four generations can break.
  steps:
    blank:
      title: The ending and the cycle
      minutes: 3
      notes: Interpretation: the class has finished the book. Ask for one word each about the
        ending before anything is on screen.
    lineage:
      title: Four generations, and a new family
      view: cycle
      minutes: 5
      notes: Interpretation: walk the cycle once, generation by generation, without comment.
        Let the class name what repeats.
    moment marriage-ends:
      minutes: 4
      notes: Interpretation: keep this short; it sets up the new family.
    moment new-family:
      minutes: 5
      notes: Interpretation: ask what the class notices about who is in the new family's
        picture, and who is outside it.
    moment ending:
      show: story
      minutes: 6
      notes: Interpretation: the content note covers harm to a child. The ending is open; resist
        settling it for the class.
    reflect ending-gemma:
      countdown: 3
      minutes: 8
      notes: Interpretation: think, then pair, then share two or three answers with the room.
    lineage:
      title: From Blythe to Violet
      view: pattern
      link: blythe -> violet
      minutes: 4
      notes: Interpretation: compare this link with Etta and Cecilia's from the first lesson.
    discuss theme-pattern-break-scale:
      minutes: 6
      notes: Interpretation: a personal topic for some students. Keep it on the novel's
        families, and end on the possibility of change.
    discuss book-debate-ending:
      minutes: 4
      notes: Interpretation: close with a quick show of hands, then thank the class for their
        care with difficult material.
