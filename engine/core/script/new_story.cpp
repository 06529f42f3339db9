// `lineage new DIR [--title "..."]`: a new story folder a teacher can start from: a small
// invented example family (the Fenwicks of Gull Point) using every construct of the language
// once, with comments that say what to change, and its own source notes beside it. The files
// are kept here as text so a new story never depends on where Lineage is installed.
#include "core/script/new_story.hpp"

#include <fstream>
#include <system_error>

#include "core/script/check.hpp"

namespace lineage {

namespace {
const char* const kNotes = R"lineage(Example notes for a new Lineage story. Everything in them is invented: replace them with your own notes on the book you teach, one fact a line.

Maud Fenwick keeps the lighthouse on Gull Point after her husband Tom is lost at sea.
Maud raises her daughter June alone in the keeper's cottage.
June marries Walter Price, a schoolteacher from the mainland.
June and Walter have a daughter, Pip, and later a son, Ned.
When the light is automated, Maud refuses to leave the point.
Maud tells June: "The sea keeps what it takes."
Pip finds her grandmother's logbooks and reads them aloud to Ned.
)lineage";

const char* const kStory = R"lineage(# A new Lineage story. EVERYTHING BELOW IS AN INVENTED EXAMPLE FAMILY (the Fenwicks of Gull
# Point), there to show each part of the language once. Change it into the book you teach:
# keep the shapes, replace the words. After every change run
#     lineage check THIS-FOLDER
# which names each problem with its file, line and column, and says how to fix it.
# story/README.md (in Lineage's folder) teaches the whole language.

# The book: its title, its author, the year. Exactly one `book` block per story.
book my-book
  title: TITLE
  author: An Example Author (replace with the book's author)
  year: 2024
  description: An invented example: three generations of a lighthouse family. Replace this
    with a sentence or two about your book.
  evidence-note: The book leaves the question open. These charts show how you weighed the
    evidence, not what happened.

# Your notes on the book, beside this file. Every fact below cites a line of them
# (`notes:3` = line 3), so readers can see what each statement rests on.
source notes
  title: Example notes (invented)
  file: notes.txt
  exclude: 1                    # lines that must never be cited (here: the notes' heading)

about author
  title: About this example
  text: The Fenwicks are invented to show Lineage's story language. Replace this with a few
    words about the book and its author.
  cite: notes:3

# Facts: short statements in your own words, each citing a line of the notes.
fact f-tom-lost
  text: Maud's husband Tom is lost at sea, and Maud keeps the lighthouse after him.
  cite: notes:3

fact f-june-raised
  text: Maud raises her daughter June alone in the keeper's cottage.
  cite: notes:4

fact f-marriage
  text: June marries Walter Price, a schoolteacher from the mainland.
  cite: notes:5

fact f-children
  text: June and Walter have a daughter, Pip, and later a son, Ned.
  cite: notes:6

fact f-automated
  text: When the light is automated, Maud refuses to leave the point.
  cite: notes:7, notes:8

fact f-logbooks
  text: Pip finds her grandmother's logbooks and reads them aloud to Ned.
  cite: notes:9

# Lanes: the rows of the timeline, top to bottom, one per generation.
lane maud
  person: maud
  order: 1

lane june
  person: june
  order: 2

lane pip
  person: pip
  order: 3

# People. `born:` and `died:` are estimates unless the book gives a year; a date may count
# from a moment ("same time as tom-lost"). A `died:` date shows only once the reader reaches
# a moment at or after it: `lineage check` warns if it would give the plot away early.
person tom
  name: Tom Fenwick
  lane: maud
  generation: 1
  sex: male
  born: c. 1922 ± 5
  died: same time as tom-lost
  facts: f-tom-lost

person maud
  name: Maud Fenwick
  lane: maud
  generation: 1
  sex: female
  colour: #8d7b9c
  born: c. 1925 ± 5
  description: The lighthouse keeper of Gull Point.
  facts: f-tom-lost, f-june-raised

person june
  name: June Price
  lane: june
  generation: 2
  sex: female
  colour: #b5838d
  born: c. 1948 ± 3
  facts: f-june-raised, f-marriage

person walter
  name: Walter Price
  lane: june
  generation: 2
  sex: male
  facts: f-marriage

person pip
  name: Pip Price
  lane: pip
  generation: 3
  sex: female
  colour: #6d93a7
  born: about 2 years after wedding
  facts: f-children, f-logbooks

person ned
  name: Ned Price
  lane: pip
  generation: 3
  sex: male
  facts: f-children

# Relationships: parents, partners, and bonds (how two people stand to each other).
parent maud -> june
  label: the sea's silence
  moment: june-grows

parent tom -> june

parent june -> pip

parent walter -> pip

parent june -> ned

parent walter -> ned

partners tom + maud
  status: widowed
  ends: tom-lost

partners walter + june
  status: married
  begins: wedding

bond maud -> pip
  kind: close
  label: the logbooks
  begins: logbooks

# Eras: shaded spans of time (here only in Maud's lane).
era keeper-years
  title: Maud keeps the light
  lane: maud
  from: same time as tom-lost
  to: same time as light-automated
  colour: #7b6d8d30

# Themes run through moments across the generations.
theme silence
  name: What is not said
  colour: #8e5572
  description: What one generation keeps from the next.

# Content notes: a moment that carries one asks the reader first (show it, a gentle summary,
# or skip), and a gentle study guide tells it by its `gentle:` summary alone.
content-note grief
  label: Grief and loss
  description: The death of a parent or partner.

# Milestones: "I have read up to ...". A `title:` shows before the reader gets there, so keep
# it neutral; `reached-title:` may name events.
milestone part-one
  title: Part one
  reached-title: Part one: the keeper
  order: 1

milestone part-two
  title: Part two
  order: 2

# Moments: what the timeline, the genogram and story mode show. `tableau:` and `mood:` pick
# the drawing behind it in story mode; the README shows every one.
moment tom-lost
  title: Tom is lost at sea
  when: c. 1950 ± 3
  lane: maud
  people: maud, tom
  themes: silence
  content: grief
  milestone: part-one
  facts: f-tom-lost
  summary: Tom does not come back from the sea, and Maud keeps the light alone.
  gentle: Maud's husband does not come home, and she carries on alone.
  tableau: absence
  mood: night
  presenter: A dark moment: give the class the content note before you show it.
  beats:
    narrate: A storm comes in over Gull Point, and one boat does not come home.
    perspective maud: Maud says only that the light must still be lit.
    pause: 1.5
    prompt: why-keep-light

moment june-grows
  title: June grows up at the light
  when: about 8 years after tom-lost ± 2
  lane: june
  people: maud, june
  themes: silence
  milestone: part-one
  facts: f-june-raised
  summary: June grows up in the keeper's cottage with her mother.
  echoes: logbooks
  tableau: mother-daughter
  mood: dusk
  beats:
    narrate: June learns the lamp before she learns to read.
    say maud: Mind the stairs, and mind the weather.
    perspective interpretation: One way to read it: Maud teaches the work, not the grief.
    prompt: silence-choice

moment wedding
  title: June marries Walter
  when: c. 1972 ± 2
  lane: june
  people: june, walter
  milestone: part-one
  facts: f-marriage
  summary: June marries Walter, a schoolteacher from the mainland.
  tableau: window-family
  mood: warm
  beats:
    narrate: June leaves the point for the mainland.
    prompt: light-evidence

moment light-automated
  title: The light is automated
  when: c. 1985 ± 2
  lane: maud
  people: maud, june
  themes: silence
  milestone: part-two
  facts: f-automated
  summary: The light no longer needs a keeper, and Maud will not leave the point.
  tableau: ending
  mood: grey
  beats:
    quote maud notes:8: The sea keeps what it takes.
    tableau: ending / cold
    if chose silence-choice kept:
      narrate: You thought Maud kept her grief to herself. Listen to what she says now.
    prompt: maud-scale

moment logbooks
  title: Pip reads the logbooks
  when: c. 1995 ± 2
  lane: pip
  people: pip, ned, maud
  themes: silence
  milestone: part-two
  facts: f-logbooks
  summary: Pip finds Maud's logbooks and reads them aloud to her brother.
  tableau: kitchen-note
  mood: dawn
  beats:
    narrate: Pip opens the first logbook and reads the weather aloud.
    if reached part-two:
      narrate: What Maud never said is written here, one night at a time.
)lineage";

const char* const kQuestions = R"lineage(# Questions, readings, memory cues and takeaways for the example family. Replace them with
# your own. A prompt is `open` (to discuss), `choice`, `scale` or `evidence`.

prompt why-keep-light
  about: tom-lost
  kind: open
  text: Why might Maud keep the light lit that night?
  teacher: There is no right answer; listen for how students support theirs.

prompt silence-choice
  about: june-grows
  kind: choice
  text: What does Maud pass on to June?
  option kept: A habit of keeping grief to herself
  option work: A love of the work
  discussion kept: Ask where in the story silence passes from one generation to the next.

prompt maud-scale
  about: person maud
  kind: scale
  text: Maud was right to stay on the point.
  low: Not at all
  high: Completely
  points: 5

# An evidence prompt offers the story's own readings (below); a reader picks one, and, if
# `confidence:` asks, says how sure she is (1 to 5).
prompt light-evidence
  about: wedding
  kind: evidence
  text: June leaves the point. What does this moment point to?
  confidence: How sure are you?
  discussion sea: Ask what the sea has taken from this family so far.

# The readings every evidence prompt offers, in this order: your interpretive frames for the
# book's open question. `title:` is a short name for the reader's reading page.
reading sea
  text: It points to the sea: what the place does to people
  title: The place
  colour: #6d93a7

reading silence
  text: It points to silence passed down
  title: Silence passed down
  colour: #c9a56b

reading choice
  text: It points to her own choice
  title: Her own choice
  colour: #8fa88a

# A balance weighs some readings against others on the reader's reading page.
balance place-or-people
  title: The place, or the people?
  left: sea
  left-label: the place
  right: silence, choice
  right-label: the people

card cue-maud
  about: maud
  front: Who keeps the light on Gull Point?
  back: Maud Fenwick, after her husband Tom is lost at sea.

takeaway t-silence
  about: silence
  text: Interpretation: what a family does not say can pass down as surely as what it does.
  milestone: part-two

# A lesson: a plan for one class period, presented on a projector (lineage present first-lesson).
lesson first-lesson
  title: The keeper and her daughter
  class-milestone: part-one
  minutes: 20
  steps:
    blank:
      title: The keeper and her daughter
      minutes: 2
    moment tom-lost:
      minutes: 5
      notes: A dark moment: the projector shows a holding card until you choose.
    reflect why-keep-light:
      countdown: 3
      minutes: 8
    discuss silence-choice:
      minutes: 5
)lineage";

}  // namespace

