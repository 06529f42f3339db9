#include "app/speak_command.hpp"

#include <iomanip>
#include <iostream>

#include "core/script/diagnostic.hpp"
#include "core/script/loader.hpp"
#include "core/speech/speech_text.hpp"
#include "core/speech/wav.hpp"
#include "speech/speech_engines.hpp"

namespace lineage {
namespace {

int list_voices(SpeechEngines& engines, std::ostream& out, std::ostream& err) {
  std::vector<Voice> voices = engines.voices();
  for (const Voice& v : voices) out << v.name << '\t' << v.language << '\t' << v.description << '\n';
  // An engine that could not start is an error, not a shorter list: readers were promised both.
  std::vector<std::string> problems = engines.problems();
  for (const std::string& p : problems) err << "lineage: " << p << '\n';
  return problems.empty() ? 0 : 1;
}

}  // namespace

int speak_command(const Options& options, const std::filesystem::path& story_dir, std::ostream& out, std::ostream& err) {
  SpeechEngines engines;
  if (options.list_voices) return list_voices(engines, out, err);
  LoadResult loaded = load_story(story_dir);
  if (!loaded.story) {
    for (const auto& d : loaded.diagnostics) err << format_diagnostic(d);
    err << "lineage: the story has errors; nothing was spoken\n";
    return 1;
  }
  const Story& story = *loaded.story;
  int moment = story.moment(options.moment);
  if (moment < 0) {
    err << "lineage: no moment '" << options.moment << "' in " << story_dir.string() << " (lineage dump --json lists them)\n";
    return 2;
  }
  VoiceChoice choice{options.voice, options.rate, options.pitch};
  Audio audio;
  audio.sample_rate = kSpeechRate;
  for (const Utterance& u : moment_utterances(story, moment)) {
    std::string error;
    // Without --voice, a person's account is read in the voice the script gives her.
    VoiceChoice said = choice;
    int person = u.role.empty() || !options.voice.empty() ? -1 : story.person(u.role);
    if (person >= 0)
      for (const Voice& v : engines.voices())  // only if installed here
        if (v.name == story.people[static_cast<std::size_t>(person)].voice) said.voice = v.name;
    if (!engines.synthesize(u.text, said, audio, error)) {
      err << "lineage: " << error << '\n';
      return options.voice.empty() || error.find("no voice named") == std::string::npos ? 1 : 2;
    }
    audio.samples.insert(audio.samples.end(), static_cast<std::size_t>(kSpeechRate * 0.35), 0);  // a breath between beats
  }
  if (std::string error = write_wav(options.out, audio); !error.empty()) {
    err << "lineage: " << error << '\n';
    return 1;
  }
  out << "wrote " << options.out << ": " << std::fixed << std::setprecision(1) << audio.seconds() << " s of \""
      << story.moments[static_cast<std::size_t>(moment)].title << "\"\n";
  return 0;
}

}  // namespace lineage
