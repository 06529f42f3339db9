moment storm
  title: A storm
  when: 1962
  lane: ada
  facts: f-ada
  tableau: estuary
  mood: stormy
  beats:
    tableau: bathtube / nite
    narrate: Rain.
    tableau: absence / grey / gone
    tableau: doubt / dusk / towards

content-note grief
  label: Grief

moment after
  title: After
  when: 1963
  lane: ada
  content: drowning
  facts: f-ada
  beats:
    prompt: p-nothing
