# The Push (Ashley Audrain, 2021): the book, its one source, and the "About the book" panel.
# Every plot fact in this folder cites a line of the source below. See README.md here.

book the-push
  title: The Push
  author: Ashley Audrain
  year: 2021
  description: Blythe Connor cannot feel the bond she expected with her daughter, Violet.
    A psychological drama about her, and about the mothers who came before her.
  evidence-note: The novel leaves the question open. It never settles whether Violet was
    dangerous or whether Blythe's fear shaped what she saw. These charts show how you read the
    evidence, not what happened.

# Lines 18-26 of the notes are advertising copy for a summary app, not notes on the novel.
# They must never be cited.
source notes
  title: Notes on The Push
  file: ../shared/source/the-push-notes.txt
  lines: 27
  exclude: 18-26

about the-novel
  title: The novel
  order: 1
  text: The Push is a psychological drama with thriller elements, rather than a traditional
    thriller. It has sinister, mysterious moments and short, punchy chapters that build
    suspense, but its real interest is psychological depth, not plot twists. Reviewers call
    it "really incredibly readable literary fiction".
  cite: notes:11

about the-author
  title: The author
  order: 2
  text: Ashley Audrain is a Canadian author. Before she wrote full-time, she was publicity
    director at Penguin Canada. The Push is her debut novel.
  cite: notes:3, notes:4, notes:9

about why-she-wrote-it
  title: A darker place of motherhood
  order: 3
  text: Audrain set out to write from "a darker place of motherhood", pushing back against
    the glossy picture of mothers that fiction often paints. The novel puts us inside
    Blythe's mind, so that we live through her fear and distress with her, and it refuses
    the myth of the "perfect mother".
  cite: notes:9

about publishing-story
  title: A record-breaking debut
  order: 4
  text: Publishers competed for the novel in a nine-way bidding war. Its rights sold in 41
    territories, and Audrain's two-book deal reached the high seven figures.
  cite: notes:2, notes:4

about success
  title: Bestseller and award winner
  order: 5
  text: The Push was a bestseller in both the New York Times and the Sunday Times, and it
    won the Arthur Ellis Award for First Novel. It has been adapted as a limited television
    series.
  cite: notes:2, notes:5

about next-book
  title: What came next
  order: 6
  text: Audrain's second novel, The Whispers (2023), is another international bestseller
    about modern motherhood.
  cite: notes:5

about who-it-suits
  title: Who the book suits
  order: 7
  text: The book suits readers who want psychological drama with emotional depth, and who
    want to think about generational trauma, nature versus nurture, and motherhood that is
    far from perfect.
    It works well for book groups that are ready for dark, uncomfortable subject matter and
    careful discussion about parenthood.
  cite: notes:7

about what-reviewers-say
  title: What reviewers say
  order: 8
  text: Many reviewers count it among the best books they have read, praising its writing,
    its emotional impact and the "major book hangovers" it leaves behind. They admire its
    honest picture of motherhood at its least glamorous, and suspense that never lets go. They
    also warn that its themes are dark and may be distressing for some readers.
  cite: notes:8
