# Memory cues (front / back) and key takeaways.
# A card about a moment is shown from that moment's milestone, so cards that would give
# away later events are attached to the moment where they happen.

# --- People ---

card cue-etta
  about: etta
  front: Who is Etta?
  back: Blythe's grandmother and Cecilia's mother, widowed while she was pregnant during a
    Kentucky blizzard.

card cue-etta-husband
  about: etta-husband
  front: What do we know about Etta's husband?
  back: Our notes say only that he died while Etta was pregnant, during a Kentucky blizzard.
    They do not give his name.

card cue-cecilia
  about: cecilia
  front: Who is Cecilia?
  back: Etta's daughter and Blythe's mother.

card cue-blythe
  about: blythe
  front: Whose mind does the novel place us inside?
  back: Blythe Connor's: a mother who struggles to feel close to her daughter, Violet. We see
    everything through her eyes.

card cue-fox
  about: fox
  front: Who is Fox?
  back: Blythe's husband and Violet's father.

card cue-violet
  about: violet
  front: Who is Violet?
  back: Blythe and Fox's daughter. Whether something is wrong with her, or with how her
    mother sees her, is the question the novel never settles.

card cue-sam
  about: sam-born
  front: Who is Sam?
  back: Blythe and Fox's baby son, Violet's younger brother.

card cue-gemma
  about: new-family
  front: Who is Gemma?
  back: The woman Fox marries after his marriage to Blythe falls apart.

card cue-jet
  about: new-family
  front: Who is Jet?
  back: Fox and Gemma's son, Violet's half-brother.

# --- Relationships ---

card cue-four-generations
  about: book
  front: Name the four generations of the family, oldest first.
  back: Etta, Cecilia, Blythe, Violet.

card cue-etta-cecilia
  about: bathtub
  front: What passes between Etta and her daughter, Cecilia?
  back: The bathtub: Etta held Cecilia underwater until the bubbles stopped rising, then
    pulled her up at the last possible moment.

card cue-cecilia-blythe
  about: kitchen-note
  front: How does Cecilia leave Blythe?
  back: She abandons her when Blythe is young, leaving only a note on the kitchen counter.

card cue-violet-fox
  about: violet-grows
  front: Which parent does Violet seem to prefer, as Blythe sees it?
  back: Her father, Fox.

card cue-fox-dismisses
  about: blythe-suspects
  front: How does Fox respond to Blythe's suspicion?
  back: He dismisses her concerns.

# --- Moments and quotations ---

card cue-blizzard
  about: etta-widowed
  front: Where and when is Etta widowed?
  back: During a Kentucky blizzard, while she is pregnant.

card cue-cecilia-words
  about: cecilia-words
  front: "I don't want you learning to be like me..." How does Cecilia finish?
  back: "But I don't know how to teach you to be anyone different."

card cue-pregnant
  about: blythe-pregnant
  front: How does Blythe prepare for her first baby?
  back: She reads pregnancy books and gets the nursery ready, picturing tender bedtimes and
    first steps, determined to break the cycle.

card cue-no-bond
  about: violet-born
  front: What does Blythe feel when Violet is born, instead of the connection she expected?
  back: Dread and disconnection.

card cue-betrayal
  about: violet-born
  front: "Violet cried only when she was with me..." How does Blythe go on?
  back: "...it felt like a betrayal."

card cue-supposed
  about: violet-born
  front: Complete Blythe's line: "We were supposed to..."
  back: "...want each other."

card cue-coldness
  about: violet-grows
  front: What does Blythe perceive in Violet as she grows?
  back: Refusal to be held, a seeming preference for her father, and what Blythe sees as
    calculated coldness.

card cue-haunting-question
  about: violet-grows
  front: What question haunts Blythe?
  back: Is the problem in Violet, or is Blythe living out her family's broken pattern
    again?

card cue-violet-behaviour
  about: violet-violence
  front: How does Violet appear to Blythe?
  back: As a child who lacks empathy and behaves violently. The novel leaves open whether
    that is in Violet or in Blythe's perception.

card cue-push
  about: the-push
  front: What is "the push"?
  back: The devastating, pivotal event that changes everything: the breaking point in
    Blythe's life and marriage. (That it is Sam's death is our inference from the notes.)

card cue-suspects
  about: blythe-suspects
  front: Whom does Blythe suspect after Sam's death?
  back: Violet.

