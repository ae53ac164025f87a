// The Vietnamese alphabet's vowels as (base vowel, tone, case), and composition of a base
// letter with Vietnamese combining marks given in any order. These tables are the facts
// the tone-placement and NFC rules work from.
#pragma once

#include <cstdint>

namespace vitext::normalize_detail {

// The twelve vowels, in alphabetical order.
enum Vowel : uint8_t { kA, kAw /* ă */, kAa /* â */, kE, kEe /* ê */, kI, kO, kOo /* ô */,
                       kOw /* ơ */, kU, kUw /* ư */, kY, kVowelCount };
// The six tones; the numbers match Unicode's order of the combining marks used below.
enum Tone : uint8_t { kLevel, kGrave /* huyền */, kAcute /* sắc */, kHook /* hỏi */,
                      kTilde /* ngã */, kDot /* nặng */, kToneCount };

struct VowelInfo {
  Vowel vowel;
  Tone tone;
  bool upper;
};

// Information for a precomposed (or ASCII) Vietnamese vowel letter; false for anything else.
bool vowel_info(char32_t cp, VowelInfo* info);
char32_t vowel_letter(Vowel v, Tone t, bool upper);

// One-character code used by the syllable parser: ASCII letters as themselves (lower
// case); â 'A', ă 'W', ê 'E', ô 'O', ơ 'P', ư 'U', đ 'D'. 0 for anything else.
char syllable_code(Vowel v);

// Vietnamese combining marks: the tone marks and the three vowel modifiers.
bool is_vietnamese_mark(char32_t cp);

// Composes `base` followed by Vietnamese combining marks `marks[0..count)` (any order)
// into one precomposed letter. Returns 0 if that is not a Vietnamese letter (a second
// tone, a modifier the vowel cannot take, a base that is not a vowel).
char32_t compose_vietnamese(char32_t base, const char32_t* marks, int count);

}  // namespace vitext::normalize_detail
