// lineage: the program's entry point. Parses the command line and hands over to the App, or
// to the headless commands (check, dump, journal, export), which never open a window.
#include <cstdio>
#include <iostream>

#include "app/app.hpp"
#include "app/class_command.hpp"
#include "app/commands.hpp"
#include "core/cli/options.hpp"

int main(int argc, char** argv) {
  using namespace lineage;
  std::vector<std::string> args(argv + 1, argv + argc);
  if (!args.empty() && args[0] == "class") return class_command({args.begin() + 1, args.end()});
  ParseResult parsed = parse_options(args);
  if (!parsed.error.empty()) {
    std::fprintf(stderr, "lineage: %s\n%s", parsed.error.c_str(), usage_text().c_str());
    return 2;
  }
  const Options& options = parsed.options;
  switch (options.mode) {
    case Options::Mode::Help:
      std::fputs(usage_text().c_str(), stdout);
      return 0;
    case Options::Mode::Version:
      std::printf("lineage %s\n", LINEAGE_VERSION);
      return 0;
    case Options::Mode::Run:
      break;
    default:
      return run_headless_command(options);
  }
  App app(options);
  std::string error;
  if (!app.start(error)) {
    std::fprintf(stderr, "lineage: %s\n%s", error.c_str(), usage_text().c_str());
    return 2;
  }
  return options.screenshot.empty() ? app.run_window() : app.run_screenshot();
}
