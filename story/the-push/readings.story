# The "What happened?" game: what each evidence prompt offers (`reading`), and how the
# reader's answers are weighed against each other on her reading page (`balance`). These are
# our interpretive frames for the novel's open question, not plot facts: they cite nothing.
# Another story defines its own (see story/README.md, Evidence prompts).

reading violet
  text: It points to Violet: something in her
  title: Something in Violet
  colour: #c77d9b

reading perception
  text: It points to Blythe's perception
  title: Blythe's perception
  colour: #6f9bc4

reading pattern
  text: It points to an inherited pattern
  title: An inherited pattern
  colour: #c9a56b

reading circumstance
  text: It points to circumstance
  title: Circumstance
  colour: #8fa88a

balance nature
  title: Nature or nurture?
  left: violet
  left-label: something in Violet
  right: pattern, circumstance
  right-label: the pattern, circumstance

balance trust
  title: How far you trusted Blythe's account
  left: violet
  left-label: she saw truly
  right: perception
  right-label: her perception shaped it
