// The title screen: the product name and the four generations, in large serif type, over a
// quiet thread that joins them. Names and colours come from the story's lanes, not from code.
#include "scenes/title_scene.hpp"

#include <algorithm>
#include <cmath>

#include "app/cue_counts.hpp"
#include "scenes/widgets/fade.hpp"

namespace lineage {

namespace {

// "Four generations of mothers and daughters" when the lanes are that (The Push), else "Three
// generations": the story's own family, counted from its lanes.
std::string family_words(const Story& story) {
  static const char* kCount[] = {"", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"};
  std::vector<int> heads;
  for (const Lane& lane : story.lanes)
    if (lane.person >= 0) heads.push_back(lane.person);
  if (heads.size() < 2) return "A family";
  bool mothers = true;
  for (std::size_t i = 0; i < heads.size(); ++i) {
    mothers = mothers && story.people[static_cast<std::size_t>(heads[i])].sex == Sex::Female;
    if (i == 0) continue;
    bool linked = false;
    for (const ParentLink& l : story.parents) linked = linked || (l.parent == heads[i - 1] && l.child == heads[i]);
    mothers = mothers && linked;
  }
  std::string count = heads.size() < std::size(kCount) ? kCount[heads.size()] : std::to_string(heads.size());
  return count + " generations" + (mothers ? " of mothers and daughters" : "");
}

}  // namespace
namespace {

// The lines settle in one after another: the last begins at kLastLine and takes kLineFade. The
// screen keeps drawing until it has (it stopped at 2 s, and left the foot lines two-thirds faded).
constexpr double kLineFade = 0.6, kLastLine = 1.6, kRevealSeconds = kLastLine + kLineFade;

class TitleScene : public Scene {
 public:

  void enter(AppState&) override { clock_ = 0; }

  void handle(const Command& command, AppState& state) override {
    using K = Command::Kind;
    if (command.kind == K::Open || command.kind == K::Next ||
        (command.kind == K::PointerDown && command.clicks >= 1))
      state.outbox.post(Command::open_scene("timeline"));
  }

  std::string voiced_summary(const AppState& state) const override {
    const Story& story = *state.story;
    if (story.people.empty()) return "No story is loaded: open Story problems in the View menu.";
    std::string words = family_words(story);
    if (!story.book.title.empty()) words += " in " + story.book.title + (story.book.author.empty() ? "" : " by " + story.book.author);
    return words + ". Return begins with the timeline; F4 the lineage, F5 story mode, F7 memory cues, Control K to ask.";
  }

  bool update(double dt, AppState& state) override {
    clock_ += dt;
    return !state.settings.reduced_motion && clock_ < kRevealSeconds;
  }

  void draw(Canvas& canvas, AppState& state) override {
    const Story& story = *state.story;
    ImDrawList* dl = canvas.list();
    ImVec2 size = canvas.size();
    float s = canvas.layout_scale();
    canvas.backdrop();
    // The lines settle in one after another, each readable from the first frame.
    auto reveal = [&](double delay) { return fade_in(clock_ - delay, kLineFade, state.settings.reduced_motion); };

    float cx = size.x * 0.5f;
    Colour text = canvas.colour("text"), muted = canvas.colour("muted");
    const InterfaceTheme& theme = canvas.theme();
    std::string subtitle = family_words(story);
    if (!story.book.title.empty())
      subtitle += " in " + story.book.title + (story.book.author.empty() ? "" : " by " + story.book.author);
    std::string notes;
    if (!story.content_notes.empty()) {
      notes = "This novel deals with ";
      for (std::size_t i = 0; i < story.content_notes.size(); ++i) {
        std::string label = story.content_notes[i].label;
        if (!label.empty()) label[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(label[0])));
        notes += (i == 0 ? "" : i + 1 == story.content_notes.size() ? " and " : ", ") + label;
      }
      notes += ". Lineage marks these moments before you reach them.";
    }
    const std::string hints = "Return  begin with the timeline      F4  lineage      F5  story mode      F12  diagnostics";

