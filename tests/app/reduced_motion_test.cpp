// Reduced motion, frame by frame (#15): with it on, the first frame after any input already
// shows the final state (frame 1 and frame 30 after the key are the same pixels), on every
// screen that animates: the title, story mode's care card, captions, beats and tableaux, the
// timeline's glides, zoom, lane alignment, strands and card, the lineage view's pattern, cycle,
// story time and card, memory cues' flip, and a lesson's projector and presenter views. And,
// reduced or not, a fade never delays content: the first frame already shows every string
// the settled frame shows, legibly: the contrast in its box at least a quarter of the settled
// contrast, as text at half its strength has (a badge's number over its fading badge, a little more).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>

#include "core/cli/options.hpp"
#include "offscreen.hpp"

using namespace lineage;
using namespace lineage::testing;

namespace {

constexpr double kStep = 1.0 / 60;
constexpr int kSettled = 30;  // frame 30 after the key: half a second on

std::unique_ptr<App> start(std::vector<std::string> args, const std::filesystem::path& dir, bool reduced) {
  std::vector<std::string> all;
  std::size_t lead = !args.empty() && args[0] == "present" ? 2 : 0;  // `present LESSON` comes first
  all.insert(all.end(), args.begin(), args.begin() + static_cast<std::ptrdiff_t>(lead));
  for (const std::string& a : std::vector<std::string>{"--screenshot", (dir / "unused.png").string(), "--data-dir",
                                                      dir.string(), "--size", "1280x720"})
    all.push_back(a);
  if (reduced) all.push_back("--reduced-motion");
  all.insert(all.end(), args.begin() + static_cast<std::ptrdiff_t>(lead), args.end());
  ParseResult parsed = parse_options(all);
  INFO(parsed.error);
  REQUIRE(parsed.error.empty());
  auto app = std::make_unique<App>(parsed.options);
  std::string error;
  REQUIRE(app->start(error));
  app->settle();
  return app;
}

struct Frame {
  Image main, second;
  std::vector<PlacedText> texts;  // the canvas's strings, with their boxes
  std::vector<TextRect> still_main, still_second;  // what may change and is no animation (below)
};

// A clock on screen ("0:01", "12:30"): it moves because time does.
bool is_clock(const std::string& text) {
  return !text.empty() && text.find(':') != std::string::npos &&
         std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || c == ':'; });
}

// Left out of the comparison: the presenter view's clocks, and the strip at the right edge of
// each panel where ImGui draws its scroll bar, whose grip it sizes from the last frame's content
// (a panel's first frame can show a grip a few pixels longer: a frame of lag, not a glide).
std::vector<TextRect> not_animation(const FrameTextLayout& layout) {
  std::vector<TextRect> rects;
  for (const PlacedText& t : layout.texts)
    if (is_clock(t.text)) rects.push_back(t.box);
  for (const PanelCover& p : layout.panels) rects.push_back(TextRect{p.rect.x1 - 24, p.rect.y0, p.rect.x1, p.rect.y1});
  return rects;
}

void blank(Image& image, const std::vector<TextRect>& rects) {
  for (const TextRect& r : rects)
    for (int y = std::max(0, static_cast<int>(r.y0) - 2); y < std::min(image.height, static_cast<int>(r.y1) + 2); ++y)
      for (int x = std::max(0, static_cast<int>(r.x0) - 2); x < std::min(image.width, static_cast<int>(r.x1) + 2); ++x)
        for (int c = 0; c < 3; ++c) image.rgba[(static_cast<std::size_t>(y) * image.width + x) * 4 + c] = 0;
}

Frame grab(App& app, const std::filesystem::path& dir, const std::string& name) {
  Frame f;
  std::filesystem::path png = dir / (name + ".png");
  REQUIRE(app.save_png(png.string()).empty());
  f.main = read_png(png);
  if (app.second_view_open()) {
    std::filesystem::path second = dir / (name + "-presenter.png");
    REQUIRE(app.save_second_png(second.string()).empty());
    f.second = read_png(second);
  }
  for (const PlacedText& t : app.text_layout().texts)
    if (t.owner == "canvas") f.texts.push_back(t);
  f.still_main = not_animation(app.text_layout());
  if (app.second_view_open()) f.still_second = not_animation(app.second_text_layout());
  return f;
}

// A string's ink: the contrast (luminance variance) inside its box.
double ink(const Image& image, const TextRect& box) {
  int x0 = std::clamp(static_cast<int>(box.x0), 0, image.width), x1 = std::clamp(static_cast<int>(box.x1), 0, image.width);
  int y0 = std::clamp(static_cast<int>(box.y0), 0, image.height), y1 = std::clamp(static_cast<int>(box.y1), 0, image.height);
  return image.luminance_variance(x0, y0, x1, y1);
}

