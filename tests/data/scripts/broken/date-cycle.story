moment one
  title: One
  when: 2 years after three
  facts: f-ada

moment two
  title: Two
  when: about 1 year after one
  facts: f-ada

moment three
  title: Three
  when: same time as two
  facts: f-ada

moment four
  title: Four
  when: 3 years after nowhere
  facts: f-ada
