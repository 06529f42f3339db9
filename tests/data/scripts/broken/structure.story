person cal
  name: Cal
  facts: f-ada

  facts: f-ada
name: stray
    title: too deep

person dan
  name: Dan
   facts: f-ada

book lamp:
  title: A second book
  author: Someone

person eve
  name: Eve
    lane: ada
  facts: f-ada
 sex: female
