# Questions, readings, cues and takeaways for The Salt Orchard (an invented example).

prompt why-silent
  about: samuel-drowns
  kind: open
  text: Why might Agnes never speak of the night of the flood?
  teacher: Invented example. Listen for how students support their answers.

prompt what-passes
  about: childhood
  kind: choice
  text: What passes from Agnes to her children?
  option silence: Silence about the flood
  option work: The work of the orchard
  discussion silence: Ask where else in the story something is not said.

prompt agnes-scale
  about: person agnes
  kind: scale
  text: Agnes was right to stay on the marsh.
  low: Not at all
  high: Completely
  points: 5

prompt leaving-evidence
  about: edwin-leaves
  kind: evidence
  text: Edwin leaves. What does this moment point to?
  confidence: How sure are you?
  discussion marsh: What has the marsh taken from this family before?
  discussion tide: Is leaving something this family repeats?

reading marsh
  text: It points to the marsh: what the place does to people
  title: The place
  colour: #6d93a7

reading tide
  text: It points to a tide that runs in the family
  title: A family tide
  colour: #c9a56b

reading choice
  text: It points to one person's own choice
  title: His own choice
  colour: #8fa88a

balance place-or-family
  title: The place, or the family?
  left: marsh
  left-label: the place
  right: tide, choice
  right-label: the people

card cue-agnes
  about: agnes
  front: Who replants the salt orchard?
  back: Agnes Thorn, after her husband Samuel drowns.

card cue-kit
  about: kit
  front: Where does Kit go?
  back: To the fishing boats; he rarely writes home.

takeaway t-tides
  about: tides
  text: Interpretation: what a family does not say can pass down as surely as what it does.
  milestone: part-three

lesson salt-orchard-first
  title: The flood and the replanting
  class-milestone: part-one
  minutes: 25
  description: An invented example lesson on an invented book.
  steps:
    blank:
      title: The Salt Orchard (an invented example)
      minutes: 2
    lineage:
      title: The family so far
      minutes: 3
    moment samuel-drowns:
      minutes: 5
      notes: A dark moment: the projector shows a holding card until you choose.
    reflect why-silent:
      countdown: 3
      minutes: 8
    discuss what-passes:
      minutes: 7
