# Reflection prompts attached to moments. A prompt is visible from its moment's milestone.
# Evidence prompts feed the "What happened?" game: each discusses the four readings
# (violet = something in Violet; perception = Blythe's perception; pattern = the inherited
# pattern; circumstance = what happened around them).

# --- 1. A widow in the blizzard ---

prompt widow-begin
  about: etta-widowed
  kind: open
  text: Etta becomes a mother alone, in grief. How might that beginning shape the kind of
    mother she becomes? Label your answer as interpretation: our source doesn't tell us.

prompt widow-beginning
  about: etta-widowed
  kind: choice
  text: Where do you think this family's story of mothers really begins? (Any answer is
    interpretation.)
  option a: With Etta's loss in the blizzard
  option b: With the bathtub
  option c: Further back than anything our source tells us
  option d: There is no single beginning
  discussion a: What can a loss do to a person before a child is even born?
  discussion b: Why might an act, rather than a loss, feel like the start of a pattern?
  discussion c: Our notes begin with Etta. What does it mean for a story to start where the
    record starts?
  discussion d: A pattern is easier to see looking back. Is "a beginning" something we
    invent to make sense of it?
  teacher: Our notes give nothing earlier than Etta's widowhood; keep guesses about earlier
    generations clearly labelled as guesses.

prompt widow-circumstance-scale
  about: etta-widowed
  kind: scale
  text: Hard circumstances, such as grief or being alone, explain a great deal about how a
    person raises a child. (A question of opinion, not of plot.)
  low: Strongly disagree
  high: Strongly agree
  points: 5
  teacher: To explain is not to excuse; students can hold both ideas at once.

# --- 2. The bathtub ---

prompt bathtub-why
  about: bathtub
  kind: open
  text: Our source does not say why Etta held Cecilia under the water, or what she felt.
    What do you make of a family story that reaches us without its reasons? (Your answer is
    interpretation.)
  teacher: This prompt is about how the story reaches us, not about imagining Etta's motives
    in detail. If students have read the novel, let them say what it tells; our notes are
    silent. Steer away from graphic speculation, and remind students that the moment involves
    a child in danger; some may find it very hard to discuss.

prompt bathtub-last-moment
  about: bathtub
  kind: open
  text: Etta pulls Cecilia up at the last possible moment. Does that change how you judge
    her? Why, or why not?
  teacher: Allow students to say they do not want to judge at all; that is a real position
    the novel supports.

prompt bathtub-passed-down
  about: bathtub
  kind: choice
  text: What, if anything, do you think the bathtub passes down to the next generations?
  option a: Fear: of mothers, or of being a mother
  option b: Silence: things that happen and go unexplained
  option c: A pattern of harm that repeats
  option d: Nothing: it was one woman's act, not an inheritance
  discussion a: Where in Cecilia's or Blythe's story do you see fear? Is it fear of their
    mothers, or of themselves?
  discussion b: Notice how much this family leaves unsaid, from Etta's reasons to Cecilia's
    note. What does silence do to a family?
  discussion c: Look for the repetition across four generations. Is it the same harm, or
    something that only looks similar?
  discussion d: This is a strong answer to the book's question about inheritance. What
    would Blythe say to it, and what would Cecilia?
  teacher: The book itself asks whether a family's troubles are inherited or made by
    circumstance; every option here is defensible.

prompt bathtub-scale
  about: bathtub
  kind: scale
  text: A harm done to a young child can shape her whole life, even if she does not remember
    it. (A question of opinion, not of plot.)
  low: Strongly disagree
  high: Strongly agree
  points: 5
  teacher: Handle gently; some students may connect this to their own early lives. Keep the
    discussion on Cecilia and the novel.

# --- 3. "I don't want you learning to be like me" ---

prompt words-hear
  about: cecilia-words
  kind: open
  text: Imagine being the child who hears Cecilia's words. What would you take from them:
    comfort, fear, or something else?

