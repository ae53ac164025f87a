#include "decode/utf8_validate.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace vitext::decoding {
namespace {

TEST(Utf8Validate, AgreesWithTheScalarReferenceOnCorruptedText) {
  const std::string base =
      "Công an tỉnh Thanh Hóa tổng kết năm 2023: hoàn thành 100% chỉ tiêu, Đà Nẵng, thuỷ, 🇻🇳 ✓ €. ";
  std::mt19937 rng(12345);
  const unsigned char specials[] = {0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0xA0, 0x9F, 0x8F, 0x90};
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    size_t len = 1 + rng() % 300;
    while (s.size() < len) s += base.substr(rng() % base.size(), 1 + rng() % 40);
    int corruptions = round % 4 == 0 ? 0 : 1 + static_cast<int>(rng() % 3);
    for (int c = 0; c < corruptions; ++c) {
      size_t at = rng() % s.size();
      if (rng() % 2) s[at] = static_cast<char>(specials[rng() % sizeof specials]);
      else s.erase(at, 1 + rng() % 2);
      if (s.empty()) s = "x";
    }
    ASSERT_EQ(valid_utf8_prefix(s), valid_utf8_prefix_scalar(s)) << "round " << round;
  }
}

TEST(Utf8Validate, CutSequencesAtBlockEdges) {
  for (size_t pad = 0; pad < 70; ++pad) {
    for (const char* tail : {"\xE1\xBB", "\xF0\x9F\x87", "\xC3", "\xE1\xBB\x87"}) {
      std::string s(pad, 'a');
      s += tail;
      s += std::string(70, 'b');
      ASSERT_EQ(valid_utf8_prefix(s), valid_utf8_prefix_scalar(s)) << pad << " " << tail;
    }
  }
}

}  // namespace
}  // namespace vitext::decoding
