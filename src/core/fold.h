// THE case and diacritic folding of vitext, one code point at a time:
//  - lower(): the one lower-case mapping (Unicode simple case mapping, one code point to
//    one), used by the word key, the corpus fingerprints and the folding table below;
//  - letter(): for U+0000..U+1FFF, a character's lower-case letter with the tone mark taken
//    off and a vowel modifier (circumflex, breve, horn) set apart, its tone and its kind,
//    computed once; the segmenter's syllable keys are built from it, so "Hoá", "hóa", "HÓA"
//    and the NFD spellings fold alike;
//  - strip_accents(): the accent-free form for search ("Hồ Chí Minh" -> "Ho Chi Minh");
//  - append_match_key(): the key extraction matches lexicon entries by ("Hòa", "Hoà" and
//    "HOÀ" are all "hoa2").
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/letters.h"

namespace vitext::fold {

// The Unicode simple lower-case mapping of `cp` (itself when it has none).
char32_t lower(char32_t cp);

// How letter() sees a code point.
enum LetterFlag : uint8_t {
  kLetter = 1,      // a letter (L*)
  kUpper = 2,       // an upper-case letter
  kDigit = 4,       // a decimal digit (Nd)
  kToneMark = 8,    // a combining Vietnamese tone mark on its own (NFD input)
  kCombining = 16,  // a non-spacing combining mark (Mn)
};

struct FoldedLetter {
  uint16_t base = 0;  // lower case, tone mark removed (the character itself for non-letters)
  uint16_t mark = 0;  // a vowel modifier kept apart ("ô" -> 'o' + U+0302), so NFD input matches
  viet::Tone tone = viet::kNoTone;
  uint8_t flags = 0;  // LetterFlag bits
};

inline constexpr char32_t kFoldedRange = 0x2000;  // letter() covers U+0000..U+1FFF

// The folded forms of U+0000..U+1FFF, built on first use and read-only after; a loop over
// many characters takes the table once (letter_table()[cp]).
using LetterTable = std::array<FoldedLetter, kFoldedRange>;
const LetterTable& letter_table();
// The folded form of `cp` < kFoldedRange.
inline const FoldedLetter& letter(char32_t cp) { return letter_table()[cp]; }

// The accent-free form of `cp`, case kept: Vietnamese vowels to their plain ASCII letter,
// đ Đ to d D, other Latin letters to the first character of their decomposition when that
// is ASCII; 0 for a combining mark (dropped); anything else unchanged.
char32_t strip_accents(char32_t cp);

// Appends the matching key of a syllable (or any run of letters and digits): full case
// folding, tone mark taken off and written as one digit at the end (sắc 1, huyền 2, hỏi 3,
// ngã 4, nặng 5), whatever the tone convention, case or composition of the text. Keys are
// only compared with each other, never shown.
void append_match_key(std::string_view text, std::string& out);

}  // namespace vitext::fold
