# The minimal valid story the broken scripts are loaded with.
book lamp
  title: The Lamp
  author: A. Tester

source notes
  file: notes.txt
  exclude: 8-9

fact f-ada
  text: Ada was widowed young.
  cite: notes:3

lane ada
  person: ada
  order: 1

person ada
  name: Ada
  lane: ada
  facts: f-ada

person bea
  name: Bea
  facts: f-ada

milestone part-one
  title: Part one
  order: 1

moment ada-leaves
  title: Ada leaves
  when: c. 1960
  lane: ada
  facts: f-ada

prompt why
  about: ada-leaves
  text: Why?
