// Helpers for offscreen tests: run the real App without a display and read its frames.
#pragma once

#include <array>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "app/app.hpp"

namespace lineage::testing {

struct Image {
  int width = 0, height = 0;
  std::vector<unsigned char> rgba;
  bool empty() const { return rgba.empty(); }
  // Mean of the squared distance of each pixel's luminance from the mean: 0 for a blank image.
  double luminance_variance(int x0 = 0, int y0 = 0, int x1 = -1, int y1 = -1) const;
  // Fraction of pixels in the region that differ (by more than `tolerance`) from `other`.
  double difference(const Image& other, int tolerance = 12) const;
  std::array<int, 3> pixel(int x, int y) const;
};

Image read_png(const std::filesystem::path& path);

// A fresh, private data folder for one test.
std::filesystem::path temp_dir(const std::string& name);

// Starts the app offscreen with the given extra arguments (e.g. {"--scene", "title"}).
std::unique_ptr<App> start_offscreen(std::vector<std::string> args, const std::filesystem::path& data_dir);

// Settles, saves the frame to `png` and reads it back.
Image capture(App& app, const std::filesystem::path& png);

// Runs a shell command; returns its exit status and fills `output` with stdout+stderr.
int run(const std::string& command, std::string& output);

}  // namespace lineage::testing
