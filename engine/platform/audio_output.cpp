#include "platform/audio_output.hpp"

#include <SDL.h>
#include <dlfcn.h>

namespace lineage {
namespace {

// ALSA writes its own "ALSA lib conf.c:...: cannot find card '0'" lines to stderr while SDL
// looks for a device, a dozen on a machine with none; Lineage says once, itself, that there
// is no sound. SDL loads libasound itself (dlopen); we load the same library first and give
// it a handler that drops those lines. Never unloaded: the handler must outlive SDL's use.
using AlsaErrorHandler = void (*)(const char*, int, const char*, int, const char*, ...);
void drop_alsa_line(const char*, int, const char*, int, const char*, ...) {}

void quieten_alsa() {
  static bool done = false;
  if (done) return;
  done = true;
  void* alsa = dlopen("libasound.so.2", RTLD_NOW | RTLD_GLOBAL);
  if (!alsa) return;  // no ALSA here: nothing to quieten
  using SetHandler = int (*)(AlsaErrorHandler);
  if (auto set = reinterpret_cast<SetHandler>(dlsym(alsa, "snd_lib_error_set_handler"))) set(drop_alsa_line);
}

}  // namespace

std::unique_ptr<AudioOutput> AudioOutput::open(int sample_rate, std::string& error) {
  quieten_alsa();
  if (!SDL_WasInit(SDL_INIT_AUDIO) && SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
    error = std::string("no sound: ") + SDL_GetError();
    return nullptr;
  }
  SDL_AudioSpec want{}, have{};
  want.freq = sample_rate;
  want.format = AUDIO_S16SYS;
  want.channels = 1;
  want.samples = 2048;
  SDL_AudioDeviceID device = SDL_OpenAudioDevice(nullptr, 0, &want, &have, 0);  // SDL converts for us
  if (device == 0) {
    error = std::string("no sound device: ") + SDL_GetError();
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
    return nullptr;
  }
  std::unique_ptr<AudioOutput> out(new AudioOutput());
  out->device_ = device;
  out->sample_rate_ = sample_rate;
  SDL_PauseAudioDevice(device, 0);
  return out;
}

AudioOutput::~AudioOutput() {
  if (device_) {
    SDL_CloseAudioDevice(device_);
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
  }
}

void AudioOutput::play(const Audio& chunk) {
  if (device_ && !chunk.samples.empty())
    SDL_QueueAudio(device_, chunk.samples.data(), static_cast<Uint32>(chunk.samples.size() * sizeof(std::int16_t)));
}

void AudioOutput::stop() {
  if (device_) SDL_ClearQueuedAudio(device_);
}

double AudioOutput::queued_seconds() const {
  return device_ ? static_cast<double>(SDL_GetQueuedAudioSize(device_)) / (2.0 * sample_rate_) : 0;
}

}  // namespace lineage
