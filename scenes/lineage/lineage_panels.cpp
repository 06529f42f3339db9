// The ImGui panels of the lineage scene: the time bar along the bottom (story-time slider and
// the view's switches) and the person card on the right (who she is, her family, her moments,
// themes and cited facts, and a way across to the timeline).
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "core/model/visibility.hpp"
#include "platform/imgui_style.hpp"
#include "scenes/widgets/prompt_answer.hpp"
#include "core/text/wrap.hpp"
#include "scenes/lineage/lineage_view.hpp"
#include "scenes/widgets/same_line.hpp"
#include "platform/voiced_widgets.hpp"

namespace lineage {
namespace {

constexpr ImGuiWindowFlags kFixed = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                                    ImGuiWindowFlags_NoSavedSettings | kNoFocusOnAppearing;

ImVec4 vec(Colour c, float alpha = 1) { return ImVec4(c.r / 255.0f, c.g / 255.0f, c.b / 255.0f, alpha); }

std::string join_names(const Story& story, const std::vector<int>& people) {
  std::string out;
  for (std::size_t i = 0; i < people.size(); ++i)
    out += (i == 0 ? "" : i + 1 == people.size() ? " and " : ", ") + story.people[people[i]].name;
  return out;
}

const char* status_words(PartnerStatus s) {
  switch (s) {
    case PartnerStatus::Separated: return "separated";
    case PartnerStatus::Divorced: return "divorced";
    case PartnerStatus::Widowed: return "widowed";
    default: return "together";
  }
}

void heading(const char* text) {
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
  ImGui::TextUnformatted(text);
  ImGui::PopStyleColor();
  ImGui::Separator();
}

}  // namespace

// The moment's words inside the slider, beside its handle rather than under it: on the side
// with more room, shortened with "…" if even that is too narrow (the card and the diagram's
// heading say it whole).
static void draw_slider_words(const std::string& words, int stop, int count) {
  ImVec2 lo = ImGui::GetItemRectMin(), hi = ImGui::GetItemRectMax();
  const ImGuiStyle& style = ImGui::GetStyle();
  float pad = 2.0f, slider = hi.x - lo.x - pad * 2;
  float grab = std::max(slider / static_cast<float>(count), style.GrabMinSize);
  float t = count > 1 ? static_cast<float>(stop) / static_cast<float>(count - 1) : 0.0f;
  float grab_x0 = lo.x + pad + t * (slider - grab), grab_x1 = grab_x0 + grab;
  float gap = style.FramePadding.x * 2;
  bool right = hi.x - grab_x1 > grab_x0 - lo.x;
  float x0 = right ? grab_x1 + gap : lo.x + gap, x1 = right ? hi.x - gap : grab_x0 - gap;
  if (x1 - x0 < ImGui::GetFontSize()) return;
  std::string shown = ellipsize_text(words, x1 - x0, [](std::string_view s) {
    return ImGui::CalcTextSize(s.data(), s.data() + s.size()).x;
  });
  float w = ImGui::CalcTextSize(shown.c_str()).x;
  ImVec2 at((x0 + x1 - w) * 0.5f, (lo.y + hi.y - ImGui::GetFontSize()) * 0.5f);
  ImGui::GetWindowDrawList()->AddText(at, ImGui::GetColorU32(ImGuiCol_Text), shown.c_str());
}

void draw_time_bar(AppState& state, LineageView& view, float x0, float x1, float height) {
  const Story& story = *state.story;
  ImVec2 display = ImGui::GetIO().DisplaySize;
  ImGui::SetNextWindowPos(ImVec2(x0, display.y - height));
  ImGui::SetNextWindowSize(ImVec2(x1 - x0, height));
  ImGui::SetNextWindowBgAlpha(0.92f);
  if (ImGui::Begin("##lineage-time", nullptr, kFixed | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar)) {
    int count = static_cast<int>(view.stops.size());
    if (count > 0) {
      const Moment& m = story.moments[view.stops[std::clamp(view.stop, 0, count - 1)]];
      std::string label = when_short(m.when) + "  \u00b7  " + m.title;
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted(view.time_mode ? "Story time (T: \u2190 \u2192)" : "Story time");
      ImGui::SameLine();
      ImGui::SetNextItemWidth(std::max(200.0f, ImGui::GetContentRegionAvail().x));
      int stop = view.stop;
      const std::string place = label + ", " + std::to_string(view.stop + 1) + " of " + std::to_string(count);
      voiced::name_next_item("Story time");
      if (voiced::SliderInt("##story-time", &stop, 0, count - 1, "", place.c_str())) set_stop(state, view, stop);
      draw_slider_words(label, view.stop, count);
    } else {
      ImGui::TextDisabled("No moments are within your reading milestone yet.");
    }
    // At 150% and 200% the row wraps rather than running off the bar (the bar grows to hold it).
    bool pattern = view.pattern, legend = view.legend;
    const char* cycle = view.cycle ? "Leave the cycle (C)" : "Step through the cycle (C)";
    const char* hint = "  Arrows move \u00b7 Return opens \u00b7 drag pans \u00b7 wheel zooms";
    voiced::Group toolbar;
    if (voiced::Checkbox("Pattern (P)", &pattern)) state.outbox.post(Command::action(kPattern));
    same_line_if_fits(button_width(cycle));
    if (voiced::Button(cycle)) state.outbox.post(Command::action(kCycle));
    same_line_if_fits(checkbox_width("Legend (L)"));
    if (voiced::Checkbox("Legend (L)", &legend)) state.outbox.post(Command::action(kLegend));
    same_line_if_fits(button_width("Fit (Home)"));
    if (voiced::Button("Fit (Home)")) state.outbox.post(Command::simple(Command::Kind::Home));
    same_line_if_room(hint, 0, false);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    ImGui::TextWrapped("%s", hint);  // on a narrow bar at 200%, even alone on its line it wraps
    ImGui::PopStyleColor();
    view.time_bar_needed = ImGui::GetCursorPosY() + ImGui::GetStyle().WindowPadding.y - ImGui::GetStyle().ItemSpacing.y;
  }
  ImGui::End();
}

void draw_person_card(AppState& state, LineageView& view, float x0, float width) {
  const Story& story = *state.story;
  const Person& person = story.people[view.selected];
  const int limit = view.limit;
  ImVec2 display = ImGui::GetIO().DisplaySize;
  ImGui::SetNextWindowPos(ImVec2(x0, state.content_top));
  ImGui::SetNextWindowSize(ImVec2(width, display.y - state.content_top));
  bool open = true;
  std::string title = person.name + "###lineage-card";
  if (ImGui::Begin(title.c_str(), &open, kFixed)) {
    ImGui::PushFont(panel_font(PanelFont::Heading));
    ImGui::PushStyleColor(ImGuiCol_Text, vec(person.colour.r + person.colour.g + person.colour.b > 200 ? person.colour : Colour{236, 230, 222, 255}));
    ImGui::TextUnformatted(person.name.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    std::string subtitle = "Generation " + std::to_string(person.generation);
    std::string years = person_years(person, view.family.deceased[view.selected]);
    if (!years.empty()) subtitle += "  \u00b7  " + years;
    ImGui::TextDisabled("%s", subtitle.c_str());

    // Read aloud: the card's own lines, gathered as they are drawn, posted at its end.
    std::string spoken = person.name + ". " + subtitle + ". ";
    if (description_visible(story, view.selected, limit)) spoken += person.description + " ";
    ImGui::PushFont(panel_font(PanelFont::Reading));
    ImGui::Spacing();
    // Descriptions are written for the whole book: one naming someone not yet met waits.
    if (description_visible(story, view.selected, limit)) ImGui::TextWrapped("%s", person.description.c_str());
    else ImGui::TextDisabled("More about this person as you read on.");
    if (!person.narrator_note.empty() && names_only_known(story, person.narrator_note, limit)) {
      spoken += person.narrator_note + " ";
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
      ImGui::TextWrapped("%s", person.narrator_note.c_str());
      ImGui::PopStyleColor();
    }
    ImGui::PopFont();

    bool read_aloud = false;
    {
      voiced::Group buttons;
      if (voiced::Button("Show on timeline")) {
        auto moments = moments_of(story, view.selected, limit);
        state.outbox.post(Command::show_on_timeline(person.id, moments.empty() ? "" : story.moments[moments.front()].id));
      }
      same_line_if_room("Read aloud");  // at 150% and 200% it goes below rather than off the card
      read_aloud = voiced::Button("Read aloud");
    }

    // Family, from the model's links, within the spoiler limit.
    auto in_reach = [&](int p) { return view.layout.node_of(p) >= 0; };
    std::vector<int> parents, children;
    for (const ParentLink& l : story.parents) {
      if (l.child == view.selected && in_reach(l.parent)) parents.push_back(l.parent);
      if (l.parent == view.selected && in_reach(l.child)) children.push_back(l.child);
    }
    heading("FAMILY");
    bool woman = person.sex == Sex::Female, man = person.sex == Sex::Male;
    if (!parents.empty()) {
      ImGui::TextWrapped("%s of %s", woman ? "Daughter" : man ? "Son" : "Child", join_names(story, parents).c_str());
      spoken += std::string(woman ? "Daughter" : man ? "Son" : "Child") + " of " + join_names(story, parents) + ". ";
    }
    for (std::size_t i = 0; i < story.partnerships.size(); ++i) {
      const Partnership& pt = story.partnerships[i];
      int other = pt.a == view.selected ? pt.b : pt.b == view.selected ? pt.a : -1;
      if (other < 0 || !in_reach(other) || (pt.begins >= 0 && !state.can_see(pt.begins))) continue;
      bool ended = pt.ends < 0 || state.can_see(pt.ends);
      std::string status = pt.status != PartnerStatus::Married && ended ? std::string(" (") + status_words(pt.status) + ")" : "";
      ImGui::TextWrapped("Partner of %s%s", story.people[other].name.c_str(), status.c_str());
      spoken += "Partner of " + story.people[other].name + status + ". ";
    }
    if (!children.empty()) {
      ImGui::TextWrapped("%s of %s", woman ? "Mother" : man ? "Father" : "Parent", join_names(story, children).c_str());
      spoken += std::string(woman ? "Mother" : man ? "Father" : "Parent") + " of " + join_names(story, children) + ". ";
    }
    for (int link : view.chain)
      if (story.parents[link].child == view.selected && view.family.link_labelled[link]) {
        ImGui::PushStyleColor(ImGuiCol_Text, vec(view.style.pattern));
        ImGui::TextWrapped("From her mother: %s", story.parents[link].label.c_str());
        ImGui::PopStyleColor();
      }

    heading("RELATIONSHIPS");
    for (const BondRoute& route : view.routes) {
      const Bond& b = story.bonds[route.bond];
      if (b.from != view.selected && b.to != view.selected) continue;
      int other = b.from == view.selected ? b.to : b.from;
      const LineStyle& line = view.style.bond(b.kind);
      std::string text = line.name + (b.mutual ? " with " : b.from == view.selected ? " towards " : " from ") +
                         story.people[other].name + ": " + b.label + (b.perspective.empty() ? "" : " (" + b.perspective + ")");
      spoken += text + ". ";
      ImGui::PushStyleColor(ImGuiCol_Text, vec(line.colour));
      ImGui::Bullet();
      ImGui::TextWrapped("%s", text.c_str());
      ImGui::PopStyleColor();
    }

    // Self-voicing: a newly chosen person is read as her card shows her.
    if (read_aloud || (state.voices.self_voicing && view.voiced != view.selected)) state.outbox.post(Command::speak(spoken));
    view.voiced = view.selected;

    heading("MOMENTS SHE IS IN");
    voiced::Group rows;
    for (int m : moments_of(story, view.selected, limit)) {
      std::string label = when_short(story.moments[m].when) + "   " + story.moments[m].title + "##m" + std::to_string(m);
      bool here = view.stop >= 0 && view.stop < static_cast<int>(view.stops.size()) && view.stops[view.stop] == m;
      if (voiced::Selectable(label.c_str(), here)) {
        auto it = std::find(view.stops.begin(), view.stops.end(), m);
        if (it != view.stops.end()) set_stop(state, view, static_cast<int>(it - view.stops.begin()));
      }
    }
    auto themes = themes_of(story, view.selected, limit);
    if (!themes.empty()) {
      heading("THEMES");
      for (int t : themes) {
        // The theme's colour marks its bullet; the name is in the card's text colour, since a
        // theme's colour is chosen for dots and strands (Grief's #4a4e69 reads at 2:1 on the card).
        if (story.themes[t].colour.a) ImGui::PushStyleColor(ImGuiCol_Text, vec(story.themes[t].colour));
        ImGui::Bullet();
        if (story.themes[t].colour.a) ImGui::PopStyleColor();
        ImGui::TextWrapped("%s", story.themes[t].name.c_str());
      }
    }
    std::vector<int> facts;
    for (int f : person.facts)
      if (fact_visible(story, f, limit)) facts.push_back(f);
    if (!facts.empty()) {
      heading("FROM THE NOTES");
      ImGui::PushFont(panel_font(PanelFont::Reading));
      for (int f : facts) {
        const Fact& fact = story.facts[f];
        std::string cites;
        for (const Citation& c : fact.cites)
          if (c.source >= 0) cites += (cites.empty() ? "" : ", ") + story.sources[c.source].id + ":" + std::to_string(c.line);
        ImGui::TextWrapped("%s", fact.text.c_str());
        if (!cites.empty()) ImGui::TextDisabled("(%s)", cites.c_str());
        ImGui::Spacing();
      }
      ImGui::PopFont();
    }
    // Her reflection prompts, answered here and kept in the reader's journal.
    auto prompts = prompts_about(story, Subject::Kind::Person, view.selected, limit);
    if (!prompts.empty()) {
      heading("REFLECT");
      for (int p : prompts) {
        ImGui::PushID(p);
        draw_prompt_answer(story, p, state);
        ImGui::PopID();
        ImGui::Spacing();
      }
    }
  }
  ImGui::End();
  if (!open) view.card_open = false;
}

}  // namespace lineage
