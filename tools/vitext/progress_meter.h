// Progress of a long run on stderr: a bar redrawn in place when stderr is a terminal,
// a plain line every few seconds when it is not (logs, CI), nothing when disabled.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace vitext::cli {

class ProgressMeter {
 public:
  enum class Mode { kOff, kBar, kLines };
  // total_bytes: input size when known (enables the percentage and ETA), else 0. `command`
  // starts each progress line ("vitext process").
  ProgressMeter(Mode mode, double line_interval_seconds, uint64_t total_bytes, std::string command = "vitext process");

  // Cheap to call for every document: draws only when enough time has passed.
  void update(uint64_t documents, uint64_t bytes);
  // Clears the bar (the summary follows).
  void finish();

  double elapsed_seconds() const;

 private:
  std::string line(uint64_t documents, uint64_t bytes) const;

  Mode mode_;
  std::string command_;
  double interval_;
  uint64_t total_;
  std::chrono::steady_clock::time_point start_, last_;
  uint32_t calls_ = 0;
  bool drawn_ = false;
};

// Bar when stderr is a terminal, lines otherwise; kOff when `enabled` is false.
ProgressMeter::Mode progress_mode(bool enabled);

}  // namespace vitext::cli