    // At 150% or 200% the screen's parts would run into each other (or off its sides): they are
    // stacked from the top and from the foot, and the screen's type shrinks until they meet
    // nowhere. The same sizes every frame.
    float margin = 24;
    struct Places {
      float subtitle, heads, notes, cues, hints, wide;
    } at{};
    auto place = [&](float k) {
      Places p{};
      p.wide = size.x - 2 * margin;
      p.hints = size.y - 44 * k;
      p.cues = p.hints - 32 * k;
      float notes_h = notes.empty() ? 0 : canvas.wrapped_height("sans", theme.size("label") * k, notes, std::min(1040 * k, p.wide));
      p.notes = std::min(size.y * 0.80f, (story.cards.empty() ? p.hints : p.cues) - notes_h - 8 * k);
      // Below the title's descender (OpenDyslexic's are deep).
      p.subtitle = size.y * 0.13f + std::max(118 * k, canvas.measure("serif", theme.size("title") * k, "Lineage").y);
      float subtitle_h = canvas.wrapped_height("serif-italic", theme.size("subtitle") * k, subtitle, p.wide);
      p.heads = std::max(size.y * 0.56f, p.subtitle + subtitle_h + 30 * k);
      return p;
    };
    // A lane's generation sits under its name as measured (OpenDyslexic's names stand taller).
    auto generation_y = [&](float k) {
      return std::max(96 * k, 30 * k + canvas.line_height("serif", theme.size("heading") * 1.45f * k));
    };
    auto heads_bottom = [&](const Places& p, float k) {
      return p.heads + generation_y(k) + std::max(theme.size("label") * k * 1.4f, canvas.line_height("sans", theme.size("label") * k));
    };
    for (int i = 0; i < 8; ++i) {
      at = place(s);
      if (heads_bottom(at, s) <= at.notes || s < 0.5f) break;
      s *= 0.9f;
    }

    canvas.text("serif", theme.size("title") * s, "Lineage", ImVec2(cx, size.y * 0.13f), text, Align::Centre, reveal(0));
    canvas.text_wrapped("serif-italic", theme.size("subtitle") * s, subtitle, ImVec2(margin, at.subtitle), at.wide, muted,
                        Align::Centre, reveal(0.2));

    // The generations, oldest first: the head of each lane.
    std::vector<std::pair<const Person*, std::string>> heads;  // the person, and her lane's title
    for (const Lane& lane : story.lanes)
      if (lane.person >= 0)
        heads.emplace_back(&story.people[lane.person], lane.title.empty() ? story.people[lane.person].name : lane.title);
    float y = at.heads;
    float span = std::min(size.x * 0.78f, 1500.0f * s);
    float left = cx - span * 0.5f;
    float step = heads.size() > 1 ? span / static_cast<float>(heads.size() - 1) : 0;
    if (heads.size() == 1) left = cx;
    if (heads.size() > 1)
      dl->AddLine(ImVec2(left, y), ImVec2(left + span, y), to_imgui(canvas.colour("accent"), 0.35f), 1.5f * s);
    for (std::size_t i = 0; i < heads.size(); ++i) {
      float x = left + step * static_cast<float>(i);
      float a = reveal(std::min(0.5 + 0.25 * static_cast<double>(i), kLastLine));  // however many generations
      const Person& person = *heads[i].first;
      dl->AddCircleFilled(ImVec2(x, y), 13 * s, to_imgui(canvas.colour("background"), a), 32);
      dl->AddCircle(ImVec2(x, y), 13 * s, to_imgui(person.colour, a), 32, 2.5f * s);
      dl->AddCircleFilled(ImVec2(x, y), 5 * s, to_imgui(person.colour, a), 24);
      canvas.text("serif", theme.size("heading") * 1.45f * s, heads[i].second, ImVec2(x, y + 30 * s),
                  person.colour, Align::Centre, a);
      if (person.generation > 0)
        canvas.text("sans", theme.size("label") * s, "generation " + std::to_string(person.generation),
                    ImVec2(x, y + generation_y(s)), muted, Align::Centre, a * 0.9f);
    }
    if (heads.empty())
      canvas.text("sans", theme.size("body") * s, "No story is loaded: open Story problems in the View menu.",
                  ImVec2(cx, y), canvas.colour("warning"), Align::Centre);

    // Content care starts here: say plainly what the novel deals with.
    if (!notes.empty()) {
      float w = std::min(1040 * s, at.wide);
      canvas.text_wrapped("sans", theme.size("label") * s, notes, ImVec2(cx - w * 0.5f, at.notes), w, muted,
                          Align::Centre, reveal(kLastLine - 0.2));
    }
    // The key lines never run off the sides: shortened with "…" in the narrowest windows.
    canvas.text_fit("sans", theme.size("label") * s, hints, ImVec2(cx, at.hints), at.wide, canvas.colour("accent"),
                    Align::Centre, reveal(kLastLine));
    // The memory cues waiting for this reader today, and how to reach them and Ask.
    if (!story.cards.empty()) {
      const CueCounts& cues = cue_counts_.get(state);
      canvas.text_fit("sans", theme.size("label") * s, cues_due_words(cues) + ": F7 memory cues      Ctrl+K or /  ask",
                      ImVec2(cx, at.cues), at.wide, muted, Align::Centre, reveal(kLastLine));
    }
  }

 private:
  double clock_ = 0;
  CueCountsCache cue_counts_;
};

}  // namespace

std::unique_ptr<Scene> make_title_scene() { return std::make_unique<TitleScene>(); }

}  // namespace lineage
