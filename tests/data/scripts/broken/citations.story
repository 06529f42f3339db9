fact f-one
  text: Cites an unknown source.
  cite: note:3

fact f-two
  text: Cites past the end.
  cite: notes:11

fact f-three
  text: Cites an excluded line.
  cite: notes:8

fact f-four
  text: Cites a blank line.
  cite: notes:7

fact f-five
  text: Cites nothing readable.
  cite: notes, notes:x

moment quoted
  title: A quote
  when: 1961
  facts: f-ada
  beats:
    quote ada notes:4: Keep the candle lit for me.
