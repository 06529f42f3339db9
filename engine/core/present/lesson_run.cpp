#include "core/present/lesson_run.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace lineage {

LessonRun::LessonRun(const Story& story, int lesson, double now)
    : story_(&story), lesson_(&story.lessons[static_cast<std::size_t>(lesson)]) {
  started_ = now;
  enter(0, now);
}

const LessonStep* LessonRun::next_step() const {
  return step_ + 1 < step_count() ? &lesson_->steps[static_cast<std::size_t>(step_ + 1)] : nullptr;
}

void LessonRun::enter(int step, double now) {
  step_ = step;
  step_started_ = now;
  reveal_ = current().content_notes.empty() ? Reveal::Full : Reveal::Holding;
  cover_ = Cover::None;  // a new step is shown, as a slide deck does after a black screen
  countdown_running_ = countdown_started_ = false;
  countdown_used_ = 0;
}

bool LessonRun::next(double now) {
  if (reveal_ == Reveal::Holding) {
    show_full();
    return true;
  }
  if (has_countdown() && !countdown_started_) {  // think-pair-share: the clicker starts the countdown
    toggle_countdown(now);
    return true;
  }
  if (step_ + 1 >= step_count()) return false;
  enter(step_ + 1, now);
  return true;
}

bool LessonRun::prev(double now) {
  if (step_ == 0) return false;
  enter(step_ - 1, now);
  return true;
}

bool LessonRun::jump(int step, double now) {
  if (step < 0 || step >= step_count()) return false;
  enter(step, now);
  return true;
}

void LessonRun::restart(double now) {
  started_ = now;
  enter(0, now);
}

void LessonRun::show_full() {
  if (reveal_ == Reveal::Holding || reveal_ == Reveal::Gentle) reveal_ = Reveal::Full;
}

void LessonRun::show_gentle() {
  if (!current().content_notes.empty() && reveal_ != Reveal::Skipped) reveal_ = Reveal::Gentle;
}

void LessonRun::skip(double now) {
  if (current().content_notes.empty()) return;
  if (step_ + 1 < step_count()) enter(step_ + 1, now);
  else reveal_ = Reveal::Skipped;
}

void LessonRun::toggle_cover(Cover c) { cover_ = cover_ == c ? Cover::None : c; }

void LessonRun::toggle_countdown(double now) {
  if (!has_countdown()) return;
  if (countdown_running_) {
    countdown_used_ += now - countdown_since_;
    countdown_running_ = false;
  } else {
    if (countdown_over(now)) countdown_used_ = 0;  // over: a new press counts down again
    countdown_since_ = now;
    countdown_running_ = countdown_started_ = true;
  }
}

double LessonRun::countdown_left(double now) const {
  double total = current().countdown_minutes * 60.0;
  double used = countdown_used_ + (countdown_running_ ? now - countdown_since_ : 0);
  return std::max(0.0, total - used);
}

double LessonRun::planned_start(int step) const {
  double s = 0;
  for (int i = 0; i < step && i < step_count(); ++i) s += lesson_->steps[static_cast<std::size_t>(i)].minutes;
  return s * 60.0;
}

double LessonRun::planned_length(int step) const {
  return step >= 0 && step < step_count() ? lesson_->steps[static_cast<std::size_t>(step)].minutes * 60.0 : 0;
}

double LessonRun::schedule_offset(double now) const {
  double e = elapsed(now), from = planned_start(step_), to = from + planned_length(step_);
  if (e < from) return e - from;
  if (e > to) return e - to;
  return 0;
}

int LessonRun::current_prompt() const {
  const LessonStep& s = current();
  return s.kind == StepKind::Reflect || s.kind == StepKind::Discuss ? s.prompt : -1;
}

std::string LessonRun::current_prompt_id() const {
  int p = current_prompt();
  return p >= 0 ? story_->prompts[static_cast<std::size_t>(p)].id : std::string();
}

bool LessonRun::projector_shows_prompt() const {
  return current_prompt() >= 0 && cover_ == Cover::None && (reveal_ == Reveal::Full || reveal_ == Reveal::Gentle);
}

std::string clock_text(double seconds) {
  bool negative = seconds < 0;
  long s = static_cast<long>(std::floor(std::fabs(seconds)));
  char buf[32];
  if (s >= 3600) std::snprintf(buf, sizeof buf, "%s%ld:%02ld:%02ld", negative ? "-" : "", s / 3600, s / 60 % 60, s % 60);
  else std::snprintf(buf, sizeof buf, "%s%ld:%02ld", negative ? "-" : "", s / 60, s % 60);
  return buf;
}

std::string schedule_text(double offset) {
  if (std::fabs(offset) < 30) return "on time";
  long minutes = std::max(1L, std::lround(std::fabs(offset) / 60.0));
  return std::to_string(minutes) + " min " + (offset < 0 ? "ahead" : "behind");
}

}  // namespace lineage
