#include "offscreen.hpp"

#include <stb_image.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include <catch2/catch.hpp>

namespace lineage::testing {

double Image::luminance_variance(int x0, int y0, int x1, int y1) const {
  if (x1 < 0) x1 = width;
  if (y1 < 0) y1 = height;
  double sum = 0, sum_sq = 0;
  long n = 0;
  for (int y = y0; y < y1; ++y)
    for (int x = x0; x < x1; ++x) {
      const unsigned char* p = &rgba[(static_cast<std::size_t>(y) * width + x) * 4];
      double l = 0.2126 * p[0] + 0.7152 * p[1] + 0.0722 * p[2];
      sum += l;
      sum_sq += l * l;
      ++n;
    }
  if (n == 0) return 0;
  double mean = sum / n;
  return sum_sq / n - mean * mean;
}

double Image::difference(const Image& other, int tolerance) const {
  if (other.width != width || other.height != height) return 1.0;
  long differing = 0;
  for (std::size_t i = 0; i + 3 < rgba.size(); i += 4) {
    int d = std::abs(rgba[i] - other.rgba[i]) + std::abs(rgba[i + 1] - other.rgba[i + 1]) +
            std::abs(rgba[i + 2] - other.rgba[i + 2]);
    if (d > tolerance) ++differing;
  }
  return static_cast<double>(differing) / (static_cast<double>(rgba.size()) / 4.0);
}

std::array<int, 3> Image::pixel(int x, int y) const {
  const unsigned char* p = &rgba[(static_cast<std::size_t>(y) * width + x) * 4];
  return {p[0], p[1], p[2]};
}

Image read_png(const std::filesystem::path& path) {
  Image image;
  int channels = 0;
  unsigned char* data = stbi_load(path.string().c_str(), &image.width, &image.height, &channels, 4);
  if (!data) return image;
  image.rgba.assign(data, data + static_cast<std::size_t>(image.width) * image.height * 4);
  stbi_image_free(data);
  return image;
}

std::filesystem::path temp_dir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("lineage-test-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

std::unique_ptr<App> start_offscreen(std::vector<std::string> args, const std::filesystem::path& data_dir) {
  args.insert(args.begin(), {"--screenshot", (data_dir / "unused.png").string(), "--data-dir", data_dir.string()});
  ParseResult parsed = parse_options(args);
  REQUIRE(parsed.error.empty());
  auto app = std::make_unique<App>(parsed.options);
  std::string error;
  INFO(error);
  REQUIRE(app->start(error));
  return app;
}

Image capture(App& app, const std::filesystem::path& png) {
  app.settle();
  REQUIRE(app.save_png(png.string()).empty());
  return read_png(png);
}

int run(const std::string& command, std::string& output) {
  output.clear();
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return -1;
  char buffer[4096];
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
  int status = pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace lineage::testing