// Presses `key`, then compares its first frame with its 30th.
void check_key(App& app, const std::filesystem::path& dir, const std::string& scene, const std::string& key, int n,
               bool reduced) {
  const std::string name = scene + "-" + std::to_string(n);
  INFO(scene << ": key " << n << " '" << key << "'" << (reduced ? ", reduced motion" : ", with motion"));
  if (key == "@pointer") app.move_pointer(500, 300);  // the presenter's laser dot
  else if (!key.empty()) REQUIRE(app.press_key(key));
  app.frame(kStep);
  Frame first = grab(app, dir, name + "-first");
  for (int i = 1; i < kSettled; ++i) app.frame(kStep);
  Frame settled = grab(app, dir, name + "-settled");
  if (reduced) {
    // Nothing left to move: the same pixels, in both views.
    for (Frame* f : {&first, &settled}) {
      for (const auto& rects : {first.still_main, settled.still_main}) blank(f->main, rects);
      for (const auto& rects : {first.still_second, settled.still_second})
        if (!f->second.empty()) blank(f->second, rects);
    }
    CHECK(first.main.difference(settled.main, 0) == 0.0);
    if (!first.second.empty() && !settled.second.empty()) CHECK(first.second.difference(settled.second, 0) == 0.0);
  }
  // Reduced or not, no string waits for a fade: what the settled frame shows, the first frame
  // shows, where a glide has it then (the same string), with at least a quarter of its ink.
  // A string drawn twice (a name in the diagram and on its card) is matched by its turn.
  auto nth = [](const std::vector<PlacedText>& texts, const PlacedText& t, int turn) -> const PlacedText* {
    for (const PlacedText& other : texts)
      if (other.text == t.text && turn-- == 0) return &other;
    return nullptr;
  };
  for (std::size_t i = 0; i < settled.texts.size(); ++i) {
    const PlacedText& late = settled.texts[i];
    int turn = static_cast<int>(std::count_if(settled.texts.begin(), settled.texts.begin() + static_cast<std::ptrdiff_t>(i),
                                              [&](const PlacedText& t) { return t.text == late.text; }));
    double settled_ink = ink(settled.main, late.box);
    if (settled_ink < 40) continue;  // a string under a panel or off the page: nothing to see settled either
    const PlacedText* same = nth(first.texts, late, turn);
    INFO("string \"" << late.text << "\" (" << turn << "): settled ink " << settled_ink);
    if (!reduced && !same) continue;  // a glide brought it into view (a tick label, zoomed in)
    REQUIRE(same);
    CHECK(ink(first.main, same->box) >= settled_ink / 4);
  }
}

struct Walk {
  std::string scene;
  std::vector<std::string> args;
  std::vector<std::string> keys;  // "" is the scene's first frame (opened by --scene)
};

// Every scene that animates, and each input that starts a fade, a glide or a change of state.
const std::vector<Walk>& walks() {
  static const std::vector<Walk> all = {
      {"title", {"--scene", "timeline"}, {"F2"}},
      {"title-opening", {"--scene", "title"}, {}},  // the title as the program opens on it
      {"story", {"--scene", "story"}, {"Right", "Right", "Right", "Right", "Right", "Right", "Right", "Right", "Left", "Right"}},
      {"story-bathtub", {"--scene", "story", "--select", "bathtub"}, {"Right", "Right", "Right", "Right", "Right"}},
      {"timeline", {"--scene", "timeline"}, {"Right", "Right", "=", "-", "a", "a", "t", "Return", "Escape", "Home", "Down"}},
      {"lineage", {"--scene", "lineage"}, {"Right", "p", "p", "c", "c", "t", "Return", "Escape", "Home"}},
      {"cues", {"--scene", "cues"}, {"Right", "3", "Right", "1"}},
      {"present", {"present", "mothers-before-blythe"}, {"Right", "Right", "Right", "Right", "Right", "Right", "Left"}},
      {"present-ending", {"present", "ending-and-cycle"}, {"Right", "Right", "Right", "Right", "Right"}},
      {"present-laser", {"present", "ending-and-cycle"}, {"Right", "@pointer"}},
      {"dialog", {"--scene", "timeline"}, {"F10", "Return", "Escape"}},  // File > Export study guide…
  };
  return all;
}

void walk(const Walk& w, bool reduced) {
  auto dir = temp_dir("motion-" + w.scene);
  auto app = start(w.args, dir, reduced);
  app->record_text_layout(true);
  int n = 0;
  for (const std::string& key : w.keys) check_key(*app, dir, w.scene, key, ++n, reduced);
  // A screen that says it has stopped moving (so a window stops drawing) is at its final state:
  // nothing was still half-way through a fade when it stopped.
  // (Not after the laser dot: it leaves after its two seconds by design, and offscreen frames
  // do not wait for it.)
  constexpr int kMaxSettle = 240;
  bool laser = std::find(w.keys.begin(), w.keys.end(), "@pointer") != w.keys.end();
  if (!laser && app->settle(kMaxSettle) < kMaxSettle) {
    INFO(w.scene << ": at rest" << (reduced ? ", reduced motion" : ", with motion"));
    Frame rest = grab(*app, dir, w.scene + "-rest");
    for (int i = 0; i < 300; ++i) app->frame(kStep, i == 299);
    Frame later = grab(*app, dir, w.scene + "-later");
    for (Frame* f : {&rest, &later})
      for (const auto& rects : {rest.still_main, later.still_main}) blank(f->main, rects);
    CHECK(rest.main.difference(later.main, 0) == 0.0);
  }
  app.reset();
  if (!std::getenv("LINEAGE_KEEP_FRAMES")) std::filesystem::remove_all(dir);  // to look at them
}

}  // namespace

TEST_CASE("reduced motion: the first frame after every input is already the final one, on every animated screen",
          "[app][motion]") {
  for (const Walk& w : walks()) {
    SECTION(w.scene) { walk(w, true); }
  }
}

TEST_CASE("with motion, a fade never delays content: the first frame after every input shows every string legibly",
          "[app][motion]") {
  for (const Walk& w : walks()) {
    SECTION(w.scene) { walk(w, false); }
  }
}
