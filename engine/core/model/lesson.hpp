// A lesson: a teacher's plan for a class period, written as a story script (`lesson` blocks in
// story/<book>/lessons/). Steps refer to the story by index, like every other model entity.
// Plain C++17: no SDL, no ImGui.
#pragma once

#include <string>
#include <vector>

namespace lineage {

enum class StepKind {
  Moment,   // a moment of the story, as the timeline's card or story mode's tableau
  Lineage,  // the family tree (genogram), optionally the pattern or the cycle at one link
  Reflect,  // a reflection prompt for think-pair-share, with a countdown
  Discuss,  // a discussion question (a prompt), no countdown
  Blank     // a quiet screen with at most a heading: a pause, a welcome, a break
};

enum class MomentShow { Timeline, Story };
enum class LineageShow { Family, Pattern, Cycle };

struct LessonStep {
  StepKind kind = StepKind::Blank;
  std::string title;         // `title:`: the heading of a blank or lineage step (optional)
  int moment = -1;           // Moment
  MomentShow show = MomentShow::Timeline;
  LineageShow lineage = LineageShow::Family;
  int link = -1;             // Lineage: index into Story::parents (-1: the whole family)
  int prompt = -1;           // Reflect, Discuss
  double minutes = 0;        // planned length
  double countdown_minutes = 0;  // Reflect: the think-pair countdown (defaults to `minutes`)
  std::string notes;         // presenter notes: the teacher's, never shown to the class
  // Content notes the class must be prepared for: the moment's (or the prompt's moment's)
  // plus any the step names itself. Non-empty: the projector holds until the teacher chooses.
  std::vector<int> content_notes;
  std::string file;          // where the step was written, for messages
  int line = 0;
};

struct Lesson {
  std::string id, title, description;
  int milestone = -1;  // the class milestone: nothing beyond it is shown on either screen
  double minutes = 0;  // planned length; the steps' minutes add up to it
  std::vector<LessonStep> steps;
  std::string file;
  int line = 0;
};

}  // namespace lineage
