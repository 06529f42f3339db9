# Plot facts, each in our own words, each citing the line of the notes it rests on.
# Moments, people and relationships point at these ids. Nothing here comes from lines 18-26.

# --- Etta and Cecilia (notes line 27) ---

fact f-etta-grandmother
  text: Etta is Blythe's grandmother.
  cite: notes:27

fact f-etta-widowed
  text: Etta was widowed while she was pregnant, during a Kentucky blizzard.
  cite: notes:27

fact f-cecilia-etta-daughter
  text: Cecilia is Etta's daughter.
  cite: notes:27

fact f-bathtub
  text: Etta held her daughter Cecilia underwater in the bathtub until the bubbles stopped
    rising, and pulled her up at the last possible moment.
  cite: notes:27

fact f-cecilia-blythe-mother
  text: Cecilia is Blythe's mother: the daughter of Blythe's grandmother Etta, and the woman
    who left Blythe when she was young.
  cite: notes:27

fact f-cecilia-words
  text: Cecilia once told Blythe that she didn't want her learning to be like her, but that
    she didn't know how to teach her to be anyone different.
  cite: notes:27

fact f-kitchen-note
  text: Years after the bathtub, Cecilia abandoned young Blythe, leaving nothing but a note
    on the kitchen counter.
  cite: notes:27

fact f-bad-mothers
  text: Blythe's family history is a line of troubled mothers, the "bad mothers" she
    descends from.
  cite: notes:10, notes:13

# --- Blythe, Fox and Violet (notes lines 6 and 27) ---

fact f-love-not-guaranteed
  text: Blythe Connor knows what few mothers will say aloud: a parent's instant, all-consuming
    love for a child is not guaranteed. Her own childhood taught her so.
  cite: notes:27

fact f-blythe-determined
  text: When Blythe became pregnant, she was determined to break her family's cycle.
  cite: notes:27

fact f-blythe-prepares
  text: Pregnant, Blythe immersed herself in pregnancy books and in getting the nursery
    ready, imagining tender bedtimes and first steps.
  cite: notes:27

fact f-violet-blythe-daughter
  text: Violet is Blythe's daughter.
  cite: notes:6, notes:27

fact f-fox-violet-father
  text: Fox is Violet's father.
  cite: notes:27

fact f-fox-husband
  text: Fox is Blythe's husband.
  cite: notes:6

fact f-no-bond
  text: When Violet was born, the maternal connection Blythe had expected never came.
    Instead she felt dread and disconnection.
  cite: notes:27

fact f-violet-cried
  text: Blythe says that Violet cried only when she was with her, that it felt like a
    betrayal, and that they were supposed to want each other.
  cite: notes:27

fact f-blythe-struggles
  text: Blythe is a mother who struggles to feel close to her daughter, Violet.
  cite: notes:6

fact f-violet-refuses
  text: As Violet grew, Blythe noticed her refusing to be held and seeming to prefer her
    father, Fox.
  cite: notes:27

fact f-violet-coldness
  text: Blythe saw in Violet what she perceived as calculated coldness.
  cite: notes:27

fact f-violet-behaviour
  text: Violet appears to lack empathy and behaves violently; the novel shows this through
    Blythe's eyes and leaves open whether it lies in Violet or in Blythe's perception.
  cite: notes:6, notes:13

fact f-the-question
  text: Blythe cannot stop asking whether the problem lies in Violet, or whether she herself
    is living out her family's broken pattern again.
  cite: notes:27

# --- Sam and the push (notes lines 6 and 12) ---

fact f-sam-son
  text: Sam is Blythe and Fox's infant son, Violet's younger brother.
  cite: notes:6

fact f-sam-dies
  text: Sam dies tragically while he is still an infant.
  cite: notes:6

fact f-the-push
  text: "The push" of the title is the devastating moment on which the book turns: a
    tragic event that changes everything for the family.
  cite: notes:12

fact f-breaking-point
  text: With that event, Blythe's life and her marriage reach breaking point; it shapes all
    that follows.
  cite: notes:12

fact f-blythe-suspects
  text: After Sam's death, Blythe suspects that Violet is responsible.
  cite: notes:6

