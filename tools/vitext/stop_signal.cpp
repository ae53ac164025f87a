#include "stop_signal.h"

#include <csignal>

namespace vitext::cli {
namespace {

// A signal handler can only reach the process's globals: these two are the whole state.
std::atomic<bool> g_stop{false};
volatile std::sig_atomic_t g_signal = 0;
static_assert(std::atomic<bool>::is_always_lock_free, "set from a signal handler");

extern "C" void on_stop_signal(int sig) {
  g_signal = sig;
  g_stop.store(true, std::memory_order_relaxed);
}

}  // namespace

const std::atomic<bool>& install_stop_signals() {
  struct sigaction sa {};
  sa.sa_handler = on_stop_signal;
  sigemptyset(&sa.sa_mask);
  // SA_RESTART: reads in progress go on (the flag is checked between documents);
  // SA_RESETHAND: a second signal has its default effect.
  sa.sa_flags = SA_RESTART | SA_RESETHAND;
  sigaction(SIGTERM, &sa, nullptr);
  sigaction(SIGINT, &sa, nullptr);
  std::signal(SIGXFSZ, SIG_IGN);
  return g_stop;
}

int stop_signal_number() { return g_signal; }

}  // namespace vitext::cli
