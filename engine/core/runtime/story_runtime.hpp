// The beat runtime of story mode: steps through the moments (in story order, or the novel's
// telling order) and their beats, skips beats whose conditions fail, stops at content-care
// cards, and rolls back exactly. State is a small value (RuntimeState); rollback is a stack of
// them. Knows only the resolved Story: no script parsing, no SDL, no ImGui.
#pragma once

#include <climits>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/model/story.hpp"
#include "core/runtime/runtime_state.hpp"

namespace lineage {

struct RuntimeOptions {
  int reading_limit = INT_MAX;     // spoiler limit: moments and beats past it stay hidden
  std::set<std::string> quiet;     // content-note ids the reader does not want a card for
  std::map<std::string, CareChoice> remembered;  // moment id -> a decision the reader kept
};

class StoryRuntime {
 public:
  StoryRuntime(const Story& story, RuntimeOptions options = {});

  const Story& story() const { return *story_; }
  const RuntimeOptions& options() const { return options_; }
  void set_options(RuntimeOptions options) { options_ = std::move(options); }

  // ---- Where we are ----
  const RuntimeState& state() const { return history_.back(); }
  int moment() const;                // index into story().moments, -1 at "Your reading"
  const Beat* beat() const;          // the current beat in Stage::Beat, else null
  bool at_end() const { return state().stage == Stage::Reading; }
  // Seconds of `pause:` beats just before the current beat (the scene holds the reveal).
  double pause_before() const;

  // ---- Moving (each move pushes a state; prev() pops it) ----
  void start(StoryOrder order = StoryOrder::Chronological);  // fresh: first moment, nothing chosen
  // Starts again from the first moment keeping every choice made (a replay "from my choices").
  void replay_keeping_choices();
  bool next();                       // one beat on; false at the end
  bool prev();                       // exact rollback of the last move; false at the start
  bool jump_to(int moment);          // the chapter list: the moment's first beat (or its card)
  // At a content-care card: decide and move on. `remember` keeps it in options().remembered.
  bool decide_care(CareChoice choice, bool remember = false);
  void set_order(StoryOrder order);  // takes effect from the next move

  // ---- Choosing (changes the current state in place: it belongs to this beat) ----
  void choose(const std::string& prompt, const std::string& option);
  void set_scale(const std::string& prompt, int point);
  void weigh(const std::string& prompt, const std::string& reading, int confidence);
  void set_lens(const std::string& perspective);  // for the current moment

  // ---- History (the rollback stack, oldest first) ----
  const std::vector<RuntimeState>& history() const { return history_; }
  bool rollback_to(std::size_t index);  // makes history()[index] current again

  // ---- Questions ----
  std::vector<int> order() const;                 // visible moments in play order
  bool holds(const Beat& beat) const;             // conditions, against the current state
  bool needs_care(int moment) const;              // has a note the reader wants a card for
  std::vector<std::string> lenses(int moment) const;  // accounts in the moment, first-seen order
  std::string lens() const;                       // the current moment's shown account

  // ---- Resume ----
  // Takes a saved state back: the moment must still exist and be visible, the beat must be a
  // stopping beat; otherwise the nearest valid position. Returns false (and starts fresh) when
  // the text is unreadable.
  bool resume(const std::string& saved);

 private:
  void push(RuntimeState s) { history_.push_back(std::move(s)); }
  bool is_stop(const Moment& m, int beat, const RuntimeState& s) const;
  bool holds(const Beat& beat, const RuntimeState& s) const;
  // Moves `s` into moment `m` (index): care card, decision, or first beat. Skip moves on.
  void enter(RuntimeState& s, int m) const;
  // From a position inside moment `m`, the first stopping beat after `beat`; applies tableau
  // beats on the way. Returns false when there is none.
  bool advance_in(RuntimeState& s, int m, int beat) const;
  void enter_after(RuntimeState& s, int m) const;  // the moment after m in play order, or the end
  void finish(RuntimeState& s) const;

  const Story* story_;
  RuntimeOptions options_;
  std::vector<RuntimeState> history_;
};

}  // namespace lineage
