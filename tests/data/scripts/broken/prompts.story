prompt one-option
  kind: choice
  text: Pick one.
  option a: The only one
  discussion b: There is no b.

prompt open-with-options
  text: Open.
  option a: Not allowed
  low: Not allowed either

prompt ev
  about: ada-leaves
  kind: evidence
  text: What does it point to?
  option fate: Not a reading
  follow-up: ev2

prompt ev2
  about: ada
  kind: evidense
  text: Again?
  follow-up: ev

prompt ambiguous
  about: same
  text: About what?

prompt nowhere
  about: nowhre
  text: About nothing.

theme same
  name: Same

moment same
  title: Same
  when: 1960
  facts: f-ada
  beats:
    if chose why b:
      narrate: why is an open prompt.
    if chose ev chance and reached part-nine:
      narrate: Fine, apart from the milestone.
    if reached:
      narrate: No milestone.
    if maybe part-one:
      narrate: Not a condition.

reading nature
  text: It points to her nature

reading chance
  text: It points to chance

prompt open-sure
  text: Open, and asks how sure?
  confidence: How sure are you?
