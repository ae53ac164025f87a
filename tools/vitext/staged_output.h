// StagedOutput: where `vitext process -o FILE` writes. Records go to FILE.part and are renamed
// to FILE only when the run is complete, so a run that is interrupted (SIGTERM, disk full,
// a crash) never leaves a FILE that looks finished, and running the same command again
// simply redoes it. Devices and pipes (/dev/stdout, /dev/full, a FIFO) are written directly.
#pragma once

#include <fstream>
#include <ostream>
#include <string>

#include "vitext/status.h"

namespace vitext::cli {

class StagedOutput {
 public:
  // "-" is standard output.
  Status open(const std::string& path);
  std::ostream& stream();
  // Where the bytes are being written (FILE.part while staged).
  const std::string& writing_to() const { return writing_; }
  bool staged() const { return staged_; }
  // The run is complete: FILE.part becomes FILE.
  Status commit();
  // The bytes are useless (a write failed midway): remove FILE.part.
  void discard();

 private:
  std::string path_, writing_;
  bool staged_ = false;
  std::ofstream file_;
};

}  // namespace vitext::cli
