#include "core/cli/options.hpp"

#include "core/study/cue_schedule.hpp"

#include <charconv>
#include <cstdlib>
#include <optional>
#include <sstream>

namespace lineage {
namespace {

bool parse_size(const std::string& text, int& w, int& h) {
  auto x = text.find('x');
  if (x == std::string::npos) return false;
  auto number = [](std::string_view s, int& out) {
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && end == s.data() + s.size();
  };
  std::string_view view(text);
  return number(view.substr(0, x), w) && number(view.substr(x + 1), h) && w >= 320 && h >= 240 && w <= 8192 &&
         h <= 8192;
}

// Key names split at spaces; a double-quoted stretch (type:"two words") keeps its spaces.
// Nothing if a quote is left open.
std::optional<std::vector<std::string>> split_keys(const std::string& text) {
  std::vector<std::string> keys;
  std::string key;
  bool quoted = false, any = false;
  for (char ch : text) {
    if (ch == '"') {
      quoted = !quoted;
      any = true;
    } else if (!quoted && (ch == ' ' || ch == '\t' || ch == '\n')) {
      if (any) keys.push_back(std::move(key));
      key.clear();
      any = false;
    } else {
      key += ch;
      any = true;
    }
  }
  if (quoted) return std::nullopt;
  if (any) keys.push_back(std::move(key));
  return keys;
}

// Options followed by a value. An empty one ("") is refused: an empty --data-dir once meant
// "the default", and wrote to the user's own journal.
bool takes_value(const std::string& option) {
  for (const char* o : {"--story", "--data-dir", "--scene", "--select", "--screenshot", "--keys", "--size", "--frames",
                        "--profile", "--format", "--out", "--milestone", "--paper", "--lesson", "--step",
                        "--projector-display", "--presenter-screenshot", "--renderer", "--today",
                        "--moment", "--voice", "--rate", "--pitch", "--speech-out", "--theme", "--font", "--scale",
                        "--class-session", "--title"})
    if (option == o) return true;
  return false;
}

}  // namespace

std::string usage_text() {
  return "usage: lineage [--story DIR] [--scene NAME] [--select MOMENT] [--size WxH] [--fullscreen]\n"
         "               [--data-dir DIR] [--reduced-motion] [--renderer auto|software|accelerated]\n"
         "               [--today YYYY-MM-DD]\n"
         "       lineage --screenshot FILE.png [--size WxH] [--scene NAME] [--keys \"KEY KEY ...\"] [--frames N]\n"
         "               [--voice NAME] [--self-voicing] [--speech-out FILE.wav]\n"
         "               [--theme dark|projector|high-contrast] [--font default|opendyslexic|andika] [--scale 0.75-2.5]\n"
         "       lineage check [DIR]            check story scripts; exit 1 on errors\n"
         "       lineage dump --json [DIR]      print the resolved story as JSON\n"
         "       lineage new DIR [--title \"...\"]  start a story of your own: an invented example family\n"
         "       lineage journal --check [--data-dir DIR]\n"
         "       lineage export --profile NAME --format pdf|epub|md|html --out FILE\n"
         "                      [--milestone ID] [--paper a4|letter] [--worksheet] [--gentle] [--teacher]\n"
         "                      [--font default|opendyslexic|andika]   (default: the reader's own reading font)\n"
         "                      [--story DIR] [--data-dir DIR]\n"
         "       lineage present LESSON [--step N] [--projector-display N] [--class]\n"
         "                      [--screenshot FILE --presenter-screenshot FILE --keys \"...\"]\n"
         "       lineage present --list         list the lessons: id, title, minutes, class milestone\n"
         "       lineage export --lesson LESSON --format pdf|html|md --out FILE [--presenter] [--class-session N]\n"
         "                      [--font default|opendyslexic|andika]\n"
         "       lineage ask \"QUESTION\" [--milestone ID] [--story DIR]\n"
         "                      answer from the story's cited facts, within the milestone\n"
         "       lineage speak --moment ID [--voice NAME] [--rate WPM] [--pitch 0-100] --out FILE.wav\n"
         "       lineage speak --list-voices   every installed English voice, one a line, name first\n"
         "       lineage --help | --version\n"
         "Scenes: title, timeline, lineage, story, reflections, present, cues, ask, takeaways, themes, class. Keys are SDL key names (Right, Return, F5, ctrl+z); type:\"WORDS\" types text.\n";
}

ParseResult parse_options(const std::vector<std::string>& args) {
  ParseResult result;
  Options& o = result.options;
  std::size_t i = 0;
  auto fail = [&](std::string message) {
    result.error = std::move(message);
    return result;
  };
  if (!args.empty()) {
    const std::string& first = args[0];
    if (first == "check") o.mode = Options::Mode::Check, i = 1;
    else if (first == "dump") o.mode = Options::Mode::Dump, i = 1;
    else if (first == "journal") o.mode = Options::Mode::JournalCheck, i = 1;
    else if (first == "export") o.mode = Options::Mode::Export, i = 1;
    else if (first == "present") {
      o.scene = "present";
      i = 1;
      if (i < args.size() && args[i].rfind("-", 0) != 0) o.lesson = args[i++];
    }
    else if (first == "ask") o.mode = Options::Mode::Ask, i = 1;
    else if (first == "speak") o.mode = Options::Mode::Speak, i = 1;
    else if (first == "new") o.mode = Options::Mode::New, i = 1;
  }
  bool presenting = o.scene == "present";
  bool saw_json = false, saw_check = false;
  for (; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](std::string& out) -> bool {
      if (i + 1 >= args.size() || args[i + 1].rfind("--", 0) == 0) return false;
      out = args[++i];
      return true;
    };
    std::string v;
    if (takes_value(a) && i + 1 < args.size() && args[i + 1].empty())
      return fail(a + " was given an empty value; leave the option out or give one");
    if (a == "--help" || a == "-h") o.mode = Options::Mode::Help;
    else if (a == "--version") o.mode = Options::Mode::Version;
    else if (a == "--json" && o.mode == Options::Mode::Dump) saw_json = true;
    else if (a == "--check" && o.mode == Options::Mode::JournalCheck) saw_check = true;
    else if (a == "--fullscreen") o.fullscreen = true;
    else if (a == "--reduced-motion") o.reduced_motion = true;
    else if (a == "--worksheet") o.worksheet = true;
    else if (a == "--gentle" && o.mode == Options::Mode::Export) o.gentle = true;
    else if (a == "--teacher" && o.mode == Options::Mode::Export) o.teacher = true;
    else if (a == "--renderer") {
      if (!value(o.renderer) || (o.renderer != "auto" && o.renderer != "software" && o.renderer != "accelerated"))
        return fail("--renderer needs one of auto, software, accelerated");
    }
    else if (a == "--presenter" && o.mode == Options::Mode::Export) o.presenter = true;
    else if (a == "--class-session" && o.mode == Options::Mode::Export) {
      auto ok = value(v);
      auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), o.class_session);
      if (!ok || ec != std::errc() || end != v.data() + v.size() || o.class_session < 1)
        return fail("--class-session needs a session number (lineage class list shows them)");
    }
    else if (a == "--list" && presenting) o.mode = Options::Mode::PresentList;
    else if (a == "--class" && presenting) o.present_class = true;
    else if (a == "--lesson" && o.mode == Options::Mode::Export) { if (!value(o.lesson)) return fail("--lesson needs a lesson id"); }
    else if ((a == "--step" || a == "--projector-display") && presenting) {
      int& out = a == "--step" ? o.start_step : o.projector_display;
      auto ok = value(v);
      auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
      if (!ok || ec != std::errc() || end != v.data() + v.size() || out < 1 || out > 1000)
        return fail(a + " needs a number from 1 to 1000");
    } else if (a == "--presenter-screenshot" && presenting) {
      if (!value(o.presenter_screenshot)) return fail("--presenter-screenshot needs a file name");
    }
    else if (a == "--story") { if (!value(o.story_dir)) return fail("--story needs a folder"); }
    else if (a == "--data-dir") { if (!value(o.data_dir)) return fail("--data-dir needs a folder"); }
    else if (a == "--scene") { if (!value(o.scene)) return fail("--scene needs a scene name"); }
    else if (a == "--select") { if (!value(o.select)) return fail("--select needs a moment id"); }
    else if (a == "--screenshot") { if (!value(o.screenshot)) return fail("--screenshot needs a file name"); }
    else if (a == "--keys") {
      if (i + 1 >= args.size()) return fail("--keys needs a list of key names");
      auto keys = split_keys(args[++i]);
      if (!keys) return fail("--keys: a double quote is not closed");
      o.keys = std::move(*keys);
    } else if (a == "--size") {
      if (!value(v) || !parse_size(v, o.width, o.height))
        return fail("--size needs WIDTHxHEIGHT between 320x240 and 8192x8192, e.g. 1280x720");
    } else if (a == "--frames") {
      auto ok = value(v);
      auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), o.frames);
      if (!ok || ec != std::errc() || end != v.data() + v.size() || o.frames < 1 || o.frames > 100000)
        return fail("--frames needs a number from 1 to 100000");
    } else if (a == "--profile") { if (!value(o.profile)) return fail("--profile needs a name"); }
    else if (a == "--format") {
      if (!value(o.format) || (o.format != "pdf" && o.format != "epub" && o.format != "md" && o.format != "html"))
        return fail("--format needs one of pdf, epub, md, html");
    } else if (a == "--out") { if (!value(o.out)) return fail("--out needs a file name"); }
    else if (a == "--milestone") { if (!value(o.milestone)) return fail("--milestone needs a milestone id"); }
    else if (a == "--today") {
      if (!value(o.today) || !parse_day(o.today)) return fail("--today needs a date as YYYY-MM-DD, e.g. 2026-05-14");
    }
    else if (a == "--self-voicing") o.self_voicing = true;
    else if (a == "--theme") {
      if (!value(o.theme) || (o.theme != "dark" && o.theme != "projector" && o.theme != "high-contrast"))
        return fail("--theme needs dark, projector or high-contrast");
    } else if (a == "--font") {
      if (!value(o.font) || (o.font != "default" && o.font != "opendyslexic" && o.font != "andika"))
        return fail("--font needs default, opendyslexic or andika");
    } else if (a == "--scale") {
      char* end = nullptr;
      if (value(v)) o.scale = std::strtof(v.c_str(), &end);
      if (!end || *end != '\0' || !(o.scale >= 0.75f && o.scale <= 2.5f)) return fail("--scale needs a number from 0.75 to 2.5, e.g. 1.5");
    }
    else if (a == "--speech-out") { if (!value(o.speech_out)) return fail("--speech-out needs a file name"); }
    else if (a == "--list-voices" && o.mode == Options::Mode::Speak) o.list_voices = true;
    else if (a == "--moment" && o.mode == Options::Mode::Speak) { if (!value(o.moment)) return fail("--moment needs a moment id"); }
    else if (a == "--voice") { if (!value(o.voice)) return fail("--voice needs a voice name (lineage speak --list-voices)"); }
    else if (a == "--rate" || a == "--pitch") {
      int& target = a == "--rate" ? o.rate : o.pitch;
      const int low = a == "--rate" ? 80 : 0, high = a == "--rate" ? 400 : 100;
      auto ok = value(v);
      auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), target);
      if (!ok || ec != std::errc() || end != v.data() + v.size() || target < low || target > high)
        return fail(a + " needs a number from " + std::to_string(low) + " to " + std::to_string(high));
    } else if (a == "--paper") {
      if (!value(o.paper) || (o.paper != "a4" && o.paper != "letter")) return fail("--paper needs a4 or letter");
    } else if (o.mode == Options::Mode::Ask && o.question.empty() && !a.empty() && a[0] != '-') {
      o.question = a;
    } else if (a == "--title" && o.mode == Options::Mode::New) {
      if (!value(o.new_title)) return fail("--title needs the book's title, e.g. --title \"The Salt Orchard\"");
    } else if ((o.mode == Options::Mode::Check || o.mode == Options::Mode::Dump || o.mode == Options::Mode::New) &&
               a.rfind("-", 0) != 0 &&
               o.story_dir.empty()) {
      o.story_dir = a;
    } else {
      return fail("unknown option '" + a + "'");
    }
  }
  if (o.mode == Options::Mode::Dump && !saw_json) return fail("dump needs --json (the only format)");
  if (o.mode == Options::Mode::New && o.story_dir.empty())
    return fail("new needs the folder to make, e.g. lineage new my-story --title \"The Salt Orchard\"");
  if (o.mode == Options::Mode::JournalCheck && !saw_check) return fail("journal needs --check");
  if (presenting && o.mode == Options::Mode::Run && o.lesson.empty())
    return fail("present needs a lesson id (lineage present --list shows them)");
  if (!o.presenter_screenshot.empty() && o.screenshot.empty())
    return fail("--presenter-screenshot works with --screenshot");
  if (o.mode == Options::Mode::Export && !o.lesson.empty()) {
    if (o.out.empty() || o.format.empty() || o.format == "epub")
      return fail("export --lesson needs --format pdf|html|md and --out FILE");
    return result;
  }
  if (o.mode == Options::Mode::Export && o.presenter) return fail("--presenter works with export --lesson");
  if (o.mode == Options::Mode::Export && o.class_session) return fail("--class-session works with export --lesson");
  if (o.mode == Options::Mode::Export && (o.out.empty() || (o.profile.empty() && !o.worksheet)))
    return fail("export needs --out, and --profile NAME (or --worksheet for a blank one)");
  if (o.mode == Options::Mode::Ask && o.question.empty()) return fail("ask needs a question, e.g. lineage ask \"who is Etta\"");
  if (o.mode == Options::Mode::Speak && !o.list_voices && (o.moment.empty() || o.out.empty()))
    return fail("speak needs --moment ID and --out FILE.wav, or --list-voices");
  if (!o.speech_out.empty() && o.screenshot.empty()) return fail("--speech-out works with --screenshot");
  if (!o.keys.empty() && o.screenshot.empty()) return fail("--keys works with --screenshot");
  return result;
}

}  // namespace lineage
