// Character classes the token scanner works with. ASCII is one table lookup; the Latin
// blocks that hold every Vietnamese letter are range checks; the rest of Unicode falls
// back to utf8proc's general category.
#pragma once

#include <cstdint>

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

CharClass classify_non_ascii(char32_t cp);

namespace detail {
// Indexed by an ASCII byte.
extern const CharClass kAsciiClass[128];
}  // namespace detail

inline CharClass classify(char32_t cp) {
  return cp < 0x80 ? detail::kAsciiClass[cp] : classify_non_ascii(cp);
}

bool is_upper(char32_t cp);
bool is_lower(char32_t cp);

inline bool is_ascii_alpha(unsigned char c) { return ((c | 0x20) >= 'a') && ((c | 0x20) <= 'z'); }
inline bool is_ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_alnum(unsigned char c) { return is_ascii_alpha(c) || is_ascii_digit(c); }
inline bool is_ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

}  // namespace vitext::tokens
