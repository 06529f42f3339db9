#include "app/commands.hpp"
#include "app/speak_command.hpp"

#include <iostream>

#include "platform/paths.hpp"
#include "core/classroom/class_store.hpp"
#include "core/export/class_handout.hpp"
#include "core/export/export.hpp"
#include "core/export/lesson_handout.hpp"
#include "core/model/visibility.hpp"
#include "core/journal/journal.hpp"
#include "core/script/check.hpp"
#include "core/script/json_dump.hpp"
#include "core/script/new_story.hpp"
#include "core/script/loader.hpp"
#include "core/study/ask.hpp"

namespace lineage {
namespace {

std::filesystem::path data_dir_of(const Options& options) {
  return options.data_dir.empty() ? default_data_dir() : std::filesystem::path(options.data_dir);
}

int export_from_command_line(const Options& options, const std::filesystem::path& story_dir) {
  LoadResult loaded = load_story(story_dir);
  if (!loaded.story) {
    for (const auto& d : loaded.diagnostics) std::cerr << format_diagnostic(d);
    std::cerr << "lineage: the story has errors; nothing was exported\n";
    return 1;
  }
  ExportRequest request;
  request.data_dir = data_dir_of(options);
  request.profile = options.profile;
  request.format = options.format;
  request.out = options.out;
  request.milestone = options.milestone;
  request.paper = options.paper;
  request.worksheet = options.worksheet;
  request.gentle = options.gentle;
  request.teacher = options.teacher;
  request.font = options.font;
  return export_command(*loaded.story, request, std::cout, std::cerr);
}

// `lineage present --list`: id, title, minutes and class milestone, a lesson a line.
int list_lessons(const std::filesystem::path& story_dir) {
  LoadResult loaded = load_story(story_dir);
  if (!loaded.story) {
    for (const auto& d : loaded.diagnostics) std::cerr << format_diagnostic(d);
    std::cerr << "lineage: the story has errors; no lessons to list\n";
    return 1;
  }
  const Story& story = *loaded.story;
  if (story.lessons.empty()) std::cerr << "lineage: the story has no lessons (see story/README.md to write one)\n";
  for (const Lesson& l : story.lessons)
    std::cout << l.id << "\t" << l.title << "\t" << static_cast<int>(l.minutes) << " min\t"
              << (l.milestone >= 0 ? story.milestones[static_cast<std::size_t>(l.milestone)].id : "whole-book") << "\n";
  return 0;
}

int export_lesson(const Options& options, const std::filesystem::path& story_dir) {
  LoadResult loaded = load_story(story_dir);
  if (!loaded.story) {
    for (const auto& d : loaded.diagnostics) std::cerr << format_diagnostic(d);
    std::cerr << "lineage: the story has errors; nothing was exported\n";
    return 1;
  }
  std::vector<HandoutBlock> class_answers;
  if (options.class_session > 0) {  // a class session's answers, from the journal database
    Journal journal(data_dir_of(options));
    classroom::ClassStore store(journal.database_path());
    ClassSection section = class_session_section(*loaded.story, store, options.class_session, options.lesson);
    if (!store.ok() || !section.error.empty()) {
      std::cerr << "lineage export: " << (store.ok() ? section.error : store.error()) << "\n";
      return 2;
    }
    class_answers = std::move(section.blocks);
  }
  return export_lesson_command(*loaded.story, options.lesson, options.format, options.out, options.presenter, std::cout,
                               std::cerr, class_answers, options.font);
}

// `lineage ask "QUESTION" [--milestone ID]`: the same answer Ask gives on screen.
int ask_from_command_line(const Options& options, const std::filesystem::path& story_dir) {
  LoadResult loaded = load_story(story_dir);
  if (!loaded.story) {
    for (const auto& d : loaded.diagnostics) std::cerr << format_diagnostic(d);
    std::cerr << "lineage: the story has errors; nothing to ask\n";
    return 1;
  }
  const Story& story = *loaded.story;
  if (!options.milestone.empty() && story.milestone(options.milestone) < 0) {
    std::cerr << "lineage: no milestone '" << options.milestone << "'; the story has:";
    for (const Milestone& m : story.milestones) std::cerr << " " << m.id;
    std::cerr << "\n";
    return 2;
  }
  AskIndex index(story, Visibility(story, reading_limit(story, options.milestone)));
  if (!index.ok()) {
    std::cerr << "lineage: " << index.error() << "\n";
    return 1;
  }
  std::cout << format_answer(index, story, options.question, index.ask(options.question));
  return 0;
}

}  // namespace

int run_headless_command(const Options& options) {
  std::filesystem::path story = options.story_dir.empty() ? find_bundled("story") : std::filesystem::path(options.story_dir);
  switch (options.mode) {
    case Options::Mode::Check:
      return check_command(story, std::cout);
    case Options::Mode::Dump:
      return dump_command(story, std::cout);
    case Options::Mode::JournalCheck:
      return journal_check_command(data_dir_of(options), std::cout);
    case Options::Mode::Export:
      return options.lesson.empty() ? export_from_command_line(options, story) : export_lesson(options, story);
    case Options::Mode::PresentList:
      return list_lessons(story);
    case Options::Mode::Ask:
      return ask_from_command_line(options, story);
    case Options::Mode::Speak:
      return speak_command(options, story, std::cout, std::cerr);
    case Options::Mode::New:
      return new_story_command(options.story_dir, options.new_title, std::cout);
    default:
      std::cerr << "lineage: this command is not available yet\n";
      return 2;
  }
}

}  // namespace lineage