fact f-fox-dismisses
  text: Fox dismisses Blythe's concerns.
  cite: notes:6

# --- The ending (notes line 14) ---

fact f-marriage-ends
  text: Blythe and Fox's marriage falls apart.
  cite: notes:12, notes:14

fact f-fox-gemma
  text: Fox remarries, to a woman named Gemma.
  cite: notes:14

fact f-jet
  text: Fox and Gemma have a son named Jet.
  cite: notes:14

fact f-gemma-suspects
  text: The book closes with a hint that Gemma has come to suspect Violet of harming Jet.
  cite: notes:14

fact f-ending-open
  text: The ending is deliberately ambiguous and unsettling: it may bear out Blythe's fears,
    or it may show a cycle of suspicion and failed motherhood continuing.
  cite: notes:14

# --- What the novel asks (notes lines 6, 10, 12, 13, 15) ---

fact f-ambiguity
  text: The novel deliberately never settles whether Violet is innately dangerous, whether
    Blythe's lack of maternal love created the problem, or whether it is all in Blythe's
    troubled mind.
  cite: notes:6, notes:13

fact f-creates-or-reveals
  text: The book asks whether Blythe's ambivalence towards Violet creates the child's
    darkness or reveals it.
  cite: notes:10

fact f-perfect-motherhood
  text: At the novel's centre is the demand that mothers be perfect, and what becomes of
    women who cannot meet that impossible standard.
  cite: notes:10

fact f-not-believed
  text: The novel shows pressures on motherhood deepening the damage in a family, and women
    left feeling dismissed and not believed.
  cite: notes:10, notes:15

fact f-inherited
  text: Through a line of troubled mothers, the novel asks whether dysfunction is inherited
    or created by circumstance.
  cite: notes:10

fact f-title-pressure
  text: The title also stands for the pressure on mothers to meet society's expectations,
    the constant "push" to be perfect.
  cite: notes:12

fact f-inside-blythe
  text: The novel places readers inside Blythe's mind, so that they experience her paranoia
    and distress with her.
  cite: notes:9

# --- The book in the world (notes lines 2-5, 8, 11, 14-17) ---

fact f-author
  text: Ashley Audrain, the author, is Canadian; The Push is her debut.
  cite: notes:3, notes:9

fact f-penguin
  text: Before writing full-time, Audrain was publicity director at Penguin Canada.
  cite: notes:4

fact f-bidding-war
  text: After a nine-way bidding war, the novel's rights were sold in 41 territories.
  cite: notes:2, notes:4

fact f-bestseller
  text: The Push became a New York Times and Sunday Times bestseller.
  cite: notes:2, notes:5

fact f-award
  text: The Push won the Arthur Ellis Award for First Novel.
  cite: notes:5

fact f-adaptation
  text: The Push has been adapted as a limited television series.
  cite: notes:5

fact f-whispers
  text: Audrain's next novel was The Whispers (2023), another bestseller about modern
    motherhood.
  cite: notes:5

fact f-genre
  text: The Push is a psychological drama with thriller elements, with short, punchy
    chapters, rather than a traditional thriller.
  cite: notes:11

fact f-kevin
  text: The Push is often compared with Lionel Shriver's We Need to Talk About Kevin; both
    follow mothers struggling to bond with possibly dangerous children, and many reviewers
    think The Push the stronger book.
  cite: notes:11, notes:15

fact f-criticism-thriller
  text: The main criticism is that the last quarter of the book drifts into thriller
    territory and gives up some of its psychological depth.
  cite: notes:14, notes:16

fact f-criticism-aftermath
  text: Some reviewers wished the aftermath of "the push" had been explored more fully and
    given more tension.
  cite: notes:12, notes:16

fact f-criticism-ending
  text: Some readers found the ambiguous ending frustrating rather than thought-provoking,
    and wanted a clearer answer about Violet's true nature.
  cite: notes:16

fact f-dark-content
  text: The book deals with infant death, postpartum depression, maternal ambivalence, child
    violence and profound grief, and carries no content warnings of its own.
  cite: notes:17

fact f-praise
  text: Reviewers praise the writing and its emotional impact; many count it among the best
    books they have read.
  cite: notes:8
