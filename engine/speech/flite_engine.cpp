// Flite with the CMU US voices Debian's flite1-dev ships (kal, kal16, awb, rms, slt). They are
// compiled in: registering one builds it once. Rate and pitch are the voice's own features
// (duration_stretch, int_f0_target_mean), set before each sentence under one lock.
extern "C" {
#include <flite/flite.h>
}

#include <algorithm>
#include <map>
#include <mutex>

#include "core/speech/speech_text.hpp"
#include "speech/speech_engines.hpp"

extern "C" {
cst_voice* register_cmu_us_kal(const char* voxdir);
cst_voice* register_cmu_us_kal16(const char* voxdir);
cst_voice* register_cmu_us_awb(const char* voxdir);
cst_voice* register_cmu_us_rms(const char* voxdir);
cst_voice* register_cmu_us_slt(const char* voxdir);
}

namespace lineage {
namespace {

struct FliteVoice {
  const char* name;
  const char* description;
  cst_voice* (*reg)(const char*);
};

const FliteVoice kVoices[] = {
    {"flite-awb", "Flite, CMU US AWB (male, Scottish English)", register_cmu_us_awb},
    {"flite-kal", "Flite, CMU US KAL (male, US English, 8 kHz diphones)", register_cmu_us_kal},
    {"flite-kal16", "Flite, CMU US KAL16 (male, US English, 16 kHz diphones)", register_cmu_us_kal16},
    {"flite-rms", "Flite, CMU US RMS (male, US English)", register_cmu_us_rms},
    {"flite-slt", "Flite, CMU US SLT (female, US English)", register_cmu_us_slt},
};

std::mutex& flite_lock() {
  static std::mutex m;
  return m;
}

struct Loaded {
  cst_voice* voice = nullptr;
  float base_pitch = 100;
};

// Under the lock. Null if the voice could not be built.
Loaded* load(const FliteVoice& v) {
  static bool started = (flite_init(), true);
  (void)started;
  static std::map<std::string, Loaded> loaded;
  auto it = loaded.find(v.name);
  if (it == loaded.end()) {
    Loaded l;
    l.voice = v.reg(nullptr);
    if (l.voice) l.base_pitch = get_param_float(l.voice->features, "int_f0_target_mean", 100.0f);
    it = loaded.emplace(v.name, l).first;
  }
  return it->second.voice ? &it->second : nullptr;
}

}  // namespace

std::vector<Voice> flite_voices(std::string& problem) {
  std::lock_guard<std::mutex> hold(flite_lock());
  std::vector<Voice> out;
  for (const FliteVoice& v : kVoices)
    if (load(v)) out.push_back(Voice{v.name, "flite", "en-us", v.description, v.name});
  if (out.empty()) problem = "flite: no voice could be built; apt-get install flite1-dev";
  return out;
}

bool flite_synthesize(const std::string& text, const Voice& voice, const VoiceChoice& choice, Audio& out,
                      std::string& error, const std::atomic<bool>* cancel) {
  const FliteVoice* which = nullptr;
  for (const FliteVoice& v : kVoices)
    if (voice.name == v.name) which = &v;
  if (!which) return error = "flite: no voice " + voice.name, false;
  out.sample_rate = kSpeechRate;
  // Sentence by sentence: Flite cannot be stopped inside one, so this is how it stops early.
  for (const std::string& sentence : speech_sentences(ascii_punctuation(text))) {
    if (cancel && cancel->load()) return error = "cancelled", false;
    std::lock_guard<std::mutex> hold(flite_lock());
    Loaded* l = load(*which);
    if (!l) return error = "flite: cannot build voice " + voice.name, false;
    feat_set_float(l->voice->features, "duration_stretch",
                   170.0f / static_cast<float>(std::clamp(choice.rate, VoiceChoice::kRateMin, VoiceChoice::kRateMax)));
    feat_set_float(l->voice->features, "int_f0_target_mean",
                   l->base_pitch * (0.6f + 0.8f * static_cast<float>(std::clamp(choice.pitch, 0, 100)) / 100.0f));
    cst_wave* wave = flite_text_to_wave(sentence.c_str(), l->voice);
    if (!wave) return error = "flite: synthesis failed", false;
    int channels = std::max(1, wave->num_channels);
    std::vector<std::int16_t> mono;
    mono.reserve(static_cast<std::size_t>(wave->num_samples));
    for (int i = 0; i < wave->num_samples; ++i) mono.push_back(wave->samples[i * channels]);
    append_resampled(mono.data(), mono.size(), wave->sample_rate, out);
    delete_wave(wave);
  }
  return true;
}

}  // namespace lineage
