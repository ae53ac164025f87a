#include "core/letters.h"

namespace vitext::viet {
namespace {

// The tone a combining mark writes; U+0340/U+0341 are the deprecated forms of U+0300/U+0301.
Tone mark_tone(char32_t m) { return combining_tone(m == 0x0340 ? 0x0300 : m == 0x0341 ? 0x0301 : m); }

}  // namespace

bool is_vietnamese_mark(char32_t c) { return mark_tone(c) != kNoTone || combining_modifier(c) != kNoModifier; }

char32_t compose_vietnamese(char32_t base, const char32_t* marks, int count) {
  const Letter l = analyse_vowel(base);
  if (!l.is_vowel) return 0;
  Vowel vowel = l.vowel;
  Tone tone = l.tone;
  for (int k = 0; k < count; ++k) {
    if (Tone t = mark_tone(marks[k]); t != kNoTone) {
      if (tone != kNoTone) return 0;
      tone = t;
      continue;
    }
    vowel = with_modifier(vowel, combining_modifier(marks[k]));
    if (vowel == kVowelCount) return 0;
  }
  return vowel_letter(vowel, tone, l.upper);
}

}  // namespace vitext::viet
