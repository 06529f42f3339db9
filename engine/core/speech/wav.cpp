#include "core/speech/wav.hpp"

#include <cmath>
#include <cstdlib>
#include <fstream>

namespace lineage {
namespace {

void put32(std::string& s, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) s += static_cast<char>((v >> (8 * i)) & 0xff);
}
void put16(std::string& s, std::uint16_t v) {
  s += static_cast<char>(v & 0xff);
  s += static_cast<char>(v >> 8);
}
std::uint32_t get32(const std::string& s, std::size_t at) {
  std::uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(s[at + static_cast<std::size_t>(i)]);
  return v;
}
std::uint16_t get16(const std::string& s, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(s[at]) | (static_cast<unsigned char>(s[at + 1]) << 8));
}

}  // namespace

std::string write_wav(const std::filesystem::path& path, const Audio& audio) {
  const std::uint32_t data_bytes = static_cast<std::uint32_t>(audio.samples.size() * 2);
  std::string head;
  head += "RIFF";
  put32(head, 36 + data_bytes);
  head += "WAVEfmt ";
  put32(head, 16);
  put16(head, 1);  // PCM
  put16(head, 1);  // mono
  put32(head, static_cast<std::uint32_t>(audio.sample_rate));
  put32(head, static_cast<std::uint32_t>(audio.sample_rate * 2));
  put16(head, 2);
  put16(head, 16);
  head += "data";
  put32(head, data_bytes);
  std::string body;
  body.reserve(data_bytes);
  for (std::int16_t s : audio.samples) put16(body, static_cast<std::uint16_t>(s));
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return "cannot write " + path.string();
  out << head << body;
  out.flush();
  return out ? "" : "cannot write " + path.string();
}

bool read_wav(const std::filesystem::path& path, Audio& out, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return error = "cannot read " + path.string(), false;
  std::string s((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (s.size() < 12 || s.compare(0, 4, "RIFF") != 0 || s.compare(8, 4, "WAVE") != 0)
    return error = path.string() + " is not a WAV file", false;
  int channels = 0, bits = 0;
  bool have_format = false;
  for (std::size_t at = 12; at + 8 <= s.size();) {
    std::string id = s.substr(at, 4);
    std::size_t size = get32(s, at + 4), body = at + 8;
    if (body + size > s.size()) size = s.size() - body;
    if (id == "fmt " && size >= 16) {
      if (get16(s, body) != 1) return error = path.string() + " is not PCM", false;
      channels = get16(s, body + 2);
      out.sample_rate = static_cast<int>(get32(s, body + 4));
      bits = get16(s, body + 14);
      have_format = true;
    } else if (id == "data" && have_format) {
      if (bits != 16 || channels < 1) return error = path.string() + " is not 16-bit PCM", false;
      std::size_t frame = static_cast<std::size_t>(channels) * 2;
      out.samples.clear();
      for (std::size_t p = body; p + frame <= body + size; p += frame)
        out.samples.push_back(static_cast<std::int16_t>(get16(s, p)));
      return true;
    }
    at = body + size + (size & 1);
  }
  return error = path.string() + " has no audio data", false;
}

Loudness measure_loudness(const Audio& audio, double threshold) {
  Loudness l;
  if (audio.samples.empty()) return l;
  double total = 0;
  for (std::int16_t s : audio.samples) {
    total += static_cast<double>(s) * s;
    l.peak = std::max(l.peak, std::abs(static_cast<int>(s)));
  }
  l.rms = std::sqrt(total / static_cast<double>(audio.samples.size()));
  const std::size_t window = static_cast<std::size_t>(std::max(1, audio.sample_rate / 50));
  std::size_t windows = 0, loud = 0;
  for (std::size_t at = 0; at + window <= audio.samples.size(); at += window, ++windows) {
    double sum = 0;
    for (std::size_t i = at; i < at + window; ++i) sum += static_cast<double>(audio.samples[i]) * audio.samples[i];
    if (std::sqrt(sum / static_cast<double>(window)) > threshold) ++loud;
  }
  l.voiced_share = windows ? static_cast<double>(loud) / static_cast<double>(windows) : 0;
  return l;
}

}  // namespace lineage
