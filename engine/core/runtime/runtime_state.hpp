// Story mode's state: where the reader is and what she has chosen, as one small copyable
// value. Rollback is a stack of these; resume is one of them written to a string.
// Plain C++17: no SDL, no ImGui. Everything is kept by id so a reloaded story can take it back.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "core/model/story.hpp"

namespace lineage {

// What the reader decided at a content-care card.
enum class CareChoice { Show, Gentle, Skip };

// Which order the moments play in.
enum class StoryOrder { Chronological, Telling };

enum class Stage {
  Care,     // the content-care card before a moment
  Beat,     // at one of the moment's beats
  Summary,  // the moment told in one card: its gentle summary, or its summary when it has no beats
  Reading   // the end: "Your reading"
};

// One answer in the "What happened?" game.
struct EvidenceChoice {
  std::string reading;  // the id of one of the story's readings (`reading ID`)
  int confidence = 3;   // how sure: 1 (a hunch) .. 5 (certain); 3 when the prompt does not ask
  bool operator==(const EvidenceChoice& o) const { return reading == o.reading && confidence == o.confidence; }
};

struct RuntimeState {
  std::string moment;  // the moment's id; empty in Stage::Reading
  int beat = -1;       // index into the moment's beats in Stage::Beat; -1 otherwise
  Stage stage = Stage::Reading;
  StoryOrder order = StoryOrder::Chronological;
  std::string tableau, mood;                       // the drawn scene now showing
  std::string tableau_state;                       // its state (`tableau: absence / night / out`); empty: first
  std::map<std::string, CareChoice> care;          // moment id -> what the reader chose this time
  std::map<std::string, std::string> choices;      // Choice prompt id -> option id
  std::map<std::string, int> scales;               // Scale prompt id -> point (1-based)
  std::map<std::string, EvidenceChoice> evidence;  // Evidence prompt id -> reading + confidence
  std::map<std::string, std::string> lens;         // moment id -> the account the reader chose

  bool operator==(const RuntimeState& o) const {
    return moment == o.moment && beat == o.beat && stage == o.stage && order == o.order && tableau == o.tableau &&
           tableau_state == o.tableau_state && mood == o.mood && care == o.care && choices == o.choices && scales == o.scales &&
           evidence == o.evidence && lens == o.lens;
  }
  bool operator!=(const RuntimeState& o) const { return !(*this == o); }
};

// Names as written in scripts and in the saved state.
const char* care_id(CareChoice choice);                 // "show", "gentle", "skip"
std::optional<CareChoice> care_from_id(const std::string& id);

// A few lines of text (`key value ...`), stable across versions: unknown lines are ignored.
std::string serialise(const RuntimeState& state);
// Reads what serialise wrote. Ids the story no longer has are dropped; returns nullopt when the
// text is not a saved state at all. The position is checked by StoryRuntime::resume.
std::optional<RuntimeState> deserialise(const std::string& text, const Story& story);

}  // namespace lineage
