// The synthetic story the timeline benchmarks load: four generations of women and `moments`
// moments spread over them. Shared so the whole-app and the layout-only figures measure the same.
#pragma once

#include <cstdio>
#include <string>

namespace lineage::bench {

// Four generations, each the previous one's daughter, and `moments` moments spread over them
// (with uncertain dates, themes, and an echo on every tenth).
inline std::string synthetic_story(int moments) {
  std::string s;
  s += "book bench\n  title: Bench\n  author: Nobody\n\nsource notes\n  lines: 10\n\n";
  s += "fact f1\n  text: A fact.\n  cite: notes:1\n\n";
  s += "milestone part-one\n  title: Part one\n  order: 1\n\n";
  const char* colours[] = {"#8fa6cc", "#cf8f9b", "#dcaa6c", "#a98fdc"};
  const char* themes[] = {"#d4a373", "#bc4749", "#8e5572", "#6a994e"};
  for (int t = 0; t < 4; ++t)
    s += "theme t" + std::to_string(t) + "\n  name: Theme " + std::to_string(t) + "\n  colour: " + themes[t] + "\n\n";
  for (int l = 0; l < 4; ++l) {
    std::string id = "p" + std::to_string(l);
    s += "lane " + id + "\n  title: Woman " + std::to_string(l) + "\n  person: " + id + "\n  order: " +
         std::to_string(l + 1) + "\n\n";
    s += "person " + id + "\n  name: Woman " + std::to_string(l) + "\n  lane: " + id + "\n  sex: female\n  colour: " +
         colours[l] + "\n  born: c. " + std::to_string(1900 + 27 * l) + " ± 3\n  facts: f1\n\n";
    if (l > 0) s += "parent p" + std::to_string(l - 1) + " -> " + id + "\n\n";
  }
  for (int i = 0; i < moments; ++i) {
    int lane = i % 4;
    double year = 1900 + 27 * lane + 15 + (i / 4) * (70.0 / (moments / 4));
    char when[64];
    std::snprintf(when, sizeof when, "c. %.2f ± %d", year, 1 + i % 3);
    s += "moment m" + std::to_string(i) + "\n  title: Moment number " + std::to_string(i) + " of the bench\n  when: " +
         when + "\n  lane: p" + std::to_string(lane) + "\n  themes: t" + std::to_string(i % 4) + "\n  facts: f1\n";
    if (i % 10 == 0 && i + 4 < moments) s += "  echoes: m" + std::to_string(i + 4) + "\n";
    s += "  summary: A moment.\n\n";
  }
  return s;
}

}  // namespace lineage::bench
