# Moments 10-14: the push, its aftermath, and the ending (notes lines 6, 12, 14).
# Sam's death is told only as the notes tell it: he dies tragically (line 6); "the push" is the
# devastating, pivotal event (line 12). That the push is Sam's death is our inference from those
# two lines, and is labelled as one wherever we say it. Nothing about how, or where.

moment the-push
  title: The push
  when: about 6 months after sam-born ± 0.5
  lane: violet
  people: sam, blythe, fox
  themes: grief, perception, inherited-pattern
  content: infant-death, profound-grief
  milestone: part-push
  facts: f-sam-dies, f-the-push, f-breaking-point, f-title-pressure, f-criticism-aftermath
  summary: Sam dies tragically while he is still an infant. Our notes call "the push" of the
    title a devastating, pivotal event that changes everything for the family and is the
    breaking point in Blythe's life and marriage. They do not say in so many words that the
    push is Sam's death; we take it to be, as a strong inference.
  gentle: The family suffers a terrible loss: Sam dies while he is still very young. Nothing
    is the same afterwards.
  echoes: bathtub
  tableau: absence
  mood: grey
  presenter: Please handle this moment with particular care. Give the content note
    beforehand, offer the gentle summary, and let students step out if they need to; some
    may have known the death of a baby in their own families. The notes say only that Sam
    dies tragically (line 6) and that "the push" is the devastating event at the centre of the
    book (line 12); that these are the same event is our inference, and worth saying so to the
    class. We do not describe how or where it happened, and the discussion shouldn't need to.
    The picture is symbolic: four small lights, one of which goes out.

    Some reviewers wished the novel had done more with the aftermath of this moment; that
    criticism makes a good, safe way into discussion.
  beats:
    # The four lights are the family of four; the last goes out as the loss is told (notes:6:
    # Sam dies). Symbolic only: no place, no cause.
    tableau: absence / grey / lit
    narrate: Then something happens that changes everything.
    tableau: absence / grey / out
    narrate: Sam, still an infant, dies.
    pause: 3
    perspective interpretation: Our notes call the novel's devastating, pivotal event "the
      push". They do not quite say it is Sam's death, but everything points that way: an
      inference, not a quotation.
    narrate: With the push, Blythe's life and her marriage reach breaking point. All that
      follows grows out of it.
    tableau: absence / night
    perspective interpretation: Set this moment beside the bathtub, two generations
      before. Two children, two mothers, one family.
    prompt: push-evidence

moment blythe-suspects
  title: Not believed
  when: about 1 month after the-push ± 1
  lane: blythe
  people: blythe, fox, violet
  themes: not-believed, perception, grief, nature-nurture
  content: infant-death, child-violence, profound-grief
  milestone: part-push
  facts: f-blythe-suspects, f-fox-dismisses, f-ambiguity, f-inside-blythe, f-not-believed
  summary: After Sam's death, Blythe suspects that Violet was responsible. Fox dismisses her
    concerns. The novel leaves open whether she is right.
  gentle: After the loss, Blythe fears that Violet was somehow involved. Fox does not
    believe her.
  echoes: ending
  tableau: doubt
  mood: dusk
  presenter: Two things are facts of the story: Blythe suspects Violet, and Fox dismisses
    her. Whether Blythe is right is not a fact; the novel leaves it open on purpose. Help
    students keep those two levels apart.

    This is where the theme of not being believed comes to the front. The book is
    interested in how women's concerns are dismissed; students can explore that without
    having to decide that Blythe is right.
  beats:
    tableau: doubt / dusk
    narrate: In the aftermath, one thought will not leave Blythe alone.
    # She turns to him with her suspicion; he stays turned away: he dismisses her concerns
    # (notes:6). Then they sit apart again (notes:10: dismissed, not believed).
    tableau: doubt / dusk / toward
    perspective blythe: She suspects that Violet was responsible for Sam's death.
    perspective fox: Fox dismisses her concerns.
    pause: 2
    tableau: doubt / dusk / away
    narrate: Two people who have lost the same child, and cannot agree on what happened.
    perspective interpretation: Is Blythe seeing a truth no one will hear? Or are grief,
      fear and her family's history shaping what she sees? The novel deliberately leaves it
      open.
    perspective interpretation: Notice what the book makes certain and what it
      leaves open. Fox's disbelief is a fact of the story; whether Blythe's suspicion is
      right is not.
    prompt: suspects-evidence

