// A lesson being presented: which step, what the class sees of it, the clocks. The present
// scene draws from it and turns clicker keys into calls on it; the tests drive it headless.
// Time is given by the caller in seconds (the scene's clock), so nothing here reads a clock.
// A class-responses panel can attach through current_prompt() and projector_shows_prompt().
#pragma once

#include <string>

#include "core/model/story.hpp"

namespace lineage {

// What covers the projector, if anything ('.'/B black, W white).
enum class Cover { None, Black, White };

// How the class sees a content-noted step: held behind a neutral card until the teacher
// chooses, then in full, in its gentle summary, or skipped (the class never sees it).
enum class Reveal { Full, Holding, Gentle, Skipped };

class LessonRun {
 public:
  // `story` must outlive the run; `lesson` indexes story.lessons.
  LessonRun(const Story& story, int lesson, double now);

  const Lesson& lesson() const { return *lesson_; }
  const Story& story() const { return *story_; }
  int step() const { return step_; }  // 0-based
  int step_count() const { return static_cast<int>(lesson_->steps.size()); }
  const LessonStep& current() const { return lesson_->steps[static_cast<std::size_t>(step_)]; }
  const LessonStep* next_step() const;  // null on the last step
  Reveal reveal() const { return reveal_; }
  bool holding() const { return reveal_ == Reveal::Holding; }
  Cover cover() const { return cover_; }

  // The clicker. next(): a held step is shown (the teacher's "yes, show it"); on a reflect
  // step whose countdown has not started, it starts the countdown; otherwise the next step. Returns false at the end (nothing changes). prev(): the step before.
  bool next(double now);
  bool prev(double now);
  bool jump(int step, double now);  // 0-based; false if out of range
  void restart(double now);         // F5: step 1, clocks from zero
  // The teacher's choice for a held step.
  void show_full();
  void show_gentle();
  void skip(double now);  // moves on to the next step (or leaves the last step held back)
  void toggle_cover(Cover c);  // the same key again uncovers

  // Think-pair-share countdown of a reflect step: starts, pauses and resumes.
  bool has_countdown() const { return current().kind == StepKind::Reflect; }
  void toggle_countdown(double now);
  bool countdown_running() const { return countdown_running_; }
  bool countdown_started() const { return countdown_started_; }
  double countdown_left(double now) const;  // seconds, never below 0
  bool countdown_over(double now) const { return has_countdown() && countdown_started_ && countdown_left(now) <= 0; }

  // Clocks, in seconds.
  double elapsed(double now) const { return now - started_; }
  double step_elapsed(double now) const { return now - step_started_; }
  double planned_start(int step) const;  // seconds into the lesson the step was planned to begin
  double planned_length(int step) const;
  // Ahead (< 0) or behind (> 0) the plan, in seconds: 0 while the clock is inside the current
  // step's planned window; before it, the lesson is ahead; past it, behind.
  double schedule_offset(double now) const;

  // For a class-responses panel: the prompt of the current step (reflect or discuss) and
  // whether the class can see it now (not held, skipped or covered).
  int current_prompt() const;
  std::string current_prompt_id() const;
  bool projector_shows_prompt() const;

 private:
  void enter(int step, double now);
  const Story* story_;
  const Lesson* lesson_;
  int step_ = 0;
  Reveal reveal_ = Reveal::Full;
  Cover cover_ = Cover::None;
  double started_ = 0, step_started_ = 0;
  bool countdown_running_ = false, countdown_started_ = false;
  double countdown_used_ = 0, countdown_since_ = 0;  // seconds counted before the last start; when it started
};

// "12:05", "-0:30"; hours when needed ("1:02:03").
std::string clock_text(double seconds);
// "on time", "2 min ahead", "3 min behind" (rounded to whole minutes; under 30 s is on time).
std::string schedule_text(double offset_seconds);

}  // namespace lineage
