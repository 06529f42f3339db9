# THE SALT ORCHARD: AN INVENTED EXAMPLE STORY. There is no such novel: the Thorn family, their
# orchard and every event here were made up (notes.txt says so too) to show a teacher's own
# story, and the tests run every screen, export and check on it besides The Push.
# It was started with `lineage new` and grown from there.

book salt-orchard
  title: The Salt Orchard (an invented example)
  author: no one (an invented example, not a real novel)
  year: 2024
  description: An invented example, not a real book: three generations of the Thorn family
    and the quince orchard they keep on a salt marsh.
  evidence-note: This invented story leaves the question open. These charts show how you read
    the evidence, not what happened.

source notes
  title: Invented notes on The Salt Orchard
  file: notes.txt
  exclude: 1

about example
  title: An invented example
  text: The Salt Orchard is not a real novel. Its family was invented to show how a teacher
    writes her own story for Lineage.
  cite: notes:3

fact f-samuel-drowns
  text: Agnes's husband Samuel drowns when a storm tide floods the orchard.
  cite: notes:3

fact f-apple-orchard
  text: Before the flood, Agnes and Samuel keep an apple orchard on the marsh.
  cite: notes:14

fact f-replants
  text: Agnes replants the orchard with quince trees that can stand salt water.
  cite: notes:4

fact f-children
  text: Agnes raises her two children, Rosalind and Kit, among the young trees.
  cite: notes:5

fact f-kit-leaves
  text: Kit leaves to work on the fishing boats and rarely writes home.
  cite: notes:6

fact f-marriage
  text: Rosalind marries Edwin Marsh, a beekeeper.
  cite: notes:7

fact f-ivy
  text: Rosalind and Edwin have a daughter, Ivy.
  cite: notes:8

fact f-edwin-leaves
  text: Edwin leaves the family one winter and does not come back.
  cite: notes:9

fact f-tides
  text: Agnes tells Rosalind that trees remember every tide.
  cite: notes:10

fact f-harvest
  text: Agnes and Rosalind bring in the last great harvest together.
  cite: notes:11

fact f-ledger
  text: Years later Ivy comes back to the orchard and finds Agnes's planting ledger.
  cite: notes:12

fact f-letters
  text: Ivy writes to her uncle Kit, and he answers.
  cite: notes:13

lane agnes
  person: agnes
  order: 1

lane rosalind
  person: rosalind
  order: 2

lane ivy
  person: ivy
  order: 3

person samuel
  name: Samuel Thorn
  lane: agnes
  generation: 1
  sex: male
  born: c. 1905 ± 5
  died: same time as samuel-drowns
  facts: f-samuel-drowns

person agnes
  name: Agnes Thorn
  lane: agnes
  generation: 1
  sex: female
  colour: #9c8b6d
  born: c. 1908 ± 5
  description: She keeps the quince orchard on the salt marsh.
  facts: f-samuel-drowns, f-replants, f-tides

person rosalind
  name: Rosalind Marsh
  lane: rosalind
  generation: 2
  sex: female
  colour: #b5838d
  born: c. 1932 ± 3
  facts: f-children, f-marriage, f-harvest

person kit
  name: Kit Thorn
  lane: rosalind
  generation: 2
  sex: male
  facts: f-children, f-kit-leaves

person edwin
  name: Edwin Marsh
  lane: rosalind
  generation: 2
  sex: male
  facts: f-marriage, f-edwin-leaves

person ivy
  name: Ivy Marsh
  lane: ivy
  generation: 3
  sex: female
  colour: #6d93a7
  born: same time as ivy-born
  facts: f-ivy, f-ledger, f-letters

parent agnes -> rosalind
  label: the orchard, and its silence
  moment: last-harvest

parent samuel -> rosalind

parent agnes -> kit

parent samuel -> kit

parent rosalind -> ivy
  label: the leaving
  moment: edwin-leaves

parent edwin -> ivy

partners samuel + agnes
  status: widowed
  ends: samuel-drowns

partners edwin + rosalind
  status: separated
  begins: wedding
  ends: edwin-leaves

bond ivy <-> kit
  kind: close
  label: the letters
  begins: letters

era replanting
  title: The replanting
  lane: agnes
  from: same time as replanting
  to: same time as last-harvest
  colour: #7b8d6d30

theme tides
  name: What the tide leaves
  colour: #6d8d8e
  description: What one generation leaves in the next without saying it.

theme leaving
  name: Leaving
  colour: #8e5572
  description: Who goes, and who stays behind.

content-note grief
  label: Death of a parent
  description: A parent dies; here, by drowning.

content-note abandonment
  label: A parent leaves
  description: A parent leaves the family.

milestone part-one
  title: Part one
  reached-title: Part one: the flood
  order: 1

milestone part-two
  title: Part two
  order: 2

milestone part-three
  title: Part three
  order: 3