moment marriage-ends
  title: The marriage falls apart
  when: about 1 year after the-push ± 1
  lane: blythe
  people: blythe, fox
  themes: grief, not-believed
  content: infant-death, profound-grief
  milestone: part-after
  facts: f-marriage-ends, f-breaking-point
  summary: The push is the breaking point in Blythe's marriage as well as her life: her
    marriage to Fox falls apart.
  gentle: Blythe and Fox's marriage comes to an end.
  echoes: etta-widowed
  tableau: apart
  mood: grey
  presenter: The notes say only that the marriage falls apart after the push, so don't fill
    in how or why, or where each of them lives afterwards. The picture is symbolic, not a
    place. The echo with Etta is an interpretation, offered for discussion.
  beats:
    # The thread whole while the marriage stands, broken as it falls apart (notes:12, notes:14).
    tableau: apart / grey / joined
    narrate: The push was the breaking point in Blythe's marriage, as well as in her life.
    tableau: apart / grey / broken
    narrate: Blythe and Fox's marriage falls apart.
    pause: 1.5
    perspective interpretation: Etta lost her husband to a death. Blythe loses hers to a
      marriage that could not survive one.
    prompt: marriage-alone

moment new-family
  title: A new family
  when: about 2 years after marriage-ends ± 2
  lane: blythe
  people: fox, gemma, jet
  themes: perfect-mother, inherited-pattern
  milestone: part-ending
  facts: f-fox-gemma, f-jet
  summary: Fox remarries, to a woman named Gemma, and they have a son named Jet: a
    half-brother for Violet.
  gentle: Fox marries again, to Gemma, and they have a baby boy, Jet.
  echoes: sam-born
  tableau: window-family
  mood: warm
  presenter: Gemma and Jet belong to the novel's ending, so this moment is hidden until the
    class has finished the book. The notes tell us nothing about Gemma beyond her name and
    her marriage to Fox. The picture, a lit window seen from outside, is our illustration and
    is captioned as one: the notes name no house or place.
  beats:
    tableau: window-family / warm
    narrate: Fox begins again. He marries a woman named Gemma.
    narrate: They have a son, Jet. Violet has a half-brother.
    pause: 1.5
    perspective interpretation: From outside, a new family can look like the picture Blythe
      once imagined, of tender bedtimes and first steps.
    prompt: family-window

moment ending
  title: An open ending
  when: about 3 years after new-family ± 2
  lane: violet
  people: gemma, violet, jet
  themes: perception, nature-nurture, inherited-pattern, not-believed
  content: child-harm, child-violence
  milestone: part-ending
  facts: f-gemma-suspects, f-ending-open, f-criticism-ending, f-criticism-thriller
  summary: The novel closes with a hint that Gemma has come to suspect Violet of harming
    Jet. That may bear out Blythe's fears all along, or it may show the cycle of suspicion
    and failed motherhood continuing. The book leaves it unresolved.
  gentle: At the end, Gemma seems to begin to share Blythe's worries about Violet. The book
    leaves us to decide what that means.
  echoes: blythe-suspects
  tableau: ending
  mood: night
  presenter: Any harm to Jet is only implied, through Gemma's suspicion; don't describe it.
    The ending is deliberately ambiguous, and some readers find that frustrating rather
    than thought-provoking. Both reactions are fair, and the debate prompts make room for
    them. The house in the picture is our illustration (captioned so); the notes name no place.

    Whatever students conclude about Violet, ask them to say what in the book supports it,
    and what it would take to change their minds.
  beats:
    tableau: ending / night
    narrate: The story does not end with an answer.
    narrate: It ends with a hint: Gemma, it seems, now suspects that Violet has harmed Jet.
    pause: 2
    perspective interpretation: If so, was Blythe right all along?
    perspective interpretation: Or has a cycle of suspicion simply found a new mother? The
      ending lets both readings stand.
    narrate: The novel leaves the question with us.
    prompt: ending-evidence