prompt words-read-as
  about: cecilia-words
  kind: choice
  text: How do you read Cecilia's words? (Your reading is an interpretation.)
  option a: As honesty
  option b: As a warning
  option c: As an apology
  option d: As a way of excusing herself
  discussion a: What does it cost a parent to admit this to a child?
  discussion b: A warning about what: about Cecilia, or about what Blythe might become?
  discussion c: Can an apology come before the harm it apologises for?
  discussion d: Does naming a fault make it easier to keep it?
  teacher: Cecilia's words are one of the few quotations we have; keep to them exactly.

prompt words-teach-scale
  about: cecilia-words
  kind: scale
  text: A parent who knows her own faults can still teach her child to be different.
  low: Strongly disagree
  high: Strongly agree
  points: 5
  teacher: Cecilia says she doesn't know how. Ask whether knowing is the hard part, or doing.

# --- 4. A note on the kitchen counter ---

prompt note-feel
  about: kitchen-note
  kind: open
  text: Cecilia leaves Blythe only a note. What is the difference, for a child, between
    being left with words and being left with nothing at all?
  teacher: Some students will have experienced a parent leaving. Invite responses about
    Blythe rather than about students' own families, and let anyone pass.

prompt note-words-again
  about: kitchen-note
  kind: open
  text: Cecilia once told Blythe she didn't want her learning to be like her (our source
    does not say whether before or after she left). Read side by side, does each change how
    you read the other?

prompt note-love-scale
  about: kitchen-note
  kind: scale
  text: Cecilia's leaving could have been, in its own way, an attempt to protect Blythe.
  low: Strongly disagree
  high: Strongly agree
  points: 5
  teacher: This is an interpretation, not something the novel states. Make that clear, and
    be ready for strong feelings in both directions.

prompt note-shapes
  about: kitchen-note
  kind: choice
  text: Which do you think will shape Blythe most when she becomes a mother herself?
  option a: The story of the bathtub
  option b: Her mother's leaving
  option c: Her own determination to be different
  option d: None of them: she is her own person
  discussion a: Blythe knows her family's past and is determined not to repeat it. What
    does knowing a story like this do to a person?
  discussion b: Being left is something Blythe lived, not something she was told. Is lived
    experience a stronger inheritance than family stories?
  discussion c: Determination is the hope of the next moment. Watch whether it is enough.
  discussion d: The book's question about inheritance leaves room for this too. What would
    it take for Blythe to be free of her family's past?

# --- 5. Determined to break the cycle ---

prompt pregnant-prepare
  about: blythe-pregnant
  kind: open
  text: Blythe prepares for motherhood with books, a nursery and daydreams of bedtimes and
    first steps. Is that hope, anxiety, or both?

prompt pregnant-cycle
  about: blythe-pregnant
  kind: choice
  text: What do you think gives Blythe the best chance of breaking her family's cycle? (An
    interpretation: the question is ours, not the book's.)
  option a: Knowing her family's story
  option b: Getting ready: the books, the nursery, the plans
  option c: Her determination alone
  option d: Nothing she can do beforehand
  discussion a: Is knowing the pattern a protection, or a weight?
  discussion b: What can preparation reach, and what can it not?
  discussion c: Determination is a promise to oneself. What happens when feelings don't
    follow it?
  discussion d: If nothing beforehand can decide it, what can?

prompt pregnant-prepare-scale
  about: blythe-pregnant
  kind: scale
  text: Careful enough preparation can make someone a good parent.
  low: Strongly disagree
  high: Strongly agree
  points: 5
  teacher: Come back to this answer after the next moment, and see whether it has moved.

# --- 6. The bond that never came ---

prompt born-betrayal
  about: violet-born
  kind: open
  text: Blythe says Violet's crying "felt like a betrayal". What does that word tell us
    about Blythe, as much as about Violet?

prompt born-supposed
  about: violet-born
  kind: open
  text: "We were supposed to want each other." Who or what decides what a mother and baby
    are supposed to feel?
  teacher: Some students' mothers may have struggled after a birth. Make clear that not
    feeling instant love is common and is nobody's fault; the novel is built on exactly
    that truth.

