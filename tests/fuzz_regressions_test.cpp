// Every input the fuzzers ever failed on (fuzz/regressions/<target>/) and every seed
// (fuzz/corpus/<target>/), run through the fuzz target's own checks in the normal and ASan
// builds: a bug the fuzzers found stays fixed without clang or libFuzzer.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "fuzz/checks/targets.h"

namespace vitext::fuzz {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> inputs_in(const fs::path& dir) {
  std::vector<fs::path> out;
  if (!fs::is_directory(dir)) return out;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() != ".py") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::string read_bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Runs `target` on each file of `folder`/<target name>; returns how many ran.
size_t run_folder(const char* folder) {
  size_t ran = 0;
  for (const NamedTarget& t : kTargets) {
    for (const fs::path& p : inputs_in(fs::path(VITEXT_SOURCE_DIR) / folder / t.name)) {
      SCOPED_TRACE(p.string());
      try {
        t.run(read_bytes(p));
      } catch (const CheckFailure& e) {
        ADD_FAILURE() << t.name << " on " << p << ": " << e.what();
      }
      ++ran;
    }
  }
  return ran;
}

TEST(FuzzRegressions, SavedCrashInputsPassTheirChecks) {
  size_t ran = run_folder("fuzz/regressions");
  if (ran == 0) GTEST_SKIP() << "no saved inputs";
}

TEST(FuzzRegressions, SeedCorporaPassTheirChecks) { EXPECT_GT(run_folder("fuzz/corpus"), 100u); }

}  // namespace
}  // namespace vitext::fuzz
