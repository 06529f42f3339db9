moment lamp-lit
  title: The lamp is lit
  when: 1961
  lane: ada
  people: ada, bee
  themes: inheritance
  facts: f-ada, f-adda
  milestone: part-1
