# A complete small story: every construct of the language once.
book lamp
  title: The Lamp
  author: A. Tester
  year: 2020
  description: An invented family,
    told over three generations.

source notes
  title: Test notes
  file: ../notes.txt
  lines: 10
  exclude: 8-9   # advertising

about premise
  title: The premise
  order: 2
  text: Three generations and a lamp.
  cite: notes:2

about author
  title: The author
  order: 1
  text:
    A. Tester writes tests.

    A second paragraph.
  cite: notes:2, notes:10

fact f-ada-widowed
  text: Ada was widowed young.
  cite: notes:3

fact f-lamp
  text: Ada told Bea to keep the lamp lit, and left.
  cite: notes:4

fact f-family
  text: Bea is Ada's daughter; Cal is Bea's son.
  cite: notes:5

fact f-marriage
  text: Bea and Dan married; Dan left.
  cite: notes:6

lane bea
  title: Bea
  person: bea
  order: 2

lane ada
  title: Ada
  person: ada
  order: 1

lane cal
  person: cal
  order: 3

person ada
  name: Ada
  lane: ada
  generation: 1
  sex: female
  colour: #7b6d8d
  born: c. 1930 ± 5
  died: 1990-1994
  description: The grandmother.
  facts: f-ada-widowed, f-lamp

person bea
  name: Bea
  lane: bea
  generation: 2
  sex: female
  colour: #b5838d80
  born: same time as ada-leaves
  narrator-note: Her telling may be unreliable.
  facts: f-family

person cal
  name: Cal
  lane: cal
  generation: 3
  sex: male
  born: about 2 years after wedding
  facts: f-family

person dan
  name: Dan
  sex: unknown
  facts: f-marriage

parent ada -> bea
  label: the lamp
  moment: ada-leaves
  facts: f-lamp

parent bea -> cal
  facts: f-family

partners dan + bea
  status: divorced
  order: 1
  begins: wedding
  ends: dan-leaves
  facts: f-marriage

bond ada -> bea
  kind: cutoff
  label: the lamp
  perspective: as Bea tells it
  begins: ada-leaves
  facts: f-lamp

bond bea <-> cal
  kind: close

era ada-years
  title: Ada's motherhood
  lane: ada
  from: c. 1955 ± 5
  to: same time as ada-leaves
  colour: #7b6d8d30

era whole
  title: Everything
  from: 1950
  to: 2020

theme inheritance
  name: Inheritance
  colour: #8e5572
  description: What passes from one generation to the next.

content-note abandonment
  label: Abandonment
  description: A parent leaves a child.

milestone part-two
  title: After Ada leaves
  order: 2
  reached-title: Ada has left

milestone part-one
  title: Before
  order: 1

moment ada-leaves
  title: Ada leaves
  when: c. 1960
  lane: ada
  people: ada, bea
  themes: inheritance
  content: abandonment
  milestone: part-one
  telling: 2
  facts: f-lamp
  summary: Ada leaves the house.
  gentle: Ada goes away.
  echoes: dan-leaves
  tableau: kitchen-note
  mood: night
  presenter: Ask the class what the lamp stands for.
  beats:
    narrate: Ada stands at the door.
    say ada: I will be back.
    quote ada notes:4: Keep the lamp lit for me.
    perspective bea: Bea remembers the lamp.
    perspective interpretation: The lamp may be a promise.
    tableau: absence / dusk
    pause: 1.5
    prompt: lamp-why
    if reached part-two:
      narrate: Bea never turns the lamp off.
    if chose lamp-choice a and not reached part-two:
      narrate: You chose a.
      if not chose lamp-evidence nature:
        narrate: Nested.

moment wedding
  title: The wedding
  when: 3 years after ada-leaves
  lane: bea
  people: bea, dan
  milestone: part-two
  telling: 1
  facts: f-marriage

moment dan-leaves
  title: Dan leaves
  when: about 18 months after wedding ± 0.5
  lane: bea
  people: dan
  milestone: part-two
  facts: f-marriage

# What the evidence prompts offer: the story's own readings, and how they are weighed.
reading nature
  text: It points to something in Ada
  title: Something in Ada
  colour: #c77d9b

reading memory
  text: It points to how Bea remembers it

reading pattern
  text: It points to an inherited pattern

reading circumstance
  text: It points to circumstance

balance nature-nurture
  title: Nature or nurture?
  left: nature
  left-label: something in Ada
  right: pattern, circumstance
  right-label: the pattern, circumstance
