// Tests that read data from outside the repository (../shared) or need an embedded model:
// they skip on a machine without it, but fail when VITEXT_REQUIRE_DATA=1 (set by .ci/run),
// so CI cannot pass by skipping them.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>

namespace vitext::testing {

inline bool data_required() {
  const char* v = std::getenv("VITEXT_REQUIRE_DATA");
  return v != nullptr && std::strcmp(v, "1") == 0;
}

}  // namespace vitext::testing

// Ends the test when `what` (a description) is missing: a failure under VITEXT_REQUIRE_DATA=1,
// a skip otherwise. For use in a TEST body or SetUp().
#define VITEXT_MISSING_DATA(what)                                                   \
  do {                                                                              \
    if (::vitext::testing::data_required()) {                                       \
      FAIL() << "missing " << (what) << " (VITEXT_REQUIRE_DATA=1: data is required)"; \
    }                                                                               \
    GTEST_SKIP() << "skipped: missing " << (what);                                  \
  } while (0)

// Ends the test as above unless the file at `path` exists.
#define VITEXT_NEED_DATA_FILE(path)                                        \
  do {                                                                     \
    if (!std::filesystem::exists(path)) VITEXT_MISSING_DATA(path);         \
  } while (0)
