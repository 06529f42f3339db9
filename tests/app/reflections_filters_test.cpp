// Reflections' five filters share one row. At 200% on a 1366x768 laptop each was a fifth of the
// row and every one read "Every…" ("All pro…" the last): a reader at large type could not tell
// which filter was which (found walking the screen). Where a row is too narrow for the filters'
// words, they go onto more rows, each showing its choice whole.
#include <catch2/catch.hpp>

#include <algorithm>

#include "offscreen.hpp"

using namespace lineage;
using namespace lineage::testing;

TEST_CASE("reflections: each filter shows its choice whole at large type on a laptop", "[reflections][layout]") {
  struct Look {
    const char* size;
    const char* scale;
    const char* font;
  };
  for (Look look : {Look{"1366x768", "2", "default"}, Look{"1280x720", "1.5", "opendyslexic"},
                    Look{"1366x768", "2", "opendyslexic"}, Look{"1920x1080", "1", "default"}}) {
    INFO(look.size << " x" << look.scale << " " << look.font);
    auto dir = temp_dir("reflections-filters");
    auto app = start_offscreen({"--scene", "reflections", "--size", look.size, "--scale", look.scale, "--font", look.font}, dir);
    app->record_text_layout(true);
    app->settle();
    const auto& texts = app->text_layout().texts;
    for (const char* whole : {"Every moment", "Every person", "Every theme", "Every kind", "All prompts"}) {
      INFO(whole);
      CHECK(std::any_of(texts.begin(), texts.end(), [&](const PlacedText& t) { return t.text == whole; }));
    }
    std::filesystem::remove_all(dir);
  }
}
