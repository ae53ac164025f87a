// Character classes the token scanner works with. ASCII is one table lookup; the Latin
// blocks that hold every Vietnamese letter are range checks; the rest of Unicode falls
// back to utf8proc's general category.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/utf8.h"

namespace vitext::tokens {

enum class CharClass : uint8_t {
  kSpace,     // separates tokens, belongs to none
  kLetter,    // any script's letters (and non-ASCII digits, which live inside words)
  kDigit,     // ASCII 0-9 only: numbers, dates and times are written with these
  kMark,      // combining marks, joiners, variation selectors: continue the token before
  kPunct,
  kSymbol,
  kCurrency,  // $, ₫, €, ...
  kEmoji,     // a code point that starts an emoji (sequences are matched in emoji.cpp)
  kOther,     // controls, unassigned, private use
};

inline bool is_ascii_alpha(unsigned char c) { return ((c | 0x20) >= 'a') && ((c | 0x20) <= 'z'); }
inline bool is_ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_alnum(unsigned char c) { return is_ascii_alpha(c) || is_ascii_digit(c); }
inline bool is_ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

CharClass classify_non_ascii(char32_t cp);

namespace detail {
// Indexed by an ASCII byte.
extern const CharClass kAsciiClass[128];
}  // namespace detail

inline CharClass classify(char32_t cp) {
  return cp < 0x80 ? detail::kAsciiClass[cp] : classify_non_ascii(cp);
}

// Byte length of the letter or combining mark that starts at p (left > 0 bytes), decided
// from its first bytes for ASCII and the Latin blocks Vietnamese lives in; 0 when it is not
// one of those (the caller then decodes and classifies it properly).
inline size_t latin_letter_length(const unsigned char* p, size_t left) {
  const unsigned char b = p[0];
  if (b < 0x80) return is_ascii_alpha(b) ? 1 : 0;
  if (left < 2 || !utf8::is_continuation(p[1])) return 0;
  if (b == 0xC3) return (p[1] == 0x97 || p[1] == 0xB7) ? 0 : 2;  // U+00C0..U+00FF except × ÷
  if (b >= 0xC4 && b <= 0xC9) return 2;                          // U+0100..U+027F
  if (b == 0xCC || b == 0xCD) return p[1] <= 0xAF || b == 0xCC ? 2 : 0;  // U+0300..U+036F marks
  if (b == 0xE1 && left >= 3 && p[1] >= 0xB8 && p[1] <= 0xBB && utf8::is_continuation(p[2])) return 3;  // U+1E00..U+1EFF
  return 0;
}

bool is_upper(char32_t cp);
bool is_lower(char32_t cp);

// Whether a token may end before s[i]: nothing glued to it there that would make it a
// longer word ("8h" yes, "8ha" no).
inline bool ends_word(std::string_view s, size_t i) {
  if (i >= s.size()) return true;
  const CharClass c = classify(utf8::decode(s, i).cp);
  return c != CharClass::kLetter && c != CharClass::kDigit && c != CharClass::kMark;
}


}  // namespace vitext::tokens
