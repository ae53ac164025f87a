// Runs iconv on bytes for the tests that cross-check vitext against glibc's converters.
#pragma once

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace vitext::testing {

// iconv -f FROM -t TO over `in`; false when iconv is missing or fails.
inline bool run_iconv(const std::string& from, const std::string& to, const std::string& in, std::string& out,
                      const std::string& extra_flags = "") {
  auto dir = std::filesystem::temp_directory_path();
  std::string tag = std::to_string(::getpid()) + "_" + std::to_string(reinterpret_cast<uintptr_t>(&in));
  auto src = dir / ("vitext_iconv_in_" + tag), dst = dir / ("vitext_iconv_out_" + tag);
  std::ofstream(src, std::ios::binary) << in;
  std::string cmd = "iconv " + extra_flags + " -f " + from + " -t " + to + " '" + src.string() + "' > '" +
                    dst.string() + "' 2>/dev/null";
  int rc = std::system(cmd.c_str());
  std::ifstream f(dst, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  out = ss.str();
  std::filesystem::remove(src);
  std::filesystem::remove(dst);
  return rc == 0;
}

inline bool have_iconv() { return std::system("iconv --version > /dev/null 2>&1") == 0; }

}  // namespace vitext::testing
