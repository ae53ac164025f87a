#include "progress_meter.h"

#include <unistd.h>

#include <cstdio>
#include <utility>

namespace vitext::cli {
namespace {

std::string clock_text(double seconds) {
  auto s = static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  return buf;
}

}  // namespace

ProgressMeter::Mode progress_mode(bool enabled) {
  if (!enabled) return ProgressMeter::Mode::kOff;
  return isatty(STDERR_FILENO) ? ProgressMeter::Mode::kBar : ProgressMeter::Mode::kLines;
}

ProgressMeter::ProgressMeter(Mode mode, double line_interval_seconds, uint64_t total_bytes, std::string command)
    : mode_(mode), command_(std::move(command)), interval_(mode == Mode::kBar ? 0.2 : line_interval_seconds), total_(total_bytes),
      start_(std::chrono::steady_clock::now()), last_(start_) {}

double ProgressMeter::elapsed_seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

std::string ProgressMeter::line(uint64_t documents, uint64_t bytes) const {
  double secs = elapsed_seconds();
  double mb = double(bytes) / 1e6;
  double rate = secs > 0 ? mb / secs : 0;
  char buf[256];
  int n = std::snprintf(buf, sizeof buf, "%llu documents, %.1f MB, %.2f MB/s, %.0f docs/s, %s",
                        static_cast<unsigned long long>(documents), mb, rate, secs > 0 ? double(documents) / secs : 0.0,
                        clock_text(secs).c_str());
  std::string s(buf, static_cast<size_t>(n));
  if (total_ > 0 && bytes <= total_) {
    double frac = double(bytes) / double(total_);
    std::snprintf(buf, sizeof buf, " [%3.0f%%", frac * 100);
    s = std::string(buf) + "] " + s;
    if (rate > 0) s += ", ETA " + clock_text((double(total_ - bytes) / 1e6) / rate);
  }
  return s;
}

void ProgressMeter::update(uint64_t documents, uint64_t bytes) {
  if (mode_ == Mode::kOff) return;
  if (++calls_ % 16 != 0) return;  // the clock is cheap, but not free
  auto now = std::chrono::steady_clock::now();
  if (std::chrono::duration<double>(now - last_).count() < interval_) return;
  last_ = now;
  if (mode_ == Mode::kBar) {
    std::fprintf(stderr, "\r\033[K%s", line(documents, bytes).c_str());
    drawn_ = true;
  } else {
    std::fprintf(stderr, "%s: %s\n", command_.c_str(), line(documents, bytes).c_str());
  }
  std::fflush(stderr);
}

void ProgressMeter::finish() {
  if (drawn_) std::fprintf(stderr, "\r\033[K");
  drawn_ = false;
}

}  // namespace vitext::cli
