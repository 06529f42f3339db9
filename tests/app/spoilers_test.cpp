// The spoiler walk: at every reading milestone, and for the whole book, every scene is driven
// offscreen (title; timeline with each visible moment's card open; lineage with person cards and
// the cycle; story mode from the first beat to "Your reading"; reflections) and nothing it draws,
// on the canvas or in a panel, may name what belongs after the reader's place. The forbidden
// words come from the story model itself, judged by the one visibility rule.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <set>

#include "core/export/export.hpp"
#include "core/journal/journal.hpp"
#include "core/layout/genogram_style.hpp"
#include "core/model/visibility.hpp"
#include "core/model/when_words.hpp"
#include "offscreen.hpp"

using namespace lineage;
using namespace lineage::testing;

namespace {

// Runs of whitespace as one space: wrapped lines and panel rows read as the text they came from.
std::string flatten(const std::string& text) {
  std::string out;
  for (char c : text) {
    bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// `words` as whole words in `text` ("Sam" must not match "same").
bool names(const std::string& text, const std::string& words) {
  if (words.empty()) return false;
  for (std::size_t at = text.find(words); at != std::string::npos; at = text.find(words, at + 1)) {
    bool starts = at == 0 || !word_char(text[at - 1]) || !word_char(words.front());
    std::size_t end = at + words.size();
    bool ends = end >= text.size() || !word_char(text[end]) || !word_char(words.back());
    if (starts && ends) return true;
  }
  return false;
}

// Everything a reader within `limit` must not see, each with what it is (for the failure message).
std::vector<std::pair<std::string, std::string>> forbidden(const Story& story, int limit, const GenogramStyle& style) {
  std::vector<std::pair<std::string, std::string>> out;
  Visibility see(story, limit);
  // A later card whose back is only a name ("Violet.") tells nothing while that name is known.
  auto known_name = [&](std::string w) {
    while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.back()))) w.pop_back();
    for (int p = 0; p < static_cast<int>(story.people.size()); ++p)
      if (story.people[p].name == w && (see.person(p) || names(story.book.description, w))) return true;
    return false;
  };
  auto add = [&](const std::string& what, const std::string& words) {
    std::string w = flatten(words);
    if (!w.empty() && !known_name(w)) out.emplace_back(what, w);
  };
  for (int m = 0; m < static_cast<int>(story.moments.size()); ++m)
    if (!see.moment(m)) add("moment title", story.moments[m].title);
  for (int f = 0; f < static_cast<int>(story.facts.size()); ++f)
    if (!see.fact(f)) add("fact", story.facts[f].text);
  for (int p = 0; p < static_cast<int>(story.prompts.size()); ++p)
    if (!see.prompt(p)) add("prompt", story.prompts[p].text);
  for (int c = 0; c < static_cast<int>(story.cards.size()); ++c)
    if (!see.card(c)) add("memory card", story.cards[c].front), add("memory card", story.cards[c].back);
  for (const Milestone& ms : story.milestones)
    if (ms.order > limit && ms.reached_title != ms.title) add("milestone reached-title", ms.reached_title);
  // Era titles are not listed: their words ("After the push") may fairly appear in text about a
  // reached moment before the era's span is. era_visible is tested in core.
  for (int b = 0; b < static_cast<int>(story.bonds.size()); ++b)
    if (!see.bond(b)) add("bond", story.bonds[b].label);
  for (const ParentLink& link : story.parents)
    if (link.moment >= 0 && !see.moment(link.moment)) add("parent link", link.label);
  // People the reading has not reached, unless the book's own description (the blurb every
  // reader starts from) names them.
  for (int p = 0; p < static_cast<int>(story.people.size()); ++p) {
    const Person& person = story.people[p];
    if (!see.person(p) && !names(story.book.description, person.name)) add("person", person.name);
    if (see.person(p) && person.died && person.born && !see.death(p))
      add("death dates", when_short(*person.born) + " \u2013 " + when_short(*person.died));
  }
  // A couple's ending (the genogram's slashes, and the legend's words for them) before it happens.
  for (const Partnership& pt : story.partnerships) {
    if (pt.ends < 0 || see.moment(pt.ends)) continue;
    if (pt.status == PartnerStatus::Divorced) add("a marriage's end", style.symbol_words("divorced"));
    if (pt.status == PartnerStatus::Separated) add("a marriage's end", style.symbol_words("separated"));
  }
  return out;
}

