// The platform routes each event to the window it belongs to: two outputs, each with its own
// ImGui context, and the app told which one a command or a close came from.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <vector>

#include "core/settings/theme.hpp"
#include <SDL.h>
#include <imgui.h>

#include "platform/output_impl.hpp"
#include "platform/platform.hpp"
#include "platform/renderer_choice.hpp"
#include "offscreen.hpp"

using namespace lineage;

namespace {

struct RecordingSink : InputSink {
  std::vector<KeyBinding> keys{{'a', "test.a", "A"}};
  std::vector<std::pair<const Output*, Command::Kind>> commands;
  std::vector<const Output*> closed;
  const std::vector<KeyBinding>& bindings(const Output&) override { return keys; }
  bool owns_navigation_keys(const Output&) override { return true; }
  void command(Output& output, Command command) override { commands.emplace_back(&output, command.kind); }
  void close_requested(Output& output) override { closed.push_back(&output); }
};

}  // namespace

TEST_CASE("platform: events reach the output they belong to, by window id", "[app][platform]") {
  std::string error;
  auto platform = Platform::start(true, error);
  REQUIRE(platform);
  InterfaceTheme theme;
  OutputConfig config;
  config.offscreen = true;
  auto projector = platform->open(config, theme, error);
  config.width = 800;
  config.height = 600;
  auto presenter = platform->open(config, theme, error);
  REQUIRE(projector);
  REQUIRE(presenter);
  CHECK(projector->id() != presenter->id());

  RecordingSink sink;
  REQUIRE(platform->inject_key(*presenter, "Right", true, sink));
  REQUIRE(platform->inject_key(*projector, "a", true, sink));
  REQUIRE(sink.commands.size() == 2);
  CHECK(sink.commands[0].first == presenter.get());
  CHECK(sink.commands[0].second == Command::Kind::Next);
  CHECK(sink.commands[1].first == projector.get());
  CHECK(sink.commands[1].second == Command::Kind::Action);

  // Closing one window is reported for that window alone; the other goes on drawing.
  platform->inject_close(*presenter, sink);
  REQUIRE(sink.closed.size() == 1);
  CHECK(sink.closed[0] == presenter.get());
  presenter.reset();
  projector->begin_frame(1.0 / 60);
  projector->end_frame();
  CHECK(projector->logical_size().x == 1280);
  REQUIRE(platform->inject_key(*projector, "Left", true, sink));
  CHECK(sink.commands.back().first == projector.get());
}

TEST_CASE("platform: CPU rasterisers behind a GL driver are recognised", "[app][platform]") {
  CHECK(lineage::is_software_gl("llvmpipe (LLVM 15.0.6, 256 bits)"));
  CHECK(lineage::is_software_gl("softpipe"));
  CHECK(lineage::is_software_gl("Mesa X11 swrast"));
  CHECK(lineage::is_software_gl("Google SwiftShader"));
  CHECK_FALSE(lineage::is_software_gl("Mesa Intel(R) UHD Graphics 620 (KBL GT2)"));
  CHECK_FALSE(lineage::is_software_gl("NVIDIA GeForce GTX 1050/PCIe/SSE2"));
  CHECK_FALSE(lineage::is_software_gl(""));
  CHECK(lineage::parse_renderer_choice("software") == lineage::RendererChoice::Software);
  CHECK_FALSE(lineage::parse_renderer_choice("gl").has_value());
}

TEST_CASE("platform: a GPU device node is looked for in dev/dri and dev/nvidia*", "[app][platform]") {
  auto dev = lineage::testing::temp_dir("fake-dev");
  CHECK_FALSE(lineage::has_gpu_device(dev));  // no dri folder at all (a container, a VM)
  std::filesystem::create_directories(dev / "dri" / "by-path");
  CHECK_FALSE(lineage::has_gpu_device(dev));  // an empty dri folder
  std::ofstream(dev / "dri" / "renderD128").put('\n');
  CHECK(lineage::has_gpu_device(dev));
  std::filesystem::remove(dev / "dri" / "renderD128");
  std::ofstream(dev / "nvidia0").put('\n');
  CHECK(lineage::has_gpu_device(dev));
  std::filesystem::remove_all(dev);
}

// A typed letter arrives as a key press with its character queued right behind it: both must
// reach the frame that follows, or every letter shows a frame late (and a fast typist falls
// further behind). The next key waits its turn, so ImGui still sees every press.
TEST_CASE("platform: a key's typed character reaches the same frame; the next key waits", "[app][platform]") {
  std::string error;
  auto platform = Platform::start(true, error);
  REQUIRE(platform);
  InterfaceTheme theme;
  OutputConfig config;
  config.offscreen = true;
  auto output = platform->open(config, theme, error);
  REQUIRE(output);
  SDL_PumpEvents();
  SDL_FlushEvents(SDL_FIRSTEVENT, SDL_LASTEVENT);  // nothing left over from start-up
  auto push_letter = [&](char letter) {
    SDL_Event down{};
    down.type = SDL_KEYDOWN;
    down.key.windowID = output->id();
    down.key.state = SDL_PRESSED;
    down.key.keysym.sym = letter;
    down.key.keysym.scancode = SDL_GetScancodeFromKey(letter);
    SDL_PushEvent(&down);
    SDL_Event text{};
    text.type = SDL_TEXTINPUT;
    text.text.windowID = output->id();
    text.text.text[0] = letter;
    SDL_PushEvent(&text);
  };
  push_letter('x');
  push_letter('y');
  RecordingSink sink;
  ImGui::SetCurrentContext(output->impl().imgui);
  ImGuiIO& io = ImGui::GetIO();
  io.InputQueueCharacters.resize(0);
  REQUIRE(platform->pump(0.0, sink));
  REQUIRE(io.InputQueueCharacters.Size == 1);
  CHECK(io.InputQueueCharacters[0] == 'x');
  REQUIRE(platform->pump(0.0, sink));
  REQUIRE(io.InputQueueCharacters.Size == 2);
  CHECK(io.InputQueueCharacters[1] == 'y');
}
