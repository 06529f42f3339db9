moment later
  title: Later
  when: 1980
  lane: ada
  facts: f-ada

moment earlier
  title: Earlier, but written after
  when: 1970
  lane: ada
  facts: f-ada