card cue-marriage
  about: marriage-ends
  front: What happens to Blythe and Fox's marriage?
  back: It falls apart after the push.

card cue-ending
  about: ending
  front: What does the ending imply?
  back: That Gemma has come to suspect Violet of harming Jet. That may bear out Blythe's
    fears, or show a cycle of suspicion continuing.

# --- Themes ---

card cue-central-theme
  about: perfect-mother
  front: What is the novel's central theme?
  back: The demand that mothers be perfect, and what becomes of women who cannot meet that
    impossible standard.

card cue-title-two
  about: the-push
  front: What are the two meanings of the title?
  back: The pivotal tragic event, and the constant pressure on mothers to be perfect.

card cue-not-believed
  about: not-believed
  front: Which theme is about women's concerns being dismissed?
  back: Not being believed.

card cue-nature-nurture
  about: nature-nurture
  front: How does the novel answer the nature-versus-nurture question?
  back: It doesn't: it leaves it deliberately ambiguous.

card cue-creates-reveals
  about: ambivalence
  front: What does the book ask about Blythe's ambivalence?
  back: Whether it creates Violet's darkness, or reveals it.

card cue-narrator
  about: perception
  front: Why can't we be sure about Violet?
  back: We see her only through Blythe, whose perception may be flawed.

# --- The book in the world ---

card cue-author
  about: book
  front: Who wrote The Push, and where is she from?
  back: Ashley Audrain, a Canadian author. The Push is her debut.

card cue-penguin
  about: book
  front: What did Audrain do before writing full-time?
  back: She was publicity director at Penguin Canada.

card cue-bidding
  about: book
  front: How many territories bought the rights after the bidding war?
  back: 41, after a nine-way bidding war.

card cue-award
  about: book
  front: Which award did The Push win?
  back: The Arthur Ellis Award for First Novel.

card cue-bestseller
  about: book
  front: Which bestseller lists did The Push reach?
  back: The New York Times and the Sunday Times.

card cue-adaptation
  about: book
  front: How has The Push been adapted?
  back: As a limited television series.

card cue-whispers
  about: book
  front: What was Audrain's next novel?
  back: The Whispers (2023), another bestseller about modern motherhood.

card cue-genre
  about: book
  front: Is The Push a traditional thriller?
  back: No: it is a psychological drama with thriller elements, more interested in depth
    than in plot twists.

card cue-kevin
  about: book
  front: Which novel is The Push often compared with?
  back: Lionel Shriver's We Need to Talk About Kevin.

card cue-criticism
  about: book
  front: What is the main criticism of The Push?
  back: That the final quarter turns to thriller elements and loses some of its
    psychological depth.
  milestone: part-ending           # it is about the final quarter, so not before the end

card cue-warnings
  about: book
  front: What should readers know before starting The Push?
  back: It deals with infant death, postpartum depression, maternal ambivalence, child
    violence and grief, and carries no content warnings of its own.

# --- Key takeaways ---

takeaway t-love-not-guaranteed
  about: ambivalence
  text: The novel starts from something few mothers will say aloud: that instant,
    all-consuming love for a child is not guaranteed.

takeaway t-perfect-mother
  about: perfect-mother
  text: Its central target is the myth of the perfect mother, and the damage done when
    women cannot meet impossible standards.

takeaway t-pattern
  about: inherited-pattern
  text: Across four generations of mothers, the book asks whether harm is inherited or
    created by circumstance, and whether the pattern can be broken.

takeaway t-perception
  about: perception
  text: We see Violet only through Blythe's eyes, so every judgement we make about the
    child is also a judgement about the mother who describes her.

takeaway t-ambiguity
  about: nature-nurture
  text: The novel deliberately never settles whether Violet is innately dangerous, was
    shaped by her mother's ambivalence, or is misread by a troubled mind.

takeaway t-not-believed
  about: blythe-suspects
  text: When Fox dismisses Blythe, the book shows how easily women's concerns are set
    aside, whether or not they turn out to be right.

takeaway t-ending
  about: ending
  text: The ending, with Gemma's suspicion, may prove Blythe right or show the cycle of
    suspicion continuing; the book leaves that choice to the reader.

takeaway t-genre
  about: book
  text: The Push is a psychological drama with thriller elements: its power lies in
    psychological depth and discomfort rather than in plot twists.

takeaway t-creates-reveals
  about: book
  text: The question at the heart of the book is whether Blythe's ambivalence creates
    Violet's darkness or reveals it.