prompt born-instinct-scale
  about: violet-born
  kind: scale
  text: A mother's love for her baby is instinctive and instant.
  low: Strongly disagree
  high: Strongly agree
  points: 5
  teacher: The book starts from the opposite idea: that instant, overwhelming love is not
    guaranteed. Use the spread of answers to open that up, gently.

prompt born-dread
  about: violet-born
  kind: choice
  text: At this point in the story, what best explains Blythe's dread?
  option a: Something in Violet
  option b: Blythe's own childhood
  option c: The pressure to be a perfect mother
  option d: It is too early to say
  discussion a: What have we actually seen of Violet so far, apart from Blythe's account?
  discussion b: Think of the note on the counter. How might being left shape how a new
    mother feels?
  discussion c: Where do you see that pressure on Blythe, and who or what applies it?
  discussion d: The novel makes us keep our judgement open. Hold on to this answer and test
    it as you read.

# --- 7. Turning away ---

prompt grows-evidence
  about: violet-grows
  kind: evidence
  confidence: How sure are you?
  text: Violet refuses to be held and seems to prefer her father. What does this moment point
    to?
  discussion violet: Could a toddler's turning away show something about who she is? What
    else would you need to see before believing that?
  discussion perception: Blythe calls it calculated coldness. How much of that is what
    Violet does, and how much is the word Blythe chooses?
  discussion pattern: Blythe was left by her own mother. Could a child pick up on a
    mother's distance, and answer it with distance of her own?
  discussion circumstance: Many small children prefer one parent for a while. How ordinary
    might this be, seen from outside Blythe's fear?
  teacher: Steer away from diagnosing Violet. The game asks students to weigh readings, not
    to reach a verdict.

prompt grows-words
  about: violet-grows
  kind: open
  text: Blythe perceives "calculated coldness". Describe a small child refusing to be held in
    the most neutral words you can. What changes when the words change?
  teacher: A prompt about language and perspective: no labels for a small child.

prompt grows-ordinary-scale
  about: violet-grows
  kind: scale
  text: A small child preferring one parent for a while is ordinary, and tells us little.
  low: Strongly disagree
  high: Strongly agree
  points: 5

# --- 8. What Blythe sees ---

prompt violence-evidence
  about: violet-violence
  kind: evidence
  confidence: How sure are you?
  text: As Blythe tells it, Violet lacks empathy and behaves violently. What does this moment
    point to?
  discussion violet: If Violet really is this way, is it something she was born with?
    What in the book supports that?
  discussion perception: We see Violet only through Blythe's eyes. How would the same
    behaviour look through Fox's?
  discussion pattern: The book sets Violet's behaviour beside Blythe's family history of
    "bad mothers". Is the pattern in the child, or in the way the mothers see their
    children?
  discussion circumstance: What pressures on this family might make a child, or a mother,
    behave differently from how they otherwise would?
  teacher: Keep discussion to what the book gives. No invented incidents, and no labels
    for a young child.

prompt violence-whose-account
  about: violet-violence
  kind: open
  text: Everything we know about Violet's behaviour comes from Blythe. Retell this moment
    as Fox might tell it. What changes?

prompt violence-innate-scale
  about: violet-violence
  kind: scale
  text: Violet is innately dangerous.
  low: Strongly disagree
  high: Strongly agree
  points: 5
  teacher: Return to this scale at the end of the book and compare the class's answers.

prompt violence-words
  about: violet-violence
  kind: open
  text: What words are fair to use about a young child who behaves violently? Which words
    would be unfair, and why?
  teacher: A prompt about language and care; useful if the discussion starts to label Violet.

# --- 9. A second baby ---

prompt sam-hope
  about: sam-born
  kind: open
  text: After everything Blythe has felt with Violet, what might a second baby mean to her?

