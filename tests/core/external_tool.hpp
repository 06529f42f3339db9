// The command-line tools the tests run, each named with the Debian package that provides it.
// A test that needs a missing tool fails and names the package: a check that quietly skips
// itself when its tool is missing could never fail.
#pragma once

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>

namespace lineage::testing {

// Fails the running test unless `tool` is on the PATH.
inline void require_tool(const std::string& tool, const std::string& debian_package) {
  if (std::system(("command -v '" + tool + "' >/dev/null 2>&1").c_str()) != 0)
    FAIL(tool << " is not installed: apt-get install " << debian_package << " (tools/setup --test installs it)");
}

// Debian's epubcheck is a jar, and /usr/bin/epubcheck runs it directly only where binfmt_misc
// (jarwrapper) is set up, which containers and chroots lack: so it is always run with java -jar.
inline std::string epubcheck_command() {
  require_tool("java", "default-jre-headless");
  const std::filesystem::path jar = "/usr/share/java/epubcheck.jar";
  if (!std::filesystem::exists(jar))
    FAIL(jar.string() << " is missing: apt-get install epubcheck (tools/setup --test installs it)");
  const std::string command = "java -jar " + jar.string();
  // --version prints "EPUBCheck v4.2.6" but exits 1 (no file given), so look at what it says.
  if (std::system((command + " --version 2>&1 | grep -q EPUBCheck").c_str()) != 0)
    FAIL("`" << command << " --version` does not print EPUBCheck: reinstall epubcheck and default-jre-headless");
  return command;
}

}  // namespace lineage::testing
