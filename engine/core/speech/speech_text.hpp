// What is spoken, prepared from text already in the story (nothing is made up here): a
// moment read from its title and beats, a beat as story mode shows it, text cut into
// sentences (so synthesis can start playing early and stop at once), and plain ASCII
// punctuation for engines that spell out curly quotes. Also the reader's voice choices as
// the journal's per-profile settings keep them.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/model/story.hpp"
#include "core/speech/voice.hpp"

namespace lineage {

// What a person or screen says, with the voice role it is spoken in: "" the reader's own
// voice, a person id (her account), or "interpretation".
struct Utterance {
  std::string text;
  std::string role;
};

// A beat as story mode shows it: narration, an attributed line ("Blythe: ..."), a quotation,
// one account, a prompt's question. Tableau and pause beats say nothing ("").
Utterance beat_utterance(const Story& story, const Beat& beat);
// The whole moment, for `lineage speak --moment`: its title, then every beat with no
// condition (as a first reading meets them), or its summary if it has no such beats.
std::vector<Utterance> moment_utterances(const Story& story, int moment);

// Sentences of `text`, each with its closing punctuation; blank runs are dropped.
std::vector<std::string> speech_sentences(const std::string& text);
// Curly quotes, dashes and ellipses as ASCII; other non-ASCII letters kept as they are.
std::string ascii_punctuation(const std::string& text);
// Screen shorthand as words for the ear: "c. 1978" is "about 1978", a separating dot a comma.
std::string speakable(const std::string& text);

// The reader's voice settings, as kept in the journal's per-profile `settings` table.
struct ReadingVoices {
  VoiceChoice main;                            // the reader's voice
  std::map<std::string, std::string> by_role;  // role -> voice name (her own rate and pitch)
  bool read_each_beat = false;                 // story mode reads a beat as it appears
  bool auto_advance = false;                   // and moves on when the reading ends
  bool self_voicing = false;                   // speak what has focus and what changed

  VoiceChoice for_role(const std::string& role) const;
};
// Keys "speech.voice", "speech.rate", "speech.pitch", "speech.read-beats",
// "speech.auto-advance", "speech.self-voicing", "speech.voice.<role>".
std::map<std::string, std::string> voice_settings(const ReadingVoices& voices);
// Reads what `voice_settings` wrote; unknown or bad values leave the defaults.
ReadingVoices parse_voice_settings(const std::map<std::string, std::string>& settings);
// The keys parse_voice_settings reads, for a journal that is asked key by key.
std::vector<std::string> voice_setting_keys(const std::vector<std::string>& roles);

}  // namespace lineage