prompt sam-expect
  about: sam-born
  kind: choice
  text: As Sam arrives, what do you expect Blythe to feel? (A guess about the story, labelled
    as one.)
  option a: Hope of a fresh start
  option b: Fear that the bond will not come again
  option c: Both at once
  option d: It is too early to say
  discussion a: What in Blythe's past would make a fresh start feel possible?
  discussion b: What did Blythe feel with Violet, and why might she fear it again?
  discussion c: Can hope and fear be two sides of the same wish?
  discussion d: What would you need to see before deciding?
  teacher: Students who have read further should not say what happens next.

prompt sam-second-scale
  about: sam-born
  kind: scale
  text: A second child can be a fresh start for a parent, whatever happened with the first.
  low: Strongly disagree
  high: Strongly agree
  points: 5

# --- 10. The push ---

prompt push-evidence
  about: the-push
  kind: evidence
  confidence: How sure are you?
  text: Sam dies; we take this to be the push at the heart of the novel (an inference from
    our notes). What does this moment point to?
  discussion violet: Blythe will come to suspect Violet. What, before this moment, might
    lead her there?
  discussion perception: Grief changes what people see. How might it shape Blythe's
    reading of what happened?
  discussion pattern: Set this moment beside the bathtub, two generations earlier. What
    links them, and what is different?
  discussion circumstance: Our notes call it a tragic event. Could it be a tragedy with no
    one to blame?
  teacher: Please take care: this is the death of a baby. Keep to what the book says, avoid
    describing how or where it happened, and let students step out if they need to.

prompt push-title
  about: the-push
  kind: open
  text: If the push is Sam's death, as our notes suggest without quite saying, why do you
    think Audrain named the whole novel after this moment?
  teacher: The title has a second meaning too (see the book prompt on the title); let students
    find it if they can.

prompt push-aftermath
  about: the-push
  kind: open
  text: Some reviewers wished the novel had done more with the aftermath of the push. Having
    read it, do you agree? What would you have wanted to see?
  milestone: part-after            # "having read it": only once the aftermath is reached

prompt push-echo
  about: the-push
  kind: open
  text: Two generations apart, two children are at the centre of the family's darkest
    moments. What does setting them side by side show you? (The link is an interpretation.)
  teacher: Compare what the book tells us of each, no more. The link is ours to draw; our
    source does not make it.

# --- 11. Not believed ---

prompt suspects-evidence
  about: blythe-suspects
  kind: evidence
  confidence: How sure are you?
  text: Blythe suspects Violet; Fox dismisses her. What does this moment point to?
  discussion violet: If Blythe is right, what has she seen that Fox has not?
  discussion perception: Grief, and years of dread about Violet, could shape what Blythe
    believes. Where does the book let us see that happening?
  discussion pattern: A mother whose own mother left her now doubts her daughter. Is
    suspicion itself part of the inheritance?
  discussion circumstance: After a tragedy, people look for a reason. Could Blythe's
    suspicion be a way of making sense of the senseless?
  teacher: Keep two things apart: that Blythe suspects Violet and Fox dismisses her is plot
    fact; whether she is right, the novel never settles.

prompt suspects-fox
  about: blythe-suspects
  kind: open
  text: Argue from Fox's side. Why might Fox, as Violet's father, dismiss what Blythe fears?

prompt suspects-believe
  about: blythe-suspects
  kind: choice
  text: At this point in the story, do you believe Blythe?
  option a: Yes
  option b: No
  option c: I can't tell, and I think that's the point
  discussion a: What convinces you? Is it evidence, or is it being inside Blythe's head?
  discussion b: What makes you doubt her? Would you have doubted her if Fox were the
    narrator?
  discussion c: The novel is built to leave us here. What does it feel like to stay
    undecided?

prompt suspects-dismissed-scale
  about: blythe-suspects
  kind: scale
  text: Fox is right to dismiss Blythe's concerns.
  low: Strongly disagree
  high: Strongly agree
  points: 5
  teacher: Link this to the theme of women not being believed: being dismissed and being
    wrong are not the same thing.

