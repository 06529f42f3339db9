# Moments 5-9: Blythe becomes a mother; Violet's first years; Sam is born (notes lines 6, 27).
# Violet's behaviour is always shown as Blythe perceives it: the notes keep it ambiguous.

moment blythe-pregnant
  title: Determined to break the cycle
  when: about 6 months before violet-born ± 0.5
  lane: blythe
  people: blythe
  themes: perfect-mother, inherited-pattern
  milestone: part-before
  facts: f-blythe-determined, f-blythe-prepares, f-love-not-guaranteed, f-perfect-motherhood
  summary: When Blythe becomes pregnant, she is determined to break her family's cycle. She
    throws herself into pregnancy books and getting the nursery ready, and pictures tender
    bedtimes and first steps.
  gentle: Expecting her first baby, Blythe prepares with hope and care, determined to be a
    different kind of mother from the ones before her.
  echoes: cecilia-words
  tableau: nursery
  mood: dawn
  presenter: This is the one hopeful scene before the dark begins, and it is worth lingering
    on. Blythe knows from her own childhood that love isn't guaranteed; ask the class
    whether that makes her preparations brave, anxious, or both.

    Her careful preparations can also be read (an interpretation) as the pressure on mothers to
    be perfect at work before the baby even arrives.
  beats:
    tableau: nursery / dawn
    narrate: Blythe is pregnant, and she has made herself a promise.
    narrate: She will not repeat what happened to her. She will break the cycle.
    narrate: She reads pregnancy book after pregnancy book. She gets the nursery ready.
    narrate: She imagines the tender bedtimes to come, and her child's first steps.
    pause: 1.5
    perspective interpretation: Blythe knows that a mother's love is not guaranteed.
      Perhaps that is exactly why she prepares so hard, trying to make certain what cannot be
      made certain.
    prompt: pregnant-prepare

moment violet-born
  title: The bond that never came
  when: c. 2005 ± 5
  lane: blythe
  people: blythe, violet
  themes: ambivalence, perfect-mother, perception
  content: maternal-ambivalence, postpartum-depression
  milestone: part-violet
  facts: f-violet-blythe-daughter, f-no-bond, f-violet-cried
  summary: Violet is born, and the overwhelming connection Blythe expected never comes.
    Instead she feels dread and disconnection. Violet, she says, cried only when she was
    with her, and it felt like a betrayal.
  gentle: Blythe's daughter, Violet, is born, but Blythe does not feel the closeness she had
    hoped for, and she is frightened by its absence.
  echoes: kitchen-note
  tableau: newborn
  mood: night
  presenter: The book deals with postpartum depression and maternal ambivalence. The notes do
    not give Blythe a diagnosis, so please don't either; we can notice her dread and
    loneliness without naming an illness. Some students' own mothers may have struggled
    after a birth, so make it clear that such feelings are common and are nobody's fault.

    Both quotations here are Blythe's, and short. Let them land before discussing them.
  beats:
    tableau: newborn / night
    narrate: Violet is born.
    narrate: Blythe waits for the rush of love she has expected all along.
    narrate: It doesn't come. In its place there is dread, and a feeling of being cut off
      from her own child.
    quote blythe notes:27: Violet cried only when she was with me; it felt like a betrayal.
    pause: 1.5
    quote blythe notes:27: We were supposed to want each other.
    perspective interpretation: "Betrayal" is a strong word for a baby's crying. Does it tell
      us more about Violet, or about Blythe's fear?
    perspective interpretation: Think back to the note on the kitchen counter. Blythe was
      once the child who was left; now she is the mother who cannot reach her own child.
    prompt: born-betrayal

