#include "app/stop_signal.hpp"

#include <csignal>

namespace lineage {
namespace {
volatile std::sig_atomic_t g_stop_signal = 0;

extern "C" void remember_stop(int signal) { g_stop_signal = signal; }
}  // namespace

void install_stop_handlers() {
  struct sigaction action {};
  action.sa_handler = remember_stop;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

int stop_signal() { return g_stop_signal; }

}  // namespace lineage
