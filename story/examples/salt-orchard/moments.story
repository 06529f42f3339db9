# The moments of Agnes's and Rosalind's lanes.

moment apple-orchard
  title: The apple orchard
  when: c. 1930 ± 3
  lane: agnes
  people: agnes, samuel
  milestone: part-one
  facts: f-apple-orchard
  summary: Agnes and Samuel keep an apple orchard on the marsh.
  tableau: mother-daughter
  mood: dawn
  beats:
    narrate: Apples, on a marsh: everyone says it cannot last.

moment samuel-drowns
  title: The storm tide
  when: c. 1934 ± 3
  lane: agnes
  people: agnes, samuel
  themes: tides
  content: grief
  milestone: part-one
  facts: f-samuel-drowns
  summary: A storm tide floods the orchard, and Samuel drowns.
  gentle: A storm floods the orchard, and Agnes's husband does not survive it.
  tableau: absence
  mood: night
  presenter: The darkest moment of part one: give the content note before you show it.
  beats:
    narrate: The sea comes over the dyke in the night.
    perspective agnes: Agnes will not speak of that night.
    pause: 1.5
    prompt: why-silent

moment replanting
  title: Agnes replants
  when: about 1 year after samuel-drowns
  lane: agnes
  people: agnes
  themes: tides
  milestone: part-one
  facts: f-replants
  summary: Agnes plants quince trees that can stand the salt.
  tableau: kitchen-note
  mood: night
  beats:
    narrate: Agnes digs in the salt mud, one tree at a time.
    quote agnes notes:10: Trees remember every tide.

moment childhood
  title: Two children among the trees
  when: c. 1940 ± 3
  lane: rosalind
  people: agnes, rosalind, kit
  milestone: part-one
  facts: f-children
  summary: Rosalind and Kit grow up among the young trees.
  tableau: mother-daughter
  mood: dusk
  beats:
    narrate: Rosalind learns the trees; Kit watches the boats.
    prompt: what-passes

moment kit-leaves
  title: Kit goes to sea
  when: c. 1950 ± 3
  lane: rosalind
  people: kit, agnes
  themes: leaving
  milestone: part-two
  facts: f-kit-leaves
  summary: Kit leaves to work on the fishing boats.
  tableau: apart
  mood: grey
  beats:
    narrate: Kit leaves with one bag, and writes home rarely.

moment wedding
  title: Rosalind marries Edwin
  when: c. 1955 ± 2
  lane: rosalind
  people: rosalind, edwin
  milestone: part-two
  facts: f-marriage
  summary: Rosalind marries Edwin, who keeps bees at the orchard's edge.
  tableau: window-family
  mood: warm
  beats:
    narrate: Edwin's hives line the orchard's edge.

moment ivy-born
  title: Ivy is born
  when: about 3 years after wedding
  lane: rosalind
  people: rosalind, edwin, ivy
  milestone: part-two
  facts: f-ivy
  summary: Rosalind and Edwin have a daughter, Ivy.
  tableau: newborn
  mood: dawn
  beats:
    narrate: A daughter, born in quince season.

moment edwin-leaves
  title: Edwin leaves
  when: c. 1964 ± 2
  lane: rosalind
  people: rosalind, edwin, ivy
  themes: leaving
  content: abandonment
  milestone: part-two
  facts: f-edwin-leaves
  summary: Edwin leaves the family one winter and does not come back.
  gentle: Ivy's father leaves the family.
  echoes: kit-leaves
  tableau: kitchen-note
  mood: winter
  beats:
    narrate: One winter morning the hives stand empty.
    prompt: leaving-evidence

moment last-harvest
  title: The last great harvest
  when: c. 1968 ± 2
  lane: agnes
  people: agnes, rosalind
  themes: tides
  milestone: part-three
  facts: f-harvest
  summary: Agnes and Rosalind bring in the last great harvest together.
  tableau: mother-daughter
  mood: warm
  beats:
    narrate: Two women, one ladder, a whole orchard of fruit.
    if chose what-passes silence:
      narrate: You thought silence passed down. Notice what they say to each other here.
    prompt: agnes-scale
