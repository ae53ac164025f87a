// FUZZ_CHECK: the invariants the fuzz targets assert. A failed check throws CheckFailure, so
// that the same target code serves two harnesses: libFuzzer (fuzz/*_fuzz.cpp with
// VITEXT_FUZZ_ENTRY), where it aborts and the input is saved as a crash, and the GoogleTest
// of tests/fuzz_regressions_test.cpp, where it becomes a test failure naming the input.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <string_view>

namespace vitext::fuzz {

class CheckFailure : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

[[noreturn]] inline void check_failed(const char* file, int line, const char* expr, const std::string& detail) {
  std::string what = std::string(file) + ":" + std::to_string(line) + ": invariant failed: " + expr;
  if (!detail.empty()) what += " (" + detail + ")";
  throw CheckFailure(what);
}

// What a target does with one input.
using Target = void (*)(std::string_view data);

// libFuzzer's entry: run the target, turn a failed invariant into a crash it records.
inline int run_fuzz_input(Target target, const uint8_t* data, size_t size) {
  try {
    target(std::string_view(reinterpret_cast<const char*>(data), size));
  } catch (const CheckFailure& e) {
    std::fprintf(stderr, "%s\n", e.what());
    std::abort();
  }
  return 0;
}

}  // namespace vitext::fuzz

#define FUZZ_CHECK(cond, detail)                                                  \
  do {                                                                           \
    if (!(cond)) ::vitext::fuzz::check_failed(__FILE__, __LINE__, #cond, (detail)); \
  } while (0)

// Each fuzz/<name>_fuzz.cpp defines its target and, in the fuzz build only, libFuzzer's entry.
#ifdef VITEXT_FUZZ_ENTRY
// Initialize runs the target once on a small input, so that loading the embedded models
// (seconds under ASan on a busy machine) is not charged to the first input's -timeout.
#define VITEXT_FUZZ_TARGET(fn)                                                   \
  extern "C" int LLVMFuzzerInitialize(int*, char***) {                           \
    static const char kWarmUp[] = "\x00\x43\xC3\xB4ng an.";                  \
    ::vitext::fuzz::run_fuzz_input(fn, reinterpret_cast<const uint8_t*>(kWarmUp), sizeof kWarmUp - 1); \
    return 0;                                                                    \
  }                                                                              \
  extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {      \
    return ::vitext::fuzz::run_fuzz_input(fn, data, size);                       \
  }
#else
#define VITEXT_FUZZ_TARGET(fn)
#endif
