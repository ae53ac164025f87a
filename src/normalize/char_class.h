// Per-character facts the normaliser's scanner needs, looked up in one table for the BMP
// (built once from utf8proc and the small tables in char_class.cpp, then read-only).
#pragma once

#include <cstdint>

namespace vitext::normalize_detail {

enum CharFlag : uint8_t {
  kWordChar = 1,     // a letter or a combining mark: part of a word
  kTonedVowel = 2,   // a precomposed Vietnamese vowel carrying a tone mark
  kVowel = 4,        // any Vietnamese vowel letter (ASCII or precomposed)
  kNeedsNfc = 8,     // a combining mark, or a character NFC changes
  kLookalike = 16,   // a Cyrillic/Greek letter that looks like a Latin one, or a fullwidth letter
  kSpecial = 32,     // handled one character at a time: see SpecialKind
  kMark = 64,        // a combining mark (also kWordChar)
};

// Flags of the BMP (built on first use, read-only afterwards) and of any code point.
const uint8_t* bmp_char_flags();
uint8_t compute_char_flags(char32_t cp);
inline uint8_t char_flags(char32_t cp) {
  static const uint8_t* const bmp = bmp_char_flags();
  return cp < 0x10000 ? bmp[cp] : compute_char_flags(cp);
}

// What the scanner does with a kSpecial character.
enum class SpecialKind : uint8_t {
  kNone,
  kInvisible,  // zero-width / format / control character: dropped
  kZwj,        // U+200D: dropped unless it joins two emoji
  kNewline,    // VT, FF, NEL, LINE/PARAGRAPH SEPARATOR: becomes "\n"
  kCarriageReturn,
  kOddSpace,   // a space separator other than U+0020: becomes U+0020
  kFullwidth,  // fullwidth ASCII (U+FF01..U+FF5E): becomes ASCII
  kHyphen,     // U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN: become '-'
};
SpecialKind special_kind(char32_t cp);

// The Latin letter a lookalike (Cyrillic, Greek or fullwidth) stands for, or 0.
char32_t lookalike_target(char32_t cp);
// True for characters that can start or continue an emoji sequence around a ZWJ.
bool is_emoji_part(char32_t cp);

}  // namespace vitext::normalize_detail
