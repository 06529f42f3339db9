person ada
  name: Ada again
  facts: f-ada

fact f-ada
  text: A second fact with the same id.
  cite: notes:3
