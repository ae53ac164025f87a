#include "tokens/char_class.h"

#include <utf8proc.h>

#include "tokens/emoji.h"

namespace vitext::tokens {

namespace detail {

namespace {
constexpr auto build_ascii_table() {
  struct Table {
    CharClass c[128];
  } t{};
  for (int i = 0; i < 128; ++i) t.c[i] = CharClass::kOther;  // controls
  for (char ch : {' ', '\t', '\n', '\v', '\f', '\r'}) t.c[static_cast<int>(ch)] = CharClass::kSpace;
  for (int i = 'A'; i <= 'Z'; ++i) t.c[i] = CharClass::kLetter;
  for (int i = 'a'; i <= 'z'; ++i) t.c[i] = CharClass::kLetter;
  for (int i = '0'; i <= '9'; ++i) t.c[i] = CharClass::kDigit;
  // Unicode general category P* for ASCII.
  for (char ch : {'!', '"', '#', '%', '&', '\'', '(', ')', '*', ',', '-', '.', '/', ':', ';', '?', '@',
                  '[', '\\', ']', '_', '{', '}'})
    t.c[static_cast<int>(ch)] = CharClass::kPunct;
  for (char ch : {'+', '<', '=', '>', '^', '`', '|', '~'}) t.c[static_cast<int>(ch)] = CharClass::kSymbol;
  t.c[static_cast<int>('$')] = CharClass::kCurrency;
  return t;
}
constexpr auto kTable = build_ascii_table();
}  // namespace

const CharClass kAsciiClass[128] = {
#define R(i) kTable.c[i]
#define R8(i) R(i), R(i + 1), R(i + 2), R(i + 3), R(i + 4), R(i + 5), R(i + 6), R(i + 7)
    R8(0),  R8(8),  R8(16), R8(24), R8(32), R8(40),  R8(48),  R8(56),
    R8(64), R8(72), R8(80), R8(88), R8(96), R8(104), R8(112), R8(120),
#undef R8
#undef R
};

}  // namespace detail

namespace {

bool is_unicode_space(char32_t cp) {
  switch (cp) {
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F:
    case 0x3000: case 0xFEFF:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200B;  // en quad .. zero width space
  }
}

}  // namespace

CharClass classify_non_ascii(char32_t cp) {
  // Latin-1 letters, Latin Extended-A/B and Latin Extended Additional: every Vietnamese
  // letter in NFC is in one of these.
  if (cp >= 0xC0 && cp <= 0x24F) return (cp == 0xD7 || cp == 0xF7) ? CharClass::kSymbol : CharClass::kLetter;
  if (cp >= 0x1E00 && cp <= 0x1EFF) return CharClass::kLetter;
  if (cp >= 0x300 && cp <= 0x36F) return CharClass::kMark;
  if (is_unicode_space(cp)) return CharClass::kSpace;
  if (is_emoji_start(cp)) return CharClass::kEmoji;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
      return CharClass::kLetter;
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_CF:
      return CharClass::kMark;
    case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PD: case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE: case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
      return CharClass::kPunct;
    case UTF8PROC_CATEGORY_SC:
      return CharClass::kCurrency;
    case UTF8PROC_CATEGORY_SM: case UTF8PROC_CATEGORY_SK: case UTF8PROC_CATEGORY_SO:
    case UTF8PROC_CATEGORY_NO:
      return CharClass::kSymbol;
    case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
      return CharClass::kSpace;
    default:
      return CharClass::kOther;
  }
}

namespace {
// Case of the Latin letters Vietnamese uses, without a table lookup: 1 upper, 0 lower,
// -1 not decided here.
int latin_case(char32_t cp) {
  if (cp >= 0xC0 && cp <= 0xFF) return cp == 0xD7 || cp == 0xF7 ? -1 : cp <= 0xDE ? 1 : 0;
  if (cp >= 0x100 && cp <= 0x137) return (cp & 1) == 0;  // Ā ā ... Ă ă, Đ đ, Ĩ ĩ
  if (cp >= 0x1EA0 && cp <= 0x1EFF) return (cp & 1) == 0;  // Ạ ạ ... Ỹ ỹ
  switch (cp) {
    case 0x168: case 0x1A0: case 0x1AF: return 1;  // Ũ Ơ Ư
    case 0x169: case 0x1A1: case 0x1B0: return 0;  // ũ ơ ư
    default: return -1;
  }
}
}  // namespace

bool is_upper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (int c = latin_case(cp); c >= 0) return c == 1;
  auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

bool is_lower(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  if (int c = latin_case(cp); c >= 0) return c == 0;
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LL;
}

}  // namespace vitext::tokens
