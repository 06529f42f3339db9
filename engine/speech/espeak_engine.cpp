// eSpeak NG through its C API, synchronous mode: the callback hands over samples as they are
// made, and returning 1 from it stops synthesis (a reader moved on). eSpeak keeps global state,
// so every call holds one lock.
#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>

#include <algorithm>
#include <cctype>
#include <mutex>

#include "speech/speech_engines.hpp"

namespace lineage {
namespace {

std::mutex& espeak_lock() {
  static std::mutex m;
  return m;
}

struct Started {
  bool ok = false;
  std::string problem;
  int sample_rate = 0;
};

// Starts eSpeak once (under the lock). espeak_Initialize would exit() on missing data: the
// espeak_ng_* calls report instead.
const Started& start_espeak() {
  static Started started = [] {
    Started s;
    espeak_ng_InitializePath(nullptr);
    espeak_ng_ERROR_CONTEXT context = nullptr;
    espeak_ng_STATUS status = espeak_ng_Initialize(&context);
    if (status == ENS_OK) status = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, nullptr);
    if (status != ENS_OK) {
      char message[512] = {0};
      espeak_ng_GetStatusCodeMessage(status, message, sizeof message);
      espeak_ng_ClearErrorContext(&context);
      s.problem = std::string("espeak-ng: cannot start (") + message + "); apt-get install espeak-ng-data";
      return s;
    }
    s.sample_rate = espeak_ng_GetSampleRate();
    s.ok = s.sample_rate > 0;
    if (!s.ok) s.problem = "espeak-ng: no sample rate";
    return s;
  }();
  return started;
}

struct Collect {
  Audio* out = nullptr;
  int rate = 0;
  const std::atomic<bool>* cancel = nullptr;
  bool cancelled = false;
};

int on_samples(short* wav, int count, espeak_EVENT* events) {
  auto* c = events ? static_cast<Collect*>(events[0].user_data) : nullptr;
  if (!c) return 0;
  if (c->cancel && c->cancel->load()) {
    c->cancelled = true;
    return 1;
  }
  if (wav && count > 0) append_resampled(wav, static_cast<std::size_t>(count), c->rate, *c->out);
  return 0;
}

std::string lower(std::string s) {
  for (char& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s;
}

}  // namespace

std::vector<Voice> espeak_voices(std::string& problem) {
  std::lock_guard<std::mutex> hold(espeak_lock());
  const Started& s = start_espeak();
  if (!s.ok) return problem = s.problem, std::vector<Voice>{};
  std::vector<Voice> out;
  for (const espeak_VOICE** v = espeak_ListVoices(nullptr); v && *v; ++v) {
    const espeak_VOICE& voice = **v;
    if (!voice.languages || !voice.identifier) continue;
    std::string language = voice.languages + 1;  // a priority byte, then the language
    if (language != "en" && language.rfind("en-", 0) != 0) continue;
    std::string id = voice.identifier;
    std::string file = lower(id.substr(id.find_last_of('/') + 1));
    out.push_back(Voice{"espeak-" + file, "espeak-ng", language, std::string("eSpeak NG, ") + (voice.name ? voice.name : file), id});
  }
  std::sort(out.begin(), out.end(), [](const Voice& a, const Voice& b) { return a.name < b.name; });
  if (out.empty()) problem = "espeak-ng: no English voice installed; apt-get install espeak-ng-data";
  return out;
}

bool espeak_synthesize(const std::string& text, const Voice& voice, const VoiceChoice& choice, Audio& out,
                       std::string& error, const std::atomic<bool>* cancel) {
  std::lock_guard<std::mutex> hold(espeak_lock());
  const Started& s = start_espeak();
  if (!s.ok) return error = s.problem, false;
  if (espeak_ng_SetVoiceByName(voice.engine_id.c_str()) != ENS_OK)
    return error = "espeak-ng: cannot load voice " + voice.engine_id, false;
  espeak_ng_SetParameter(espeakRATE, std::clamp(choice.rate, VoiceChoice::kRateMin, VoiceChoice::kRateMax), 0);
  espeak_ng_SetParameter(espeakPITCH, std::clamp(choice.pitch, 0, 100), 0);
  espeak_SetSynthCallback(on_samples);
  out.sample_rate = kSpeechRate;
  Collect collect{&out, s.sample_rate, cancel, false};
  espeak_ng_STATUS status = espeak_ng_Synthesize(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0,
                                                 espeakCHARS_UTF8, nullptr, &collect);
  if (status == ENS_OK) status = espeak_ng_Synchronize();
  if (collect.cancelled) return error = "cancelled", false;
  if (status != ENS_OK) return error = "espeak-ng: synthesis failed", false;
  return true;
}

}  // namespace lineage
