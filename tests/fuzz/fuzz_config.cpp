// libFuzzer target for the `name = value` files a user can edit or replace: settings.txt,
// assets/theme.conf and assets/genogram.conf. Arbitrary bytes go to each parser; none may
// crash, leak or hang, and what they echo back must be safe to print (no control bytes, cut).
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/layout/genogram_style.hpp"
#include "core/settings/settings.hpp"
#include "core/settings/theme.hpp"

namespace {
// A warning is printed to the terminal: no raw control bytes, and not the whole input.
void check_echo(const std::string& warning) {
  for (unsigned char c : warning)
    if (c < 0x20 || c == 0x7F) __builtin_trap();
  if (warning.size() > 2000) __builtin_trap();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  lineage::SettingsLoad settings = lineage::parse_settings(text);
  check_echo(settings.warning);
  // What is saved must read back as the same settings (save_settings' text format).
  if (!settings.corrupt) {
    lineage::SettingsLoad again = lineage::parse_settings(lineage::format_settings(settings.settings));
    if (again.corrupt) __builtin_trap();
  }
  for (const auto& w : lineage::parse_theme(text, "theme.conf").warnings) check_echo(w);
  for (const auto& w : lineage::parse_genogram_style(text, "genogram.conf").warnings) check_echo(w);
  return 0;
}
