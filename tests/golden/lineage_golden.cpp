// Golden images: every scene at 1280x720 and 1920x1080, rendered offscreen by the real program
// (`lineage --screenshot`, each in a fresh data folder) and compared with tests/golden/NAME.png;
// and every scene again at 150% and 200% in OpenDyslexic (NAME-SIZE-150-dyslexic.png, ...).
//
//   lineage_golden check    compare (what CTest runs); each mismatch leaves a diff image
//   lineage_golden update   replace the references that no longer match, and add missing ones
//
// A pixel differs when any channel is more than kChannelThreshold levels off; an image matches
// when at most kMaxDifferingPixels differ. Rendering is deterministic (fixed frame steps, the
// software renderer), so the tolerance only absorbs the odd anti-aliased edge; a changed word
// or a one-pixel shift of a line changes far more pixels than that.
#include <stb_image.h>
#include <stb_image_write.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "scenes/scene_table.hpp"

namespace fs = std::filesystem;

namespace {

constexpr int kChannelThreshold = 8;
constexpr long kMaxDifferingPixels = 100;

struct Size {
  int width, height;
};
const Size kSizes[] = {{1280, 720}, {1920, 1080}};

struct Image {
  int width = 0, height = 0;
  std::vector<unsigned char> rgba;
};

bool load(const fs::path& path, Image& image) {
  int channels = 0;
  unsigned char* data = stbi_load(path.c_str(), &image.width, &image.height, &channels, 4);
  if (!data) return false;
  image.rgba.assign(data, data + static_cast<std::size_t>(image.width) * image.height * 4);
  stbi_image_free(data);
  return true;
}

std::string quoted(const std::string& text) {  // for /bin/sh
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

struct Comparison {
  long differing = 0;
  int worst_channel_gap = 0;
};

// Differing pixels of two images of the same size; `diff` becomes a dimmed copy of `actual`
// with every differing pixel in pure red.
Comparison compare(const Image& reference, const Image& actual, Image& diff) {
  Comparison result;
  diff = actual;
  for (std::size_t i = 0; i + 3 < actual.rgba.size(); i += 4) {
    int gap = 0;
    for (int c = 0; c < 3; ++c) gap = std::max(gap, std::abs(reference.rgba[i + c] - actual.rgba[i + c]));
    result.worst_channel_gap = std::max(result.worst_channel_gap, gap);
    unsigned char* p = &diff.rgba[i];
    if (gap > kChannelThreshold) {
      ++result.differing;
      p[0] = 255, p[1] = 0, p[2] = 0;
    } else {
      for (int c = 0; c < 3; ++c) p[c] = static_cast<unsigned char>(p[c] / 3);
    }
    p[3] = 255;
  }
  return result;
}

int usage() {
  std::fprintf(stderr,
               "usage: lineage_golden check|update [--lineage PROGRAM] [--references DIR] [--out DIR]\n"
               "  check   render every scene and compare with the references (diff images in --out)\n"
               "  update  render every scene and replace the references that changed\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage();
  const std::string mode = argv[1];
  if (mode != "check" && mode != "update") return usage();
  fs::path program = LINEAGE_BINARY, references = LINEAGE_GOLDEN_DIR, out = LINEAGE_GOLDEN_OUT;
  for (int i = 2; i + 1 < argc; i += 2) {
    const std::string option = argv[i];
    if (option == "--lineage") program = argv[i + 1];
    else if (option == "--references") references = argv[i + 1];
    else if (option == "--out") out = argv[i + 1];
    else return usage();
  }
  if (argc % 2 != 0) return usage();

  // A fresh output folder each run, so every file in it belongs to this run.
  fs::remove_all(out);
  const fs::path rendered = out / "rendered", data = out / "data";
  fs::create_directories(rendered);
  if (mode == "update") fs::create_directories(references);

  int failures = 0, updated = 0, matched = 0;
  // Compares one rendered PNG with its reference (or writes it, in update mode).
  auto judge = [&](const std::string& name, const fs::path& png, const std::string& command, bool rendered_ok) {
    const fs::path reference = references / (name + ".png");
    Image actual;
    if (!rendered_ok || !load(png, actual)) {
      std::printf("FAILED   %s: `%s` did not write a PNG\n", name.c_str(), command.c_str());
      ++failures;
      return;
    }
    Image expected;
    const bool have_reference = load(reference, expected);
    Comparison result;
    Image diff;
    const bool same_size = have_reference && expected.width == actual.width && expected.height == actual.height;
    if (same_size) result = compare(expected, actual, diff);
    const bool matches = same_size && result.differing <= kMaxDifferingPixels;

    if (matches) {
      ++matched;
      std::printf("same     %s (%ld pixels differ, at most %d levels)\n", name.c_str(), result.differing,
                  result.worst_channel_gap);
    } else if (mode == "update") {
      fs::copy_file(png, reference, fs::copy_options::overwrite_existing);
      ++updated;
      std::printf("UPDATED  %s\n", reference.c_str());
    } else if (!have_reference) {
      ++failures;
      std::printf("MISSING  %s: no reference (tools/golden update writes it; rendered: %s)\n", reference.c_str(),
                  png.c_str());
    } else if (!same_size) {
      ++failures;
      std::printf("DIFFERS  %s: reference is %dx%d, rendered %dx%d (%s)\n", name.c_str(), expected.width,
                  expected.height, actual.width, actual.height, png.c_str());
    } else {
      ++failures;
      const fs::path diff_png = out / (name + "-diff.png");
      stbi_write_png(diff_png.c_str(), diff.width, diff.height, 4, diff.rgba.data(), diff.width * 4);
      std::printf("DIFFERS  %s: %ld pixels differ by more than %d levels (at most %ld may), up to %d\n"
                  "         diff %s\n         rendered %s\n",
                  name.c_str(), result.differing, kChannelThreshold, kMaxDifferingPixels, result.worst_channel_gap,
                  diff_png.c_str(), png.c_str());
    }
  };
  auto succeeded = [](int status) { return status != -1 && WIFEXITED(status) && WEXITSTATUS(status) == 0; };
  for (const lineage::SceneEntry& entry : lineage::scene_table())
    for (const Size& size : kSizes) {
      const char* scene = entry.name;  // every screen in the scene table, none forgotten
      const std::string name = std::string(scene) + "-" + std::to_string(size.width) + "x" +
                               std::to_string(size.height);
      const fs::path png = rendered / (name + ".png");
      // Its own data folder: no settings, readers or answers from anywhere else.
      const std::string command = quoted(program.string()) + " --data-dir " + quoted((data / name).string()) +
                                  " --screenshot " + quoted(png.string()) + " --scene " + scene + " --size " +
                                  std::to_string(size.width) + "x" + std::to_string(size.height);
      judge(name, png, command, succeeded(std::system(command.c_str())));
    }
  // The reading settings that must never break a layout (issue 15): every scene at 150% on the
  // smaller window and at 200% on the larger, both in the dyslexia-friendly font, and the
  // lineage view with a person's card open (its time bar is the narrowest there).
  struct Look {
    Size size;
    const char* scale;
    const char* name;
    const char* keys;  // "" for none
    const char* font = "opendyslexic";
  };
  std::vector<std::pair<std::string, Look>> looks;
  for (const lineage::SceneEntry& entry : lineage::scene_table()) {
    looks.push_back({entry.name, {{1280, 720}, "1.5", "150-dyslexic", ""}});
    looks.push_back({entry.name, {{1920, 1080}, "2", "200-dyslexic", ""}});
  }
  looks.push_back({"lineage", {{1280, 720}, "1.5", "150-dyslexic-card", "Return"}});
  looks.push_back({"lineage", {{1920, 1080}, "2", "200-dyslexic-card", "Return"}});
  // The legible sans with its wider lines, where reading is most of the screen.
  looks.push_back({"story", {{1280, 720}, "1.5", "150-andika", "", "andika"}});
  looks.push_back({"reflections", {{1920, 1080}, "1", "andika", "", "andika"}});
  for (const auto& [scene, look] : looks) {
    const std::string name = scene + "-" + std::to_string(look.size.width) + "x" + std::to_string(look.size.height) + "-" +
                             look.name;
    const fs::path png = rendered / (name + ".png");
    std::string command = quoted(program.string()) + " --data-dir " + quoted((data / name).string()) + " --screenshot " +
                          quoted(png.string()) + " --scene " + scene + " --size " + std::to_string(look.size.width) + "x" +
                          std::to_string(look.size.height) + " --scale " + look.scale + " --font " + look.font;
    if (*look.keys) command += std::string(" --keys ") + look.keys;
    judge(name, png, command, succeeded(std::system(command.c_str())));
  }
  // A lesson presented: both windows, on a content-noted moment the teacher has chosen to show.
  for (const Size& size : kSizes) {
    const std::string suffix = "-" + std::to_string(size.width) + "x" + std::to_string(size.height);
    const fs::path projector = rendered / ("present-projector" + suffix + ".png"),
                   presenter = rendered / ("present-presenter" + suffix + ".png");
    const std::string command = quoted(program.string()) + " present mothers-before-blythe --step 4 --data-dir " +
                                quoted((data / ("present" + suffix)).string()) + " --screenshot " +
                                quoted(projector.string()) + " --presenter-screenshot " + quoted(presenter.string()) +
                                " --keys PageDown --size " + std::to_string(size.width) + "x" + std::to_string(size.height);
    bool ok = succeeded(std::system(command.c_str()));
    judge("present-projector" + suffix, projector, command, ok);
    judge("present-presenter" + suffix, presenter, command, ok);
  }
  fs::remove_all(data);

  if (mode == "update") {
    std::printf("%d of %d references match, %d written in %s%s\n", matched, matched + updated + failures, updated,
                references.c_str(), updated ? ": review them (git diff --stat), then commit" : "");
    return failures ? 1 : 0;
  }
  std::printf("%d of %d scenes match their references%s\n", matched, matched + failures,
              failures ? "; a change that moves pixels on purpose: tools/golden update, then commit" : "");
  return failures ? 1 : 0;
}
