#include "core/fold.h"

#include <utf8proc.h>

namespace vitext::fold {
namespace {

FoldedLetter fold_one(char32_t code_point) {
  FoldedLetter f;
  f.base = static_cast<uint16_t>(code_point);
  if (viet::Tone tone = viet::combining_tone(code_point); tone != viet::kNoTone) {
    f.tone = tone;
    f.flags = kToneMark;
    return f;
  }
  const auto c = static_cast<utf8proc_int32_t>(code_point);
  const utf8proc_category_t cat = utf8proc_category(c);
  const bool is_letter = cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
  if (cat == UTF8PROC_CATEGORY_ND) f.flags |= kDigit;
  if (cat == UTF8PROC_CATEGORY_MN) f.flags |= kCombining;
  if (!is_letter) return f;
  f.flags |= kLetter;
  if (utf8proc_isupper(c)) f.flags |= kUpper;
  const utf8proc_int32_t low = static_cast<utf8proc_int32_t>(lower(code_point));
  // Decompose, drop the tone mark, keep what is left (base letter + vowel modifier).
  utf8proc_int32_t parts[8];
  int last_class = 0;
  const utf8proc_ssize_t n = utf8proc_decompose_char(low, parts, 8, UTF8PROC_DECOMPOSE, &last_class);
  if (n <= 0 || n > 8) return f;
  utf8proc_int32_t kept[8];
  utf8proc_ssize_t k = 0;
  for (utf8proc_ssize_t i = 0; i < n; ++i) {
    if (viet::Tone tone = viet::combining_tone(static_cast<char32_t>(parts[i])); tone != viet::kNoTone) {
      f.tone = tone;
    } else {
      kept[k++] = parts[i];
    }
  }
  if (k >= 1 && k <= 2 && kept[0] < 0x10000 && (k == 1 || kept[1] < 0x10000)) {
    f.base = static_cast<uint16_t>(kept[0]);
    if (k == 2) f.mark = static_cast<uint16_t>(kept[1]);
  } else if (low < 0x10000) {
    f.base = static_cast<uint16_t>(low);
  }
  return f;
}

LetterTable build_table() {
  LetterTable t{};
  for (char32_t cp = 0; cp < kFoldedRange; ++cp) t[cp] = fold_one(cp);
  return t;
}

}  // namespace

char32_t lower(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
  return static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp)));
}

const LetterTable& letter_table() {
  static const LetterTable table = build_table();  // read-only after first use
  return table;
}

char32_t strip_accents(char32_t cp) {
  if (cp < 0x80) return cp;
  if (const viet::Letter l = viet::analyse_vowel(cp); l.is_vowel) {
    const char base = viet::plain_letter(l.vowel);
    return static_cast<char32_t>(l.upper ? base - 32 : base);
  }
  if (cp == viet::kDStroke) return 'd';
  if (cp == viet::kDStrokeUpper) return 'D';
  const auto c = static_cast<utf8proc_int32_t>(cp);
  const utf8proc_category_t cat = utf8proc_category(c);
  if (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME) return 0;
  if (viet::is_latin_letter(cp)) {  // other Latin letters: the first character of the decomposition
    utf8proc_int32_t parts[4];
    int last_boundclass = 0;
    const auto n = utf8proc_decompose_char(c, parts, 4, UTF8PROC_DECOMPOSE, &last_boundclass);
    if (n > 1 && parts[0] < 0x80) return static_cast<char32_t>(parts[0]);
  }
  return cp;
}

}  // namespace vitext::fold
