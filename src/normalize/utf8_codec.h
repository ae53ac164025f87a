// Minimal UTF-8 decoding/encoding for the normaliser's scanner. The scanner works on text
// the decode stage has validated, but it must stay memory-safe on anything: a malformed
// sequence decodes as one byte (U+FFFD-like) and is passed through unchanged.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace vitext::normalize_detail {

struct Decoded {
  char32_t cp;
  uint32_t len;  // bytes consumed, >= 1
  bool valid;
};

inline Decoded decode_utf8(const unsigned char* s, size_t n, size_t i) {
  unsigned char b = s[i];
  if (b < 0x80) return {b, 1, true};
  auto cont = [&](size_t k) { return i + k < n && (s[i + k] & 0xC0) == 0x80; };
  if (b >= 0xC2 && b < 0xE0 && cont(1)) {
    return {static_cast<char32_t>(((b & 0x1F) << 6) | (s[i + 1] & 0x3F)), 2, true};
  }
  if (b >= 0xE0 && b < 0xF0 && cont(1) && cont(2)) {
    char32_t cp = ((b & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
    if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) return {cp, 3, true};
  }
  if (b >= 0xF0 && b < 0xF5 && cont(1) && cont(2) && cont(3)) {
    char32_t cp = ((b & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12) | ((s[i + 2] & 0x3F) << 6) |
                  (s[i + 3] & 0x3F);
    if (cp >= 0x10000 && cp <= 0x10FFFF) return {cp, 4, true};
  }
  return {0xFFFD, 1, false};
}

// Start of the character that ends just before byte `i` (i > 0).
inline size_t previous_char_start(const unsigned char* s, size_t i) {
  size_t j = i - 1;
  size_t limit = i >= 4 ? i - 4 : 0;
  while (j > limit && (s[j] & 0xC0) == 0x80) --j;
  return j;
}

inline void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Offset of the first byte that is not part of valid UTF-8, or -1.
int64_t first_invalid_utf8(std::string_view text);

}  // namespace vitext::normalize_detail