struct Walk {
  App& app;
  std::string where;
  std::vector<std::pair<std::string, std::string>> banned;
  std::set<std::string> leaks;

  void look(const std::string& what) {
    std::string seen;
    for (const auto& s : app.drawn_strings()) seen += s + "\n";
    seen = flatten(seen + "\n" + app.panel_text());
    for (const auto& [kind, words] : banned)
      if (names(seen, words)) leaks.insert(where + ", " + what + ": " + kind + " \"" + words + "\"");
  }
  void read(const std::string& text, const std::string& what) {
    std::string seen = flatten(text);
    for (const auto& [kind, words] : banned)
      if (names(seen, words)) leaks.insert(where + ", " + what + ": " + kind + " \"" + words + "\"");
  }
  void key(const std::string& name, const std::string& what) {
    REQUIRE(app.press_key(name));
    app.frame(1.0 / 60, false);
    app.frame(1.0 / 60, false);
    look(what);
  }
};

}  // namespace

TEST_CASE("spoilers: at every milestone no scene draws a title, name or event from later", "[app][spoilers]") {
  auto probe_dir = temp_dir("spoilers-probe");
  auto probe = start_offscreen({"--scene", "title"}, probe_dir);
  std::vector<std::string> limits;
  for (const Milestone& ms : probe->state().story->milestones) limits.push_back(ms.id);
  limits.push_back("");  // the whole book
  GenogramStyle style = load_genogram_style(probe->state().assets_dir / "genogram.conf").style;
  probe.reset();
  std::filesystem::remove_all(probe_dir);

  std::set<std::string> leaks;
  int checked = 0;
  for (const std::string& milestone : limits) {
    auto dir = temp_dir("spoilers-" + (milestone.empty() ? std::string("whole") : milestone));
    if (!milestone.empty()) std::ofstream(dir / "settings.txt") << "milestone = " << milestone << "\n";
    auto app = start_offscreen({"--scene", "title", "--size", "1280x720", "--reduced-motion"}, dir);
    app->record_panel_text(true);
    const Story& story = *app->state().story;
    REQUIRE(app->state().settings.milestone == milestone);
    int limit = app->state().reading_limit();
    // No content-care cards in the way: the walk reads every moment in full.
    std::string all_notes;
    for (const ContentNote& n : story.content_notes) all_notes += (all_notes.empty() ? "" : ",") + n.id;
    REQUIRE(app->state().journal->set_setting(app->state().profile, "story.quiet", all_notes));
    Walk walk{*app, milestone.empty() ? "the whole book" : milestone, forbidden(story, limit, style), {}};
    checked += static_cast<int>(walk.banned.size());
    if (milestone.empty()) CHECK(walk.banned.empty());  // nothing lies beyond the end

    app->settle();
    walk.look("title");

    app->show_scene("timeline");
    app->settle();
    walk.look("timeline");
    walk.key("Return", "timeline card");
    int visible = 0;
    for (int m = 0; m < static_cast<int>(story.moments.size()); ++m) visible += moment_visible(story, m, limit);
    std::set<std::string> opened;
    for (int i = 0; i < visible; ++i) {
      opened.insert(app->state().selected_moment);
      // The walk reads the card itself: its heading, drawn by a panel, is in what it looks at.
      int selected = story.moment(app->state().selected_moment);
      REQUIRE(selected >= 0);
      CHECK(names(flatten(app->panel_text()), flatten(story.moments[selected].title)));
      walk.key("Right", "timeline card of " + app->state().selected_moment);
    }
    CHECK(static_cast<int>(opened.size()) == visible);  // every visible moment's card was read

    app->show_scene("lineage");
    app->settle();
    walk.look("lineage");
    walk.key("Return", "lineage person card");
    for (int i = 0; i < 4; ++i) walk.key("Right", "lineage person card");
    for (int i = 0; i < 3; ++i) walk.key("Down", "lineage person card");
    walk.key("Escape", "lineage");
    walk.key("c", "lineage cycle");
    for (int i = 0; i < 4; ++i) walk.key("Right", "lineage cycle");
    walk.key("Escape", "lineage");

    app->show_scene("story");
    app->settle(4);
    walk.look("story");
    for (int presses = 0; presses < 400; ++presses) {
      const auto& d = app->drawn_strings();
      if (std::find(d.begin(), d.end(), "Your reading") != d.end()) break;
      walk.key(presses % 2 ? "PageDown" : "Right", "story mode");
    }

    app->show_scene("reflections");
    app->settle();
    walk.look("reflections");

    // Memory cues: every card she may drill, front and back (next shows the back, then rates Good).
    app->show_scene("cues");
    app->settle();
    walk.look("memory cues");
    for (std::size_t i = 0; i < 2 * story.cards.size() + 2; ++i) walk.key("Right", "memory cues");
    // Key takeaways, each with its moments; the theme tracker, every cell.
    app->show_scene("takeaways");
    app->settle();
    walk.look("takeaways");
    for (std::size_t i = 0; i < story.takeaways.size(); ++i) walk.key("Right", "takeaways");
    app->show_scene("themes");
    app->settle();
    walk.look("theme tracker");
    for (std::size_t row = 0; row < story.themes.size(); ++row) {
      for (std::size_t col = 0; col < story.lanes.size(); ++col) walk.key("Right", "theme tracker");
      for (std::size_t col = 0; col < story.lanes.size(); ++col) walk.key("Left", "theme tracker");
      walk.key("Down", "theme tracker");
    }
    // Ask: names and events from later, typed as a reader would, misspelt too.
    app->show_scene("ask");
    app->settle();
    for (const char* question : {"Gemma", "Gema", "who is Sam", "what happened to Sam", "Jet", "push", "divorce",
                                 "marriage", "ending", "why did Fox leave"}) {
      app->type_text(question);
      app->settle();
      // What Ask draws; the field's text is her own typing, so the panel text is not read here.
      std::string shown;
      for (const std::string& line : app->drawn_strings()) shown += line + "\n";
      walk.read(shown, std::string("ask \"") + question + "\"");
      REQUIRE(app->press_key("ctrl+a"));
      REQUIRE(app->press_key("BackSpace"));
    }

    // The study guide as Markdown (the text the other formats lay out), blank and gentle.
    for (bool gentle : {false, true}) {
      ExportOptions options;
      options.format = ExportFormat::Markdown;
      options.out = dir / "guide.md";
      options.milestone = story.milestone(milestone);
      options.worksheet = true;
      options.gentle = gentle;
      options.date = "1 January 2026";
      ExportResult result = export_study_guide(story, *app->state().journal, std::nullopt, options);
      REQUIRE(result.ok);
      std::ifstream in(options.out);
      std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      CHECK(text.size() > 1000);
      walk.read(text, gentle ? "gentle Markdown guide" : "Markdown guide");
    }

    leaks.insert(walk.leaks.begin(), walk.leaks.end());
    app.reset();
    std::filesystem::remove_all(dir);
  }
  CHECK(checked > 0);  // the early milestones have later things to hide
  std::string report;
  for (const auto& leak : leaks) report += leak + "\n";
  INFO(report);
  CHECK(leaks.empty());
}
