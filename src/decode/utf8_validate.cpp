#include "decode/utf8_validate.h"

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <algorithm>

#include "core/utf8.h"

namespace vitext::decoding {
namespace {

// Allowed range of the second byte after a lead byte (Unicode table 3-7); the others
// are always 0x80..0xBF.
struct SecondByteRange {
  unsigned char lo, hi;
};
SecondByteRange second_range(unsigned char lead) {
  if (lead == 0xE0) return {0xA0, 0xBF};
  if (lead == 0xED) return {0x80, 0x9F};
  if (lead == 0xF0) return {0x90, 0xBF};
  if (lead == 0xF4) return {0x80, 0x8F};
  return {0x80, 0xBF};
}

size_t sequence_length(unsigned char lead) {
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;  // ASCII is handled by callers; 0x80..0xC1 and 0xF5..0xFF never lead
}

}  // namespace

size_t valid_utf8_prefix_scalar(std::string_view sv) {
  const auto* p = reinterpret_cast<const unsigned char*>(sv.data());
  const size_t n = sv.size();
  size_t i = 0;
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  while (i < n) {
    if (i + 16 <= n) {
      uint64_t a, b;
      std::memcpy(&a, p + i, 8);
      std::memcpy(&b, p + i + 8, 8);
      if (((a | b) & kHigh) == 0) {
        i += 16;
        continue;
      }
    }
    const utf8::Decoded d = utf8::decode(p, n, i);  // the one reader: table 3-7 as well
    if (!d.valid) return i;
    i += d.len;
  }
  return n;
}

size_t valid_utf8_prefix(std::string_view s) {
  size_t start = 0;
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
  if (s.size() >= 64 && __builtin_cpu_supports("avx2"))
    start = valid_utf8_prefix_avx2(reinterpret_cast<const unsigned char*>(s.data()), s.size());
#endif
  return start + valid_utf8_prefix_scalar(s.substr(start));
}

size_t maximal_subpart_length(std::string_view s, size_t pos) {
  auto lead = static_cast<unsigned char>(s[pos]);
  size_t len = sequence_length(lead);
  if (len == 0) return 1;
  size_t k = 1;
  if (pos + k < s.size()) {
    auto r = second_range(lead);
    auto c1 = static_cast<unsigned char>(s[pos + k]);
    if (c1 < r.lo || c1 > r.hi) return 1;
    ++k;
  }
  while (k < len && pos + k < s.size() && utf8::is_continuation(static_cast<unsigned char>(s[pos + k]))) ++k;
  return k;
}

std::string describe_invalid_utf8(std::string_view s, size_t pos) {
  auto lead = static_cast<unsigned char>(s[pos]);
  size_t sub = maximal_subpart_length(s, pos);
  size_t shown = std::min(s.size() - pos, sub + 1);
  std::string bytes;
  char buf[8];
  for (size_t k = 0; k < shown && k < 4; ++k) {
    std::snprintf(buf, sizeof buf, "%s0x%02X", k ? " " : "", static_cast<unsigned char>(s[pos + k]));
    bytes += buf;
  }
  const char* why;
  if (lead >= 0x80 && lead <= 0xBF) {
    why = "a continuation byte without a lead byte";
  } else if (lead == 0xC0 || lead == 0xC1) {
    why = "an overlong encoding";
  } else if (lead >= 0xF5) {
    why = "a byte that never occurs in UTF-8";
  } else if (pos + sub >= s.size()) {
    why = "a sequence cut off by the end of the input";
  } else if (sub == 1 && lead == 0xED && utf8::is_continuation(static_cast<unsigned char>(s[pos + 1]))) {
    why = "an encoded UTF-16 surrogate";
  } else if (sub == 1 && (lead == 0xE0 || lead == 0xF0) && utf8::is_continuation(static_cast<unsigned char>(s[pos + 1]))) {
    why = "an overlong encoding";
  } else if (sub == 1 && lead == 0xF4 && utf8::is_continuation(static_cast<unsigned char>(s[pos + 1]))) {
    why = "a code point above U+10FFFF";
  } else {
    why = "not a valid continuation byte";
  }
  return bytes + ": " + why;
}

}  // namespace vitext::decoding
