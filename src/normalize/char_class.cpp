#include "normalize/char_class.h"

#include <utf8proc.h>

#include <array>
#include <cstdlib>
#include <cstring>
#include <string>

#include "core/letters.h"
#include "core/utf8.h"


namespace vitext::normalize_detail {
namespace {

// Cyrillic and Greek letters that are drawn like a Latin letter, seen inside Vietnamese
// words typed on mixed keyboards or produced by OCR. Only unmistakable shapes are listed.
struct Lookalike {
  char32_t from;
  char32_t to;
};
constexpr Lookalike kLookalikes[] = {
    // Cyrillic lower case
    {0x0430, 'a'}, {0x0435, 'e'}, {0x0456, 'i'}, {0x0458, 'j'}, {0x043E, 'o'}, {0x0440, 'p'},
    {0x0441, 'c'}, {0x0443, 'y'}, {0x0445, 'x'}, {0x0455, 's'}, {0x04BB, 'h'}, {0x0501, 'd'},
    {0x051B, 'q'}, {0x051D, 'w'},
    // Cyrillic upper case
    {0x0410, 'A'}, {0x0412, 'B'}, {0x0415, 'E'}, {0x041A, 'K'}, {0x041C, 'M'}, {0x041D, 'H'},
    {0x041E, 'O'}, {0x0420, 'P'}, {0x0421, 'C'}, {0x0422, 'T'}, {0x0425, 'X'}, {0x0406, 'I'},
    {0x0408, 'J'}, {0x0405, 'S'}, {0x04AE, 'Y'}, {0x04BA, 'H'}, {0x051A, 'Q'}, {0x051C, 'W'},
    // Greek
    {0x0391, 'A'}, {0x0392, 'B'}, {0x0395, 'E'}, {0x0396, 'Z'}, {0x0397, 'H'}, {0x0399, 'I'},
    {0x039A, 'K'}, {0x039C, 'M'}, {0x039D, 'N'}, {0x039F, 'O'}, {0x03A1, 'P'}, {0x03A4, 'T'},
    {0x03A5, 'Y'}, {0x03A7, 'X'}, {0x03BF, 'o'},
};

bool is_letter_or_mark(utf8proc_category_t c) {
  return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
         (c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_ME);
}

bool is_mark(utf8proc_category_t c) { return c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_ME; }

// True when NFC of the character alone differs from it (singletons such as U+212B
// ANGSTROM SIGN, composition exclusions). Only characters with a canonical decomposition
// can be affected, so utf8proc is asked only about those.
bool nfc_changes(char32_t cp, const utf8proc_property_t* p) {
  if (p->decomp_seqindex == UINT16_MAX || p->decomp_type != 0) return false;
  std::string in;
  utf8::append(in, cp);
  const auto len = static_cast<utf8proc_ssize_t>(in.size());
  utf8proc_uint8_t* out = nullptr;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(in.data()), len, &out,
                        static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  bool changed = n != len || (out != nullptr && std::memcmp(out, in.data(), in.size()) != 0);
  std::free(out);
  return changed;
}

}  // namespace

uint8_t compute_char_flags(char32_t cp) {
  uint8_t f = 0;
  const utf8proc_property_t* p = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
  auto cat = static_cast<utf8proc_category_t>(p->category);
  if (is_letter_or_mark(cat)) f |= kWordChar;
  if (is_mark(cat)) f |= kMark;
  if (const viet::Letter l = viet::analyse_vowel(cp); l.is_vowel) {
    f |= kVowel;
    if (l.tone != viet::kNoTone) f |= kTonedVowel;
  }
  // Hangul conjoining vowels and trailing consonants compose with the character before.
  bool hangul_second = (cp >= 0x1161 && cp <= 0x1175) || (cp >= 0x11A8 && cp <= 0x11C2);
  if (is_mark(cat) || p->combining_class != 0 || hangul_second || nfc_changes(cp, p)) f |= kNeedsNfc;
  if (lookalike_target(cp) != 0) f |= kLookalike;
  if (special_kind(cp) != SpecialKind::kNone) f |= kSpecial;
  return f;
}

namespace {

struct BmpTable {
  std::array<uint8_t, 0x10000> flags;
  BmpTable() {
    for (char32_t cp = 0; cp < 0x10000; ++cp) flags[cp] = compute_char_flags(cp);
  }
};

}  // namespace

const uint8_t* bmp_char_flags() {
  static const BmpTable table;  // built once (thread-safe), read-only afterwards
  return table.flags.data();
}

SpecialKind special_kind(char32_t cp) {
  if (cp < 0x20) {
    if (cp == '\t' || cp == '\n') return SpecialKind::kNone;
    if (cp == '\r') return SpecialKind::kCarriageReturn;
    if (cp == 0x0B || cp == 0x0C) return SpecialKind::kNewline;
    return SpecialKind::kInvisible;
  }
  if (cp < 0x7F) return SpecialKind::kNone;
  if (cp <= 0x9F) return cp == 0x85 ? SpecialKind::kNewline : SpecialKind::kInvisible;  // DEL, C1
  switch (cp) {
    case 0x00AD:  // SOFT HYPHEN
    case 0x180E:  // MONGOLIAN VOWEL SEPARATOR (used as a zero-width space)
    case 0x200B:  // ZERO WIDTH SPACE
    case 0x200C:  // ZERO WIDTH NON-JOINER
    case 0x200E: case 0x200F:  // LRM, RLM
    case 0x2060:  // WORD JOINER
    case 0x2061: case 0x2062: case 0x2063: case 0x2064:  // invisible math operators
    case 0xFEFF:  // BYTE ORDER MARK / ZERO WIDTH NO-BREAK SPACE
      return SpecialKind::kInvisible;
    case 0x200D:
      return SpecialKind::kZwj;
    case 0x2028: case 0x2029:
      return SpecialKind::kNewline;
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
      return SpecialKind::kOddSpace;
    case 0x2010: case 0x2011:
      return SpecialKind::kHyphen;
    default:
      break;
  }
  if (cp >= 0x202A && cp <= 0x202E) return SpecialKind::kInvisible;  // bidi embeddings
  if (cp >= 0x2066 && cp <= 0x2069) return SpecialKind::kInvisible;  // bidi isolates
  if (cp >= 0x2000 && cp <= 0x200A) return SpecialKind::kOddSpace;
  if (cp >= 0xFF01 && cp <= 0xFF5E) return SpecialKind::kFullwidth;
  return SpecialKind::kNone;
}

char32_t lookalike_target(char32_t cp) {
  if (cp >= 0xFF21 && cp <= 0xFF3A) return cp - 0xFEE0;  // fullwidth A-Z
  if (cp >= 0xFF41 && cp <= 0xFF5A) return cp - 0xFEE0;  // fullwidth a-z
  if (cp < 0x0391 || cp > 0x051D) return 0;
  for (const Lookalike& l : kLookalikes) {
    if (l.from == cp) return l.to;
  }
  return 0;
}

bool is_emoji_part(char32_t cp) {
  if (cp == 0xFE0F || cp == 0x20E3) return true;  // emoji presentation selector, keycap
  if (cp >= 0x1F3FB && cp <= 0x1F3FF) return true;  // skin-tone modifiers
  const utf8proc_property_t* p = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
  switch (p->boundclass) {
    case UTF8PROC_BOUNDCLASS_EXTENDED_PICTOGRAPHIC:
    case UTF8PROC_BOUNDCLASS_E_BASE:
    case UTF8PROC_BOUNDCLASS_E_MODIFIER:
    case UTF8PROC_BOUNDCLASS_E_BASE_GAZ:
    case UTF8PROC_BOUNDCLASS_E_ZWG:
    case UTF8PROC_BOUNDCLASS_GLUE_AFTER_ZWJ:
      return true;
    default:
      return false;
  }
}

}  // namespace vitext::normalize_detail
