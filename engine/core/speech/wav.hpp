// WAV files of speech: 16-bit mono PCM written by `lineage speak --out` and the speech
// recorder, read back by the tests (length, loudness) so they need no outside tool.
#pragma once

#include <filesystem>
#include <string>

#include "core/speech/voice.hpp"

namespace lineage {

// Writes `audio` as a RIFF/WAVE file. Returns an error message or "".
std::string write_wav(const std::filesystem::path& path, const Audio& audio);
// Reads a 16-bit PCM WAV (mono, or the first channel of several). False with `error` if not one.
bool read_wav(const std::filesystem::path& path, Audio& out, std::string& error);

// Loudness, for telling speech from silence: root mean square and peak, in sample units
// (0..32767), and the share of 20 ms windows louder than `threshold` RMS.
struct Loudness {
  double rms = 0;
  int peak = 0;
  double voiced_share = 0;
};
Loudness measure_loudness(const Audio& audio, double threshold = 300);

}  // namespace lineage