moment violet-grows
  title: Turning away
  when: about 2 years after violet-born ± 1
  lane: violet
  people: violet, blythe, fox
  themes: perception, nature-nurture, ambivalence
  content: maternal-ambivalence
  milestone: part-violet
  facts: f-violet-refuses, f-violet-coldness, f-fox-violet-father, f-the-question
  summary: As Violet grows, Blythe notices behaviour that disturbs her: Violet refuses to be
    held, seems to prefer her father, Fox, and shows what Blythe perceives as calculated
    coldness. Blythe cannot stop asking whether the problem is in Violet, or in herself,
    living out her family's pattern again.
  gentle: As Violet grows, Blythe feels her daughter pulling away from her and towards her
    father, and she begins to worry about what that means.
  echoes: kitchen-note
  tableau: child-turning
  mood: cold
  presenter: Everything in this moment is Blythe's perception, and the wording keeps it that
    way. This is a good place to introduce the "What happened?" game: the evidence prompt
    asks students to weigh four readings rather than pick a villain.

    Blythe's own question is the novel's question. Put it on the board and come back to it.
  beats:
    tableau: child-turning / cold
    narrate: Violet is growing, and Blythe watches her closely.
    perspective blythe: As Blythe tells it, Violet refuses to be held, and seems to prefer
      her father, Fox.
    perspective blythe: She sees in her daughter something she can only call calculated
      coldness.
    pause: 1.5
    narrate: Remember whose eyes we are looking through. All of this is as Blythe perceives
      it.
    narrate: And she cannot stop asking herself: is the problem in Violet? Or is she living
      out her family's broken pattern all over again?
    perspective interpretation: A small child who turns from one parent towards the other
      can be read in many ways. The novel wants us to feel how hard it is to know which.
    prompt: grows-evidence

moment violet-violence
  title: What Blythe sees
  when: about 3 years after violet-born ± 2
  lane: violet
  people: violet, blythe
  themes: perception, nature-nurture, inherited-pattern
  content: child-violence
  milestone: part-violet
  facts: f-violet-behaviour, f-blythe-struggles, f-ambiguity, f-bad-mothers, f-creates-or-reveals
  summary: To Blythe, Violet appears to lack empathy and to behave violently. We see this
    only through Blythe's eyes, and the novel leaves open whether the darkness lies in the
    child or in the way her mother sees her.
  gentle: Blythe grows afraid of how Violet behaves towards others. The novel leaves us
    unsure whether her fears are right.
  tableau: shadow
  mood: grey
  presenter: The notes describe Violet's behaviour only in general terms (she "appears to
    lack empathy" and behaves violently), and always within the book's ambiguity. Keep the
    discussion there, with no invented incidents and no diagnosis of a child. Our source names
    no place or incident for it, so the picture is symbolic: a small child and a shadow much
    larger than she is.

    Students will want to decide whether Violet is "bad". The novel is built so that the
    question stays open; the evidence prompt gives them four ways to think about it.
  beats:
    tableau: shadow / grey
    narrate: As Blythe tells it, Violet seems to lack empathy: other people's hurt does not
      seem to reach her.
    narrate: And, as Blythe tells it, Violet behaves violently.
    pause: 1.5
    perspective blythe: Blythe is sure that something is wrong with her daughter.
    perspective interpretation: Or do Blythe's dread, and her family history of "bad
      mothers", colour everything she sees? The novel keeps both readings open.
    narrate: Keep in mind: this is Blythe's account.
    prompt: violence-evidence

moment sam-born
  title: A second baby
  when: about 4 years after violet-born ± 2
  lane: violet
  people: sam, blythe, fox, violet
  themes: perfect-mother
  milestone: part-sam
  facts: f-sam-son
  summary: Blythe and Fox have a son, Sam: a baby brother for Violet.
  gentle: Blythe and Fox have a baby boy, Sam, and Violet has a little brother.
  echoes: new-family
  tableau: second-crib
  mood: dawn
  presenter: The notes say little about Sam beyond his being Blythe and Fox's infant son, so
    keep this moment short and don't fill it in. If some students have read further than
    others, remind the class that later moments stay hidden until everyone has reached
    them.
  beats:
    tableau: second-crib / dawn
    narrate: Blythe and Fox have a second child: a son, Sam.
    narrate: Violet has a baby brother.
    pause: 1.5
    perspective interpretation: After everything Blythe has felt with Violet, a second baby
      might bring hope, or fear, or both. The question is yours to think about.
    prompt: sam-hope
