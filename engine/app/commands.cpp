#include "app/commands.hpp"
#include "app/speak_command.hpp"

#include <iostream>

#include "platform/paths.hpp"
#include "core/export/export.hpp"
#include "core/journal/journal.hpp"
#include "core/script/check.hpp"
#include "core/script/json_dump.hpp"
#include "core/script/loader.hpp"

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
  return export_command(*loaded.story, request, std::cout, std::cerr);
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
      return export_from_command_line(options, story);
    case Options::Mode::Speak:
      return speak_command(options, story, std::cout, std::cerr);
    default:
      std::cerr << "lineage: this command is not available yet\n";
      return 2;
  }
}

}  // namespace lineage
