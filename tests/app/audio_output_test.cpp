// No sound device: opening the sound output fails with one clear error of ours, and ALSA's
// own "ALSA lib ..." lines stay off stderr. The device asked for (card 99 through ALSA) exists
// on no machine, so the test means the same everywhere.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "offscreen.hpp"
#include "platform/audio_output.hpp"
#include "speech/speech_engines.hpp"

using namespace lineage;

namespace {
// What `body` writes to file descriptor 2 (ALSA writes there directly, not through std::cerr).
template <typename Body>
std::string stderr_of(const std::filesystem::path& file, Body body) {
  std::fflush(stderr);
  int saved = dup(2);
  FILE* capture = std::fopen(file.c_str(), "w");
  REQUIRE(capture);
  dup2(fileno(capture), 2);
  body();
  std::fflush(stderr);
  dup2(saved, 2);
  close(saved);
  std::fclose(capture);
  std::ifstream in(file);
  std::stringstream all;
  all << in.rdbuf();
  return all.str();
}
}  // namespace

TEST_CASE("no sound device: one clear error, and none of ALSA's own lines on stderr", "[speech][audio]") {
  auto dir = testing::temp_dir("no-sound");
  setenv("SDL_AUDIODRIVER", "alsa", 1);
  setenv("AUDIODEV", "hw:99,0", 1);  // SDL's ALSA backend opens the device AUDIODEV names
  std::string error;
  std::unique_ptr<AudioOutput> out;
  std::string printed = stderr_of(dir / "stderr.txt", [&] { out = AudioOutput::open(kSpeechRate, error); });
  unsetenv("SDL_AUDIODRIVER");
  unsetenv("AUDIODEV");
  INFO("stderr: " << printed);
  CHECK_FALSE(out);
  CHECK(error.rfind("no sound device: ", 0) == 0);
  CHECK(printed.find("ALSA lib") == std::string::npos);
  std::filesystem::remove_all(dir);
}