# --- 12. The marriage falls apart ---

prompt marriage-alone
  about: marriage-ends
  kind: open
  text: Etta lost her husband to a death; Blythe loses hers to a marriage that could not
    survive one. Is the comparison fair? (The comparison is ours, not the book's.)

prompt marriage-what
  about: marriage-ends
  kind: choice
  text: Our notes say only that the marriage falls apart after the push. What do you think
    weighs most in its ending? (Interpretation: the notes give no reasons.)
  option a: The grief itself
  option b: Fox dismissing Blythe's fears
  option c: What each of them believes about Violet
  option d: Our source does not let us say
  discussion a: Can two people grieve the same loss and still be alone in it?
  discussion b: Think of the theme of not being believed. What does being dismissed do to
    a marriage?
  discussion c: Can a marriage hold two different stories about a child?
  discussion d: The honest answer may be that we do not know. What would you want to read
    to find out?

prompt marriage-agree-scale
  about: marriage-ends
  kind: scale
  text: A couple can only survive a loss together if they agree on what happened.
  low: Strongly disagree
  high: Strongly agree
  points: 5
  teacher: This follows the death of a child; keep it on the novel, and let students pass.

# --- 13. A new family ---

prompt family-window
  about: new-family
  kind: open
  text: Fox's new family might look, from outside, like the one Blythe once imagined. How
    might Blythe feel seeing it?

prompt family-echo
  about: new-family
  kind: choice
  text: Which earlier moment does Fox's new family echo most for you? (The echo is your
    interpretation.)
  option a: Sam's birth
  option b: Blythe's pregnancy and her hopes
  option c: Etta beginning again, alone
  option d: None: it is something new
  discussion a: Two sons, two mothers. What is the same, and what is different?
  discussion b: Gemma begins where Blythe once began. What might she be hoping for?
  discussion c: Etta began again through loss, Fox through a new marriage. Is that an echo
    or a contrast?
  discussion d: What would it take for this family to be free of the old one?

prompt family-past-scale
  about: new-family
  kind: scale
  text: Fox can leave the past behind by starting a new family.
  low: Strongly disagree
  high: Strongly agree
  points: 5

# --- 14. The ending ---

prompt ending-evidence
  about: ending
  kind: evidence
  confidence: How sure are you?
  text: The book closes with a hint that Gemma has come to suspect Violet of harming Jet.
    What does the ending point to?
  discussion violet: Does Gemma's suspicion prove Blythe right? Two mothers now fear the
    same child.
  discussion perception: Gemma, too, is only seeing what she sees. Is a second suspicion
    evidence, or a second perception?
  discussion pattern: A cycle of suspicion and failed motherhood may simply continue into
    a new family. Is the pattern the real subject?
  discussion circumstance: What about the circumstances of this new family could shape what
    Gemma sees?
  teacher: Any harm to Jet is only implied, through Gemma's suspicion; don't describe it.
    Students may be frustrated by the lack of an answer, and that frustration is worth
    discussing.

prompt ending-validate
  about: ending
  kind: choice
  text: Does the ending prove Blythe was right about Violet?
  option a: Yes: Gemma's suspicion confirms it
  option b: No: it only shows suspicion passing on
  option c: The book deliberately refuses to say
  discussion a: What would you point to in the ending to support this?
  discussion b: Why might suspicion itself travel from one mother to another?
  discussion c: Why might Audrain choose to leave it open? What would be lost with a clear
    answer?

prompt ending-ambiguity-scale
  about: ending
  kind: scale
  text: An open, ambiguous ending is the right ending for this book.
  low: Strongly disagree
  high: Strongly agree
  points: 5
  teacher: Some readers found the ending frustrating rather than thought-provoking. Both
    views are fair; ask students to justify theirs.

prompt ending-gemma
  about: ending
  kind: open
  text: Gemma is now where Blythe once was. What do you think she faces next, and who do you
    think will believe her?
