#include "app/commands.hpp"

#include <iostream>

#include "app/paths.hpp"
#include "core/journal/journal.hpp"
#include "core/script/check.hpp"
#include "core/script/json_dump.hpp"

namespace lineage {

int run_headless_command(const Options& options) {
  std::filesystem::path story = options.story_dir.empty() ? find_bundled("story") : std::filesystem::path(options.story_dir);
  switch (options.mode) {
    case Options::Mode::Check:
      return check_command(story, std::cout);
    case Options::Mode::Dump:
      return dump_command(story, std::cout);
    case Options::Mode::JournalCheck:
      return journal_check_command(options.data_dir.empty() ? default_data_dir() : std::filesystem::path(options.data_dir), std::cout);
    default:
      std::cerr << "lineage: this command is not available yet\n";
      return 2;
  }
}

}  // namespace lineage