std::vector<std::pair<std::string, std::string>> new_story_files(const std::string& title) {
  std::string story = kStory;
  const std::string book_title = title.empty() ? "An example story (replace with your book's title)" : title;
  std::size_t at = story.find("  title: TITLE\n");
  if (at != std::string::npos) story.replace(at, 15, "  title: " + book_title + "\n");
  return {{"notes.txt", kNotes}, {"story.story", story}, {"questions.story", kQuestions}};
}

int new_story_command(const std::filesystem::path& dir, const std::string& title, std::ostream& out) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (dir.empty()) {
    out << "lineage new: name the folder to make, e.g. `lineage new my-story`\n";
    return 2;
  }
  if (title.find('\n') != std::string::npos || title.find('\r') != std::string::npos) {
    out << "lineage new: the title must be one line\n";
    return 2;
  }
  if (fs::exists(dir, ec)) {
    if (!fs::is_directory(dir, ec)) {
      out << "lineage new: " << dir.generic_string() << " is a file, not a folder; choose another name\n";
      return 1;
    }
    if (!fs::is_empty(dir, ec) || ec) {
      out << "lineage new: " << dir.generic_string()
          << " already exists and is not empty; nothing was written. Choose a new folder name, "
             "or empty that folder first.\n";
      return 1;
    }
  }
  fs::create_directories(dir, ec);
  if (ec) {
    out << "lineage new: cannot make the folder " << dir.generic_string() << ": " << ec.message() << "\n";
    return 1;
  }
  for (const auto& [name, text] : new_story_files(title)) {
    std::ofstream file(dir / name, std::ios::binary);
    file << text;
    file.close();
    if (!file) {
      out << "lineage new: cannot write " << (dir / name).generic_string() << "\n";
      return 1;
    }
  }
  LoadResult r = load_story(dir);
  for (const Diagnostic& d : r.diagnostics) out << format_diagnostic(d);
  out << "Made " << dir.generic_string() << "/ with an invented example family to start from:\n"
      << "  story.story      the book, your notes' facts, the family, its moments (change them)\n"
      << "  questions.story  prompts, evidence readings, memory cues, takeaways, a lesson\n"
      << "  notes.txt        your source notes: every fact cites a line of them\n"
      << "Next: edit the files, then run `lineage check " << dir.generic_string() << "`; open the story with "
      << "`lineage --story " << dir.generic_string() << "`.\n"
      << check_summary(dir, r) << "\n";
  return r.errors() > 0 ? 1 : 0;
}

}  // namespace lineage
