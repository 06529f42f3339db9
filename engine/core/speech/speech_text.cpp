#include "core/speech/speech_text.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace lineage {
namespace {

const Person* person_at(const Story& story, int index) {
  return index >= 0 && static_cast<std::size_t>(index) < story.people.size() ? &story.people[static_cast<std::size_t>(index)]
                                                                              : nullptr;
}

std::string collapse_spaces(const std::string& text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

bool parse_int(const std::string& s, int& out) {
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size();
}

}  // namespace

Utterance beat_utterance(const Story& story, const Beat& beat) {
  const Person* speaker = person_at(story, beat.speaker);
  switch (beat.kind) {
    case BeatKind::Narrate: return {collapse_spaces(beat.text), ""};
    case BeatKind::Say:
      return {(speaker ? speaker->name + ": " : "") + collapse_spaces(beat.text), speaker ? speaker->id : ""};
    case BeatKind::Quote:
      return {collapse_spaces(beat.text) + (speaker ? " (" + speaker->name + ")" : ""), speaker ? speaker->id : ""};
    case BeatKind::Perspective: {
      const Person* who = beat.perspective == "interpretation" ? nullptr : person_at(story, story.person(beat.perspective));
      std::string lead = who ? "As " + who->name + " tells it: " : "One way to read it: ";
      return {lead + collapse_spaces(beat.text), beat.perspective};
    }
    case BeatKind::Prompt:
      if (beat.prompt >= 0 && static_cast<std::size_t>(beat.prompt) < story.prompts.size())
        return {"A question: " + collapse_spaces(story.prompts[static_cast<std::size_t>(beat.prompt)].text), ""};
      return {};
    case BeatKind::Tableau: case BeatKind::Pause: return {};
  }
  return {};
}

std::vector<Utterance> moment_utterances(const Story& story, int moment) {
  std::vector<Utterance> out;
  if (moment < 0 || static_cast<std::size_t>(moment) >= story.moments.size()) return out;
  const Moment& m = story.moments[static_cast<std::size_t>(moment)];
  out.push_back({collapse_spaces(m.title) + ".", ""});
  for (const Beat& beat : m.beats) {
    if (!beat.conditions.empty()) continue;
    Utterance u = beat_utterance(story, beat);
    if (!u.text.empty()) out.push_back(std::move(u));
  }
  if (out.size() == 1 && !m.summary.empty()) out.push_back({collapse_spaces(m.summary), ""});
  return out;
}

std::vector<std::string> speech_sentences(const std::string& text) {
  std::vector<std::string> out;
  std::string current;
  auto flush = [&] {
    std::size_t a = current.find_first_not_of(" \n\t\r");
    if (a != std::string::npos) out.push_back(current.substr(a, current.find_last_not_of(" \n\t\r") - a + 1));
    current.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    current += c;
    bool end = c == '.' || c == '!' || c == '?' || c == '\n';
    // A closing quote or bracket belongs to the sentence it closes.
    while (end && i + 1 < text.size() && (text[i + 1] == '"' || text[i + 1] == ')' || text[i + 1] == '\'')) current += text[++i];
    if (end && (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n')) flush();
  }
  flush();
  return out;
}

std::string ascii_punctuation(const std::string& text) {
  static const std::pair<const char*, const char*> kMap[] = {
      {"\u2018", "'"}, {"\u2019", "'"}, {"\u201C", "\""}, {"\u201D", "\""}, {"\u2014", ", "},
      {"\u2013", ", "}, {"\u2026", "..."}, {"\u00A0", " "}};
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    bool replaced = false;
    for (const auto& [from, to] : kMap) {
      std::size_t n = std::char_traits<char>::length(from);
      if (text.compare(i, n, from) == 0) {
        out += to;
        i += n;
        replaced = true;
        break;
      }
    }
    if (!replaced) out += text[i++];
  }
  return out;
}

std::string speakable(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    bool word_start = i == 0 || text[i - 1] == ' ' || text[i - 1] == '(';
    if (word_start && text.compare(i, 3, "c. ") == 0 && i + 3 < text.size() && std::isdigit(static_cast<unsigned char>(text[i + 3]))) {
      out += "about ";
      i += 2;
    } else if (text.compare(i, 2, "\u00b7") == 0) {
      while (!out.empty() && out.back() == ' ') out.pop_back();
      out += ", ";
      i += 1;
      while (i + 1 < text.size() && text[i + 1] == ' ') ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

VoiceChoice ReadingVoices::for_role(const std::string& role) const {
  VoiceChoice c = main;
  if (auto v = by_role.find(role); !role.empty() && v != by_role.end() && !v->second.empty()) c.voice = v->second;
  return c;
}

std::map<std::string, std::string> voice_settings(const ReadingVoices& v) {
  std::map<std::string, std::string> out{{"speech.voice", v.main.voice},
                                         {"speech.rate", std::to_string(v.main.rate)},
                                         {"speech.pitch", std::to_string(v.main.pitch)},
                                         {"speech.read-beats", v.read_each_beat ? "1" : "0"},
                                         {"speech.auto-advance", v.auto_advance ? "1" : "0"},
                                         {"speech.self-voicing", v.self_voicing ? "1" : "0"}};
  for (const auto& [role, voice] : v.by_role) out["speech.voice." + role] = voice;
  return out;
}

ReadingVoices parse_voice_settings(const std::map<std::string, std::string>& settings) {
  ReadingVoices v;
  int n = 0;
  for (const auto& [key, value] : settings) {
    if (key == "speech.voice") v.main.voice = value;
    else if (key == "speech.rate" && parse_int(value, n)) v.main.rate = std::clamp(n, VoiceChoice::kRateMin, VoiceChoice::kRateMax);
    else if (key == "speech.pitch" && parse_int(value, n)) v.main.pitch = std::clamp(n, 0, 100);
    else if (key == "speech.read-beats") v.read_each_beat = value == "1";
    else if (key == "speech.auto-advance") v.auto_advance = value == "1";
    else if (key == "speech.self-voicing") v.self_voicing = value == "1";
    else if (key.rfind("speech.voice.", 0) == 0 && key.size() > 13) v.by_role[key.substr(13)] = value;
  }
  return v;
}

std::vector<std::string> voice_setting_keys(const std::vector<std::string>& roles) {
  std::vector<std::string> keys{"speech.voice", "speech.rate", "speech.pitch", "speech.read-beats", "speech.auto-advance",
                                "speech.self-voicing"};
  for (const std::string& r : roles) keys.push_back("speech.voice." + r);
  return keys;
}

}  // namespace lineage
