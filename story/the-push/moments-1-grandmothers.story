# Moments 1-4: Etta and Cecilia, the mothers before Blythe (notes line 27).
# Every moment cites its facts; interpretations are labelled `perspective interpretation`.

moment etta-widowed
  title: A widow in the blizzard
  when: c. 1950 ± 11
  lane: etta
  people: etta, etta-husband
  themes: grief, inherited-pattern
  content: profound-grief
  milestone: part-before
  facts: f-etta-widowed, f-etta-grandmother
  summary: Blythe's grandmother, Etta, is widowed while she is pregnant, during a Kentucky
    blizzard. The family's story of mothers begins with a loss.
  gentle: Blythe's grandmother, Etta, loses her husband while she is expecting a baby, in a
    winter storm in Kentucky.
  echoes: marriage-ends
  tableau: blizzard
  mood: winter
  presenter: We know only what the notes say: Etta was widowed while pregnant, during a
    Kentucky blizzard. Our notes do not give her husband's name or say how he died, so we call
    him simply "Etta's husband" (the novel may say more; we keep to our source). The notes imply, without quite saying, that the
    baby she was carrying was Cecilia; the genogram shows it that way.

    A good opening question is what it might mean to begin motherhood alone and in mourning.
    Make clear that any answer is interpretation, not plot.
  beats:
    tableau: blizzard / winter
    narrate: Kentucky, in a blizzard, two generations before Blythe.
    narrate: Etta is pregnant, and during the blizzard she becomes a widow.
    pause: 1.5
    narrate: Our source does not give his name, so here he is simply Etta's husband.
    perspective interpretation: Etta's motherhood begins in grief, and alone. You might see
      the family's long pattern starting here; the novel leaves that for us to decide.
    narrate: This is the first generation of the story Blythe carries with her.
    prompt: widow-begin

moment bathtub
  title: The bathtub
  when: about 5 years after etta-widowed ± 5
  lane: etta
  people: etta, cecilia
  themes: inherited-pattern, ambivalence, nature-nurture
  content: child-harm, maternal-ambivalence
  milestone: part-before
  facts: f-bathtub, f-cecilia-etta-daughter, f-inherited
  summary: Etta holds her daughter, Cecilia, underwater in the bathtub until the bubbles
    stop rising, and pulls her up only at the last possible moment.
  gentle: Etta puts her daughter, Cecilia, in danger, and saves her at the last moment.
  echoes: the-push
  tableau: bathtub
  mood: night
  presenter: This is the hardest moment in the early part of the book. Give the content note
    first, and consider reading the gentle summary instead of the full one. Keep to what
    the notes say. Etta held her daughter under the water until the bubbles stopped, then
    pulled her up at the last possible moment. Our notes do not say how old Cecilia was, why
    Etta did it, or what she felt, so discussion should not treat any age or motive as fact.

    Students may want to judge Etta quickly. Slow them down: our notes describe a book about
    generational trauma (line 10), so ask what such a moment might leave behind in a family
    rather than reach for a verdict.
  beats:
    tableau: bathtub / night
    narrate: Etta has a daughter now: Cecilia.
    narrate: In the bathtub, Etta holds Cecilia under the water.
    narrate: She waits until the bubbles stop rising.
    pause: 2.5
    narrate: Then, at the last possible moment, she pulls her daughter up.
    tableau: bathtub / cold
    perspective interpretation: Our source does not say why. Whatever the novel tells, the
      not-knowing here is part of the weight this moment carries down the generations.
    if reached part-push:
      perspective interpretation: Two generations later, another child will be at the centre
        of the family's worst moment. Hold the two side by side.
    prompt: bathtub-why

moment cecilia-words
  title: "I don't want you learning to be like me"
  when: c. 1985 ± 8
  lane: cecilia
  people: cecilia, blythe
  themes: inherited-pattern, nature-nurture, ambivalence
  content: maternal-ambivalence
  milestone: part-before
  facts: f-cecilia-words, f-cecilia-blythe-mother
  summary: Cecilia once tells her daughter, Blythe, that she doesn't want her learning to
    be like her, but that she doesn't know how to teach her to be anyone different.
  gentle: Cecilia admits to Blythe that she hopes her daughter won't turn out like her, but
    doesn't know how to show her another way.
  echoes: blythe-pregnant
  tableau: mother-daughter
  mood: dusk
  presenter: Cecilia's words are one of the few direct quotations we have, so let the class
    hear them exactly. The notes don't say when she said them, only that she "once" did, and
    they do not say whether it was before or after she left; we place them in Blythe's
    childhood, before the note on the counter, as an estimate.

    The line sets out the book's big question in a single breath. Are we taught to be who
    we are, or is it in us already?
  beats:
    tableau: mother-daughter / dusk
    narrate: Cecilia, the daughter from the bathtub, has grown up. Now she has a daughter,
      Blythe.
    narrate: Once, Cecilia says this to her daughter.
    quote cecilia notes:27: I don't want you learning to be like me. But I don't know how to
      teach you to be anyone different.
    pause: 2
    perspective interpretation: Cecilia seems to know she is part of a pattern, and to fear
      passing it on. Is this honesty, a warning, or an apology?
    perspective interpretation: Her words hold the whole novel's question: is who we become
      learned, or inherited?
    prompt: words-hear

moment kitchen-note
  title: A note on the kitchen counter
  when: about 2 years after cecilia-words ± 2
  lane: cecilia
  people: cecilia, blythe
  themes: inherited-pattern, ambivalence, perfect-mother
  content: abandonment, maternal-ambivalence
  milestone: part-before
  facts: f-kitchen-note, f-cecilia-blythe-mother, f-love-not-guaranteed
  summary: Years after the bathtub, Cecilia abandons young Blythe, leaving nothing behind but
    a note on the kitchen counter.
  gentle: When Blythe is still young, her mother, Cecilia, goes away, leaving only a note
    behind.
  echoes: violet-born, violet-grows
  tableau: kitchen-note
  mood: grey
  presenter: Some students will have a parent who left. Give them room, and keep the focus
    on the novel. Our notes do not say what the note said, so don't invent its words.

    Blythe's childhood, the book tells us, taught her that a mother's love is not
    guaranteed. The note on the counter is the starkest picture of that lesson.
  beats:
    tableau: kitchen-note / grey
    narrate: Years after the bathtub, a kitchen is quiet.
    narrate: Cecilia has gone. She has left her young daughter, Blythe, with nothing but a
      note on the counter.
    pause: 2
    narrate: Our source does not say what it said. Only that it was all she left.
    perspective interpretation: Blythe's childhood taught her that a mother's love is not
      guaranteed. Here, that lesson becomes impossible to forget.
    if reached part-violet:
      perspective interpretation: Blythe will later feel a distance from her own daughter.
        Does a child who was left hold back as a mother, or try all the harder not to?
    prompt: note-feel
