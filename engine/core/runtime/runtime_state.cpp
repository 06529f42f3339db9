// Writing and reading story mode's state: one `key value ...` line per fact. Ids never contain
// spaces (the script language allows lowercase letters, digits and '-'), so splitting on
// whitespace is enough. No SDL here.
#include "core/runtime/runtime_state.hpp"

#include <sstream>
#include <vector>

namespace lineage {
namespace {

constexpr const char* kHeader = "lineage-story-state 1";

const char* stage_id(Stage stage) {
  switch (stage) {
    case Stage::Care: return "care";
    case Stage::Beat: return "beat";
    case Stage::Summary: return "summary";
    case Stage::Reading: return "reading";
  }
  return "reading";
}

std::optional<Stage> stage_from_id(const std::string& id) {
  for (Stage s : {Stage::Care, Stage::Beat, Stage::Summary, Stage::Reading})
    if (id == stage_id(s)) return s;
  return std::nullopt;
}

std::vector<std::string> words(const std::string& line) {
  std::istringstream in(line);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

int to_int(const std::string& text, int fallback) {
  try {
    std::size_t used = 0;
    int v = std::stoi(text, &used);
    return used == text.size() ? v : fallback;
  } catch (...) {
    return fallback;
  }
}

}  // namespace

const char* care_id(CareChoice choice) {
  switch (choice) {
    case CareChoice::Show: return "show";
    case CareChoice::Gentle: return "gentle";
    case CareChoice::Skip: return "skip";
  }
  return "show";
}

std::optional<CareChoice> care_from_id(const std::string& id) {
  for (CareChoice c : {CareChoice::Show, CareChoice::Gentle, CareChoice::Skip})
    if (id == care_id(c)) return c;
  return std::nullopt;
}

std::string serialise(const RuntimeState& s) {
  std::ostringstream out;
  out << kHeader << '\n';
  out << "order " << (s.order == StoryOrder::Telling ? "telling" : "chronological") << '\n';
  out << "at " << stage_id(s.stage) << ' ' << (s.moment.empty() ? "-" : s.moment) << ' ' << s.beat << '\n';
  if (!s.tableau.empty()) out << "tableau " << s.tableau << ' ' << (s.mood.empty() ? "-" : s.mood) << '\n';
  // A line of its own, so a saved form without it (older versions) still reads as "no state".
  if (!s.tableau_state.empty()) out << "tableau-state " << s.tableau_state << '\n';
  for (const auto& [moment, choice] : s.care) out << "care " << moment << ' ' << care_id(choice) << '\n';
  for (const auto& [prompt, option] : s.choices) out << "choice " << prompt << ' ' << option << '\n';
  for (const auto& [prompt, point] : s.scales) out << "scale " << prompt << ' ' << point << '\n';
  for (const auto& [prompt, e] : s.evidence)
    out << "evidence " << prompt << ' ' << e.reading << ' ' << e.confidence << '\n';
  for (const auto& [moment, lens] : s.lens) out << "lens " << moment << ' ' << lens << '\n';
  return out.str();
}

std::optional<RuntimeState> deserialise(const std::string& text, const Story& story) {
  std::istringstream in(text);
  std::string line;
  if (!std::getline(in, line) || line != kHeader) return std::nullopt;
  RuntimeState s;
  auto known_moment = [&](const std::string& id) { return story.moment(id) >= 0; };
  auto known_prompt = [&](const std::string& id) { return story.prompt(id) >= 0; };
  auto known_reading = [&](const std::string& prompt, const std::string& reading) {
    for (const PromptOption& o : story.prompts[static_cast<std::size_t>(story.prompt(prompt))].options)
      if (o.id == reading) return true;
    return false;
  };
  while (std::getline(in, line)) {
    std::vector<std::string> w = words(line);
    if (w.empty()) continue;
    const std::string& key = w[0];
    if (key == "order" && w.size() == 2) {
      s.order = w[1] == "telling" ? StoryOrder::Telling : StoryOrder::Chronological;
    } else if (key == "at" && w.size() == 4) {
      if (auto stage = stage_from_id(w[1])) s.stage = *stage;
      s.moment = w[2] == "-" ? "" : w[2];
      s.beat = to_int(w[3], -1);
    } else if (key == "tableau" && w.size() == 3) {
      s.tableau = w[1];
      s.mood = w[2] == "-" ? "" : w[2];
    } else if (key == "tableau-state" && w.size() == 2) {
      s.tableau_state = w[1];
    } else if (key == "care" && w.size() == 3 && known_moment(w[1])) {
      if (auto c = care_from_id(w[2])) s.care[w[1]] = *c;
    } else if (key == "choice" && w.size() == 3 && known_prompt(w[1])) {
      s.choices[w[1]] = w[2];
    } else if (key == "scale" && w.size() == 3 && known_prompt(w[1])) {
      int point = to_int(w[2], 0);
      if (point > 0) s.scales[w[1]] = point;
    } else if (key == "evidence" && w.size() == 4 && known_prompt(w[1])) {
      int confidence = to_int(w[3], 0);
      if (known_reading(w[1], w[2]) && confidence >= 1 && confidence <= 5) s.evidence[w[1]] = EvidenceChoice{w[2], confidence};
    } else if (key == "lens" && w.size() == 3 && known_moment(w[1])) {
      s.lens[w[1]] = w[2];
    }
  }
  return s;
}

}  // namespace lineage
