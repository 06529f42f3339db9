# Lanes, people and relationships. Years are estimates: see README.md ("Years").
# Anchor: Violet born c. 2005 ± 5. One generation = about 27 years (25-30), ± 3 more per step.

lane etta
  title: Etta
  person: etta
  order: 1

lane cecilia
  title: Cecilia
  person: cecilia
  order: 2

lane blythe
  title: Blythe
  person: blythe
  order: 3

lane violet
  title: Violet
  person: violet
  order: 4

# --- People ---

person etta
  name: Etta
  lane: etta
  generation: 1
  sex: female
  colour: #8fa6cc
  born: c. 1924 ± 14
  description: Blythe's grandmother and Cecilia's mother. She was widowed while she was
    pregnant, during a Kentucky blizzard.
  facts: f-etta-grandmother, f-etta-widowed, f-cecilia-etta-daughter

person etta-husband
  name: Etta's husband
  lane: etta
  generation: 1
  sex: male
  colour: #8d929c
  born: c. 1924 ± 14
  died: c. 1950 ± 11
  description: The notes do not name him. He died while Etta was pregnant, during a Kentucky
    blizzard.
  facts: f-etta-widowed

person cecilia
  name: Cecilia
  lane: cecilia
  generation: 2
  sex: female
  colour: #cf8f9b
  born: c. 1951 ± 11
  description: Etta's daughter and Blythe's mother. She left Blythe when Blythe was young.
  facts: f-cecilia-etta-daughter, f-cecilia-blythe-mother, f-cecilia-words

person blythe
  name: Blythe Connor
  lane: blythe
  generation: 3
  sex: female
  colour: #dcaa6c
  born: c. 1978 ± 8
  description: The novel's protagonist: Cecilia's daughter, Fox's wife, and the mother of Violet
    and Sam. She struggles to feel the bond she expected with Violet.
  narrator-note: We see everything through Blythe's eyes. The novel leaves open how far her
    account of Violet can be trusted.
  voice: flite-slt
  facts: f-cecilia-blythe-mother, f-love-not-guaranteed, f-blythe-struggles, f-inside-blythe

person fox
  name: Fox
  lane: blythe
  generation: 3
  sex: male
  colour: #7fae9b
  born: c. 1978 ± 8
  description: Blythe's husband and Violet's father.
  facts: f-fox-husband, f-fox-violet-father

person gemma
  name: Gemma
  lane: blythe
  generation: 3
  sex: female
  colour: #b3b77e
  description: The woman Fox marries after his marriage to Blythe ends; Jet's mother.
  facts: f-fox-gemma, f-jet

person violet
  name: Violet
  lane: violet
  generation: 4
  sex: female
  colour: #a98fdc
  born: c. 2005 ± 5
  description: Blythe and Fox's daughter. Whether something is wrong with her, or with how
    her mother sees her, is the question the novel never settles.
  narrator-note: Everything we learn about Violet comes through Blythe, as Blythe perceives
    it.
  facts: f-violet-blythe-daughter, f-fox-violet-father, f-violet-behaviour, f-ambiguity

person sam
  name: Sam
  lane: violet
  generation: 4
  sex: male
  colour: #e6cf9f
  born: c. 2009 ± 7
  # The notes say he dies as an infant (line 6); dating it with the push is our inference from
  # lines 6 and 12 (see README.md). The genogram marks it only once the reader's place and the
  # story-time slider have reached that moment.
  died: same time as the-push
  description: Blythe and Fox's baby son, Violet's younger brother.
  facts: f-sam-son, f-sam-dies

person jet
  name: Jet
  lane: violet
  generation: 4
  sex: male
  colour: #6fb0c0
  born: c. 2013 ± 11
  description: Fox and Gemma's son, Violet's half-brother.
  facts: f-jet

# --- Parents ---

parent etta -> cecilia
  label: the bathtub
  moment: bathtub
  facts: f-cecilia-etta-daughter, f-bathtub

parent etta-husband -> cecilia
  label: lost before she was born
  moment: etta-widowed
  facts: f-etta-widowed, f-cecilia-etta-daughter

parent cecilia -> blythe
  label: the note on the counter
  moment: kitchen-note
  facts: f-cecilia-blythe-mother, f-kitchen-note

parent blythe -> violet
  label: the bond that never came
  moment: violet-born
  facts: f-violet-blythe-daughter, f-no-bond

parent fox -> violet
  label: the parent she seemed to prefer
  moment: violet-grows
  facts: f-fox-violet-father, f-violet-refuses

parent blythe -> sam
  label: a second child
  moment: sam-born
  facts: f-sam-son

parent fox -> sam
  label: a second child
  moment: sam-born
  facts: f-sam-son

parent fox -> jet
  label: a new family
  moment: new-family
  facts: f-jet

parent gemma -> jet
  label: a new family
  moment: new-family
  facts: f-jet

# --- Partners ---

partners etta-husband + etta
  status: widowed
  order: 1
  ends: etta-widowed
  facts: f-etta-widowed

# The notes say the marriage "falls apart" and that Fox remarries (line 14). Remarriage means the
# first marriage ended, so `divorced` (not `separated`) is the status that agrees with line 14;
# the word "divorce" itself is our inference, and no text shows it as a quotation.
partners fox + blythe
  status: divorced
  order: 1
  ends: marriage-ends
  facts: f-fox-husband, f-marriage-ends

partners fox + gemma
  status: married
  order: 2
  begins: new-family
  facts: f-fox-gemma

# --- Bonds (genogram terms, only where the notes support them) ---

bond etta -> cecilia
  kind: harm
  label: the bathtub
  begins: bathtub
  facts: f-bathtub

bond cecilia -> blythe
  kind: cutoff
  label: she left
  begins: kitchen-note
  facts: f-kitchen-note

bond blythe <-> violet
  kind: distant
  label: the missing bond
  perspective: as Blythe tells it
  begins: violet-born
  facts: f-no-bond, f-violet-cried, f-blythe-struggles

# Two bonds, so that the words change with the reader's place: the coldness from Violet's
# early years; the suspicion only from the moment Blythe suspects her.
bond blythe <-> violet
  kind: conflict
  label: coldness, as Blythe sees it
  perspective: as Blythe tells it
  begins: violet-grows
  facts: f-violet-refuses, f-violet-coldness, f-violet-behaviour

bond blythe -> violet
  kind: conflict
  label: she suspects Violet
  perspective: as Blythe tells it
  begins: blythe-suspects
  facts: f-blythe-suspects

bond violet -> fox
  kind: close
  label: seeming to prefer her father
  perspective: as Blythe perceives it
  begins: violet-grows
  facts: f-violet-refuses

bond fox -> blythe
  kind: conflict
  label: he dismisses her concerns
  begins: blythe-suspects
  facts: f-fox-dismisses

bond gemma -> violet
  kind: conflict
  label: she seems to suspect Violet
  perspective: as the ending implies
  begins: ending
  facts: f-gemma-suspects
