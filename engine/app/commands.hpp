// The headless subcommands: check, dump --json, journal --check, export. No window.
#pragma once

#include "core/cli/options.hpp"

namespace lineage {

int run_headless_command(const Options& options);

}  // namespace lineage
