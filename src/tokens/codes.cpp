#include "tokens/codes.h"

#include <array>

#include "core/utf8.h"
#include "tokens/char_class.h"

namespace vitext::tokens {

namespace {

size_t digits_end(std::string_view s, size_t i) {
  while (i < s.size() && is_ascii_digit(static_cast<unsigned char>(s[i]))) ++i;
  return i;
}

bool digit_at(std::string_view s, size_t i) {
  return i < s.size() && is_ascii_digit(static_cast<unsigned char>(s[i]));
}

// Digit groups joined by `sep` from pos: the end and the number of groups.
size_t digit_groups_end(std::string_view s, size_t pos, char sep, int* groups) {
  size_t e = digits_end(s, pos);
  *groups = 1;
  while (e + 1 < s.size() && s[e] == sep && digit_at(s, e + 1)) {
    e = digits_end(s, e + 1);
    ++*groups;
  }
  return e;
}

// One part of a document code from i: letters and digits starting with a letter ("NĐ",
// "QH13", "TTg"). Returns its end (i when none); counts its capitals and small letters.
size_t code_part_end(std::string_view s, size_t i, int* upper, int* lower) {
  *upper = *lower = 0;
  size_t e = i;
  while (e < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[e]);
    if (is_ascii_digit(c) && e > i) {
      ++e;
      continue;
    }
    const utf8::Decoded d = utf8::decode(s, e);
    if (classify(d.cp) != CharClass::kLetter) break;
    if (e == i && !is_upper(d.cp)) return i;
    *upper += is_upper(d.cp);
    *lower += is_lower(d.cp);
    e += d.len;
  }
  return e;
}

// The issuing-body code after a document number's last '/': parts joined by '-' or '/',
// the first all capitals ("NĐ-CP", "TTLT-BTNMT-BNNPTNT", "QĐ-TTg", "TTLT/BCA-VKSNDTC").
size_t document_code_end(std::string_view s, size_t i) {
  int upper = 0, lower = 0;
  size_t e = code_part_end(s, i, &upper, &lower);
  if (e == i || upper < 2 || lower > 0) return 0;
  while (e + 1 < s.size() && (s[e] == '-' || s[e] == '/')) {
    const size_t next = code_part_end(s, e + 1, &upper, &lower);
    if (next == e + 1) break;
    e = next;
  }
  return ends_word(s, e) ? e : 0;
}

// Units of measure written in ASCII that are joined by '/' into one unit.
constexpr std::array<std::string_view, 31> kUnits = {
    "km", "m", "cm", "mm", "km2", "m2", "cm2", "m3", "cm3", "kg", "g", "mg", "l", "ml", "h", "s",
    "ms", "kWh", "kW", "MW", "Wh", "kJ", "J", "mol", "kB", "KB", "MB", "GB", "Mbit", "kbit", "ha"};

bool is_unit(std::string_view form) {
  for (std::string_view u : kUnits)
    if (form == u) return true;
  return false;
}

// An ASCII letter and then letters or digits, at most 4 bytes.
size_t unit_word_end(std::string_view s, size_t i) {
  size_t e = i;
  if (e >= s.size() || !is_ascii_alpha(static_cast<unsigned char>(s[e]))) return i;
  while (e < s.size() && e - i < 5 && is_ascii_alnum(static_cast<unsigned char>(s[e]))) ++e;
  return e;
}

}  // namespace

size_t document_number_end(std::string_view s, size_t pos) {
  int groups = 0;
  const size_t e = digit_groups_end(s, pos, '/', &groups);
  if (e + 1 >= s.size() || s[e] != '/') return 0;
  return groups >= 2 ? document_code_end(s, e + 1) : 0;
}

size_t slashed_digits_end(std::string_view s, size_t pos) {
  int groups = 0;
  const size_t e = digit_groups_end(s, pos, '/', &groups);
  return groups >= 2 && ends_word(s, e) ? e : 0;
}

size_t dotted_digits_end(std::string_view s, size_t pos) {
  int groups = 0;
  const size_t e = digit_groups_end(s, pos, '.', &groups);
  return groups >= 3 && ends_word(s, e) ? e : 0;
}

size_t unit_end(std::string_view s, size_t pos) {
  if (s.substr(pos, 2) == "\xC2\xB0") {  // "°C", "°F"
    const size_t e = pos + 3;
    return e <= s.size() && (s[pos + 2] == 'C' || s[pos + 2] == 'F') && ends_word(s, e) ? e : 0;
  }
  const size_t a = unit_word_end(s, pos);
  if (a == pos || a + 1 >= s.size() || s[a] != '/' || !is_unit(s.substr(pos, a - pos))) return 0;
  const size_t b = unit_word_end(s, a + 1);
  if (b == a + 1 || !is_unit(s.substr(a + 1, b - a - 1))) return 0;
  return ends_word(s, b) ? b : 0;
}

}  // namespace vitext::tokens
