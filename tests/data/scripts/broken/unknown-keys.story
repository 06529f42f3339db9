persn cal
  name: Cal

person cal
  nmae: Cal
  colour: #12345
  sex: femal
  generation: two
  born: sometime
  facts: f-ada

moment m1
  title: M1
  when: 1962
  facts: f-ada
  beats:
    narate: Hello.
    say: Nobody said this.
    pause: soon
