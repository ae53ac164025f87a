// Minimal UTF-8 decoding for the scanners. The view is valid UTF-8, but the scanners must
// never read past the end or loop on a bad byte, so a malformed sequence decodes as one
// byte (U+FFFD) and scanning goes on.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace vitext::tokens {

struct Decoded {
  char32_t cp;
  uint32_t len;  // bytes consumed, >= 1
};

inline bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

inline Decoded decode_utf8(std::string_view s, size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  const size_t left = s.size() - i;
  const unsigned char b0 = p[0];
  if (b0 < 0x80) return {b0, 1};
  if (b0 >= 0xC2 && b0 < 0xE0 && left >= 2 && is_continuation(p[1]))
    return {static_cast<char32_t>(((b0 & 0x1F) << 6) | (p[1] & 0x3F)), 2};
  if (b0 >= 0xE0 && b0 < 0xF0 && left >= 3 && is_continuation(p[1]) && is_continuation(p[2])) {
    char32_t cp = ((b0 & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) return {cp, 3};
  }
  if (b0 >= 0xF0 && b0 < 0xF5 && left >= 4 && is_continuation(p[1]) && is_continuation(p[2]) &&
      is_continuation(p[3])) {
    char32_t cp = ((b0 & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    if (cp >= 0x10000 && cp <= 0x10FFFF) return {cp, 4};
  }
  return {0xFFFD, 1};
}

// The code point that ends just before byte `i` (i > 0), for looking one character back.
inline Decoded decode_utf8_before(std::string_view s, size_t i) {
  size_t start = i - 1;
  const size_t floor = i >= 4 ? i - 4 : 0;
  while (start > floor && is_continuation(static_cast<unsigned char>(s[start]))) --start;
  Decoded d = decode_utf8(s, start);
  if (start + d.len != i) return {0xFFFD, 1};
  return d;
}

}  // namespace vitext::tokens
