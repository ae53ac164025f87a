// THE definition of reading and writing UTF-8 code points in vitext: every stage, trainer
// and check that walks text one character at a time uses these. (Validating whole buffers
// fast, with U+FFFD substitution of maximal subparts, is the decode stage's job:
// src/decode/utf8_validate.h.)
//
// Reading is strict (Unicode table 3-7: no overlongs, no surrogates, nothing above
// U+10FFFF) and memory-safe on any bytes: an ill-formed byte decodes as U+FFFD with
// valid = false and a length of 1, so a scanner moves on by one byte and never loops.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace vitext::utf8 {

inline constexpr char32_t kReplacement = 0xFFFD;

struct Decoded {
  char32_t cp;
  uint32_t len;  // bytes consumed, >= 1
  bool valid;
};

constexpr bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// The code point starting at s[i] (i < n), over char or unsigned char bytes. Always
// inlined: the scanners and the syllable folding call it once per character, and a call
// there costs more than the decoding. constexpr, so tables can be built from UTF-8 literals.
template <typename Byte>
[[gnu::always_inline]] constexpr Decoded decode(const Byte* s, size_t n, size_t i) {
  auto at = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b = at(i);
  if (b < 0x80) return {b, 1, true};
  auto cont = [&](size_t k) { return i + k < n && is_continuation(at(i + k)); };
  if (b >= 0xC2 && b < 0xE0 && cont(1)) return {static_cast<char32_t>(((b & 0x1F) << 6) | (at(i + 1) & 0x3F)), 2, true};
  if (b >= 0xE0 && b < 0xF0 && cont(1) && cont(2)) {
    const char32_t cp = ((b & 0x0F) << 12) | ((at(i + 1) & 0x3F) << 6) | (at(i + 2) & 0x3F);
    if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) return {cp, 3, true};
  }
  if (b >= 0xF0 && b < 0xF5 && cont(1) && cont(2) && cont(3)) {
    const char32_t cp =
        ((b & 0x07) << 18) | ((at(i + 1) & 0x3F) << 12) | ((at(i + 2) & 0x3F) << 6) | (at(i + 3) & 0x3F);
    if (cp >= 0x10000 && cp <= 0x10FFFF) return {cp, 4, true};
  }
  return {kReplacement, 1, false};
}

[[gnu::always_inline]] constexpr Decoded decode(std::string_view s, size_t i) { return decode(s.data(), s.size(), i); }

// Decodes the code point at s[i] and advances i past it (U+FFFD for an ill-formed byte).
[[gnu::always_inline]] constexpr char32_t next(std::string_view s, size_t& i) {
  const Decoded d = decode(s, i);
  i += d.len;
  return d.cp;
}

// Start of the character that ends just before byte `i` (i > 0): at most 3 continuation
// bytes are stepped over.
inline size_t previous_start(const unsigned char* s, size_t i) {
  size_t j = i - 1;
  const size_t limit = i >= 4 ? i - 4 : 0;
  while (j > limit && is_continuation(s[j])) --j;
  return j;
}

// The code point that ends just before byte `i` (i > 0), for looking one character back;
// U+FFFD (length 1) when no well-formed character ends exactly there.
inline Decoded decode_before(std::string_view s, size_t i) {
  const size_t start = previous_start(reinterpret_cast<const unsigned char*>(s.data()), i);
  const Decoded d = decode(s, start);
  if (start + d.len != i) return {kReplacement, 1, false};
  return d;
}

// Appends the UTF-8 bytes of `c`.
inline void append(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

// Start of the character `n` characters before the end of `s` (0 when there are fewer).
inline size_t cut_last_chars(std::string_view s, int n) {
  size_t cut = s.size();
  for (int k = 0; k < n && cut > 0; ++k) {
    do --cut;
    while (cut > 0 && is_continuation(static_cast<unsigned char>(s[cut])));
  }
  return cut;
}

}  // namespace vitext::utf8
