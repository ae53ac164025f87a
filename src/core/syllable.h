// THE definition of Vietnamese syllable structure in vitext: a syllable's spelling as one
// letter code per letter plus its one tone, the onset and coda rules, and whether a string
// is a well-formed Vietnamese syllable. Onset + (medial) + nucleus + coda, with the spelling
// rules (k/gh/ngh before front vowels, qu, gi) and the tone rule (a syllable ending in p, t,
// c or ch takes only the sắc or nặng tone). Legacy-decoding scores candidates with it, the
// normaliser places tone marks on it, the tokenizer tells capitalised syllables from
// acronyms with it, and the corpus filter counts Vietnamese syllables with it.
#pragma once

#include <cstddef>
#include <string_view>

#include "core/letters.h"

namespace vitext {

namespace viet {

// No Vietnamese syllable is longer ("nghiêng" has 7 letters).
inline constexpr size_t kMaxSyllableLetters = 8;

// The letters of a syllable as letter codes (letter_code for vowels, 'D' for đ, other ASCII
// letters in lower case) with its one tone and the letter that carries it.
struct Spelling {
  char codes[kMaxSyllableLetters];
  size_t size = 0;
  Tone tone = kNoTone;
  int toned = -1;  // index of the letter with the tone mark, -1 when there is none
  std::string_view view() const { return {codes, size}; }
};

// Appends one precomposed letter (any case): false for anything but a Vietnamese letter, a
// second tone, or a ninth letter.
bool add_letter(Spelling& s, char32_t c);
// The spelling of a word in any case, precomposed or with combining tone and vowel marks
// (NFD, Windows-1258). False when it holds anything else, or nothing.
bool spell(std::string_view utf8, Spelling& out);

// A vowel's letter code (letter_code of any vowel).
constexpr bool is_vowel_code(char c) { return vowel_of_code(c) != kVowelCount; }
// Length of the onset of `codes` (the u of qu and the i of gi before a vowel belong to it),
// or -1 when it does not start like a Vietnamese syllable.
int onset_length(std::string_view codes);
// The final consonants: c ch m n ng nh p t, or none.
bool is_coda(std::string_view codes);

}  // namespace viet

// `syllable` is one syllable in NFC, lowercase UTF-8 ("việt", "nguyễn", "quốc").
bool is_vietnamese_syllable(std::string_view nfc_lowercase_utf8);

// Same check, but any letter case and combining tone or vowel marks (NFD, Windows-1258)
// are accepted: "Việt", "VIỆT" and "Vie\u0323\u0302t" all pass.
bool is_vietnamese_syllable_any_form(std::string_view utf8);

// The looser shape check for a run of capitals ("CÔNG", "HÓA", "AN" against "UBND",
// "ANTT", "ThS"): with diacritics removed and lower-cased, onset + 1-3 vowels + coda.
bool could_be_vietnamese_syllable(std::string_view word);

}  // namespace vitext
