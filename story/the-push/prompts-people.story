# Reflection prompts about the four women, shown on their person cards in the lineage view and
# in the reflections list. They ask for interpretation; none of them states a new fact.

prompt person-etta-before
  about: etta
  kind: open
  text: Etta became a widow while she was still pregnant. What might grief and being alone
    have had to do with the mother she became? What can't we know from what the book tells us?
  teacher: The bathtub is child harm. Keep the question on circumstance and pattern, not on
    excusing or condemning Etta.

prompt person-cecilia-words
  about: cecilia
  kind: open
  text: Cecilia told Blythe she didn't want her learning to be like her. What do those words
    say about how Cecilia saw herself as a mother?

prompt person-blythe-knows
  about: blythe
  kind: open
  text: Blythe's childhood taught her that a mother's love is not guaranteed. How might
    knowing that shape what she expects of herself as a mother? (Your answer is
    interpretation.)

prompt person-violet-two-readings
  about: violet
  kind: open
  text: We learn almost everything about Violet through Blythe. Choose one thing
    Violet does. Write how Blythe reads it, then one other way it could be read.
  milestone: part-violet
