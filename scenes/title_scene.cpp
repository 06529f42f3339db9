// The title screen: the product name and the four generations, in large serif type, over a
// quiet thread that joins them. Names and colours come from the story's lanes, not from code.
#include "scenes/title_scene.hpp"

#include <algorithm>
#include <cmath>

#include "app/cue_counts.hpp"

namespace lineage {
namespace {

constexpr double kRevealSeconds = 2.0;

class TitleScene : public Scene {
 public:

  void enter(AppState&) override { clock_ = 0; }

  void handle(const Command& command, AppState& state) override {
    using K = Command::Kind;
    if (command.kind == K::Open || command.kind == K::Next ||
        (command.kind == K::PointerDown && command.clicks >= 1))
      state.outbox.post(Command::open_scene("timeline"));
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
    auto reveal = [&](double delay) {
      if (state.settings.reduced_motion) return 1.0f;
      return static_cast<float>(std::clamp((clock_ - delay) / 0.6, 0.0, 1.0));
    };

    float cx = size.x * 0.5f;
    Colour text = canvas.colour("text"), muted = canvas.colour("muted");
    // The display type (title, names) keeps to the window's fit, so a larger interface scale in a
    // small window enlarges the small type without pushing the composition off the screen.
    const float big = std::min(s, s / std::max(0.01f, canvas.scale()));
    const float label = canvas.theme().size("label") * s;
    const float measure_width = std::min(1040 * s, size.x * 0.92f);
    canvas.text("serif", canvas.theme().size("title") * big, "Lineage", ImVec2(cx, size.y * 0.13f), text,
                Align::Centre, reveal(0));
    std::string subtitle = "Four generations of mothers and daughters";
    if (!story.book.title.empty())
      subtitle += " in " + story.book.title + (story.book.author.empty() ? "" : " by " + story.book.author);
    canvas.text_wrapped("serif-italic", canvas.theme().size("subtitle") * big, subtitle,
                        ImVec2(cx - size.x * 0.46f, size.y * 0.13f + 118 * big), size.x * 0.92f, muted, Align::Centre,
                        reveal(0.2), 1.0f);

    // From the foot up: the keys, the cues due, the content notes; the generations above them.
    const float keys_y = size.y - 44 * s, cues_y = size.y - 76 * s;
    std::string notes;
    if (!story.content_notes.empty()) {
      notes = "This novel deals with ";
      for (std::size_t i = 0; i < story.content_notes.size(); ++i) {
        std::string note = story.content_notes[i].label;
        if (!note.empty()) note[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(note[0])));
        notes += (i == 0 ? "" : i + 1 == story.content_notes.size() ? " and " : ", ") + note;
      }
      notes += ". Lineage marks these moments before you reach them.";
    }
    float notes_h = notes.empty() ? 0.0f : canvas.measure_wrapped("sans", label, notes, measure_width);
    float notes_y = std::min(size.y * 0.80f, (story.cards.empty() ? keys_y : cues_y) - 8 * s - notes_h);

    // The generations, oldest first: the head of each lane.
    std::vector<std::pair<const Person*, std::string>> heads;  // the person, and her lane's title
    for (const Lane& lane : story.lanes)
      if (lane.person >= 0)
        heads.emplace_back(&story.people[lane.person], lane.title.empty() ? story.people[lane.person].name : lane.title);
    float y = std::min(size.y * 0.56f, notes_y - 96 * big - label * 1.4f - 8 * s);
    float span = std::min(size.x * 0.78f, 1500.0f * s);
    float left = cx - span * 0.5f;
    float step = heads.size() > 1 ? span / static_cast<float>(heads.size() - 1) : 0;
    if (heads.size() == 1) left = cx;
    if (heads.size() > 1)
      dl->AddLine(ImVec2(left, y), ImVec2(left + span, y), to_imgui(canvas.colour("accent"), 0.35f), 1.5f * s);
    for (std::size_t i = 0; i < heads.size(); ++i) {
      float x = left + step * static_cast<float>(i);
      float a = reveal(0.5 + 0.25 * static_cast<double>(i));
      const Person& person = *heads[i].first;
      dl->AddCircleFilled(ImVec2(x, y), 13 * s, to_imgui(canvas.colour("background"), a), 32);
      dl->AddCircle(ImVec2(x, y), 13 * s, to_imgui(person.colour, a), 32, 2.5f * s);
      dl->AddCircleFilled(ImVec2(x, y), 5 * s, to_imgui(person.colour, a), 24);
      canvas.text("serif", canvas.theme().size("heading") * 1.45f * big, heads[i].second, ImVec2(x, y + 30 * big),
                  person.colour, Align::Centre, a);
      if (person.generation > 0)
        canvas.text("sans", label, "generation " + std::to_string(person.generation), ImVec2(x, y + 96 * big), muted,
                    Align::Centre, a * 0.9f);
    }
    if (heads.empty())
      canvas.text("sans", canvas.theme().size("body") * s, "No story is loaded: open Story problems in the View menu.",
                  ImVec2(cx, y), canvas.colour("warning"), Align::Centre);

    // Content care starts here: say plainly what the novel deals with.
    if (!notes.empty())
      canvas.text_wrapped("sans", label, notes, ImVec2(cx - measure_width * 0.5f, notes_y), measure_width, muted,
                          Align::Centre, reveal(1.4));
    canvas.text_fit("sans", label, "Return  begin with the timeline      F4  lineage      F5  story mode      F12  diagnostics",
                    ImVec2(cx, keys_y), size.x * 0.96f, canvas.colour("accent"), Align::Centre, reveal(1.6));
    // The memory cues waiting for this reader today, and how to reach them and Ask.
    if (!story.cards.empty()) {
      const CueCounts& cues = cue_counts_.get(state);
      canvas.text_fit("sans", label, cues_due_words(cues) + ": F7 memory cues      Ctrl+K or /  ask", ImVec2(cx, cues_y),
                      size.x * 0.96f, muted, Align::Centre, reveal(1.6));
    }
  }

 private:
  double clock_ = 0;
  CueCountsCache cue_counts_;
};

}  // namespace

std::unique_ptr<Scene> make_title_scene() { return std::make_unique<TitleScene>(); }

}  // namespace lineage
