// Test-only encoders for the encodings iconv does not know (VNI-Windows, VIQR), written from
// the published tables independently of the decoders they test.
#pragma once

#include <string>
#include <string_view>

#include "core/utf8.h"
#include "core/letters.h"

namespace vitext::testing {

// One character in VNI-Windows; non-Vietnamese characters as UTF-8 (tests avoid them).
inline std::string vni_char(char32_t c) {
  if (c < 0x80) return std::string(1, static_cast<char>(c));
  if (c == viet::kDStroke) return "\xF1";
  if (c == viet::kDStrokeUpper) return "\xD1";
  viet::Letter l = viet::analyse_vowel(c);
  if (!l.is_vowel) {
    std::string s;
    utf8::append(s, c);
    return s;
  }
  // Mark bytes in tone order (none, huyền, hỏi, ngã, sắc, nặng).
  static const unsigned char kTone[] = {0, 0xF8, 0xFB, 0xF5, 0xF9, 0xEF};
  static const unsigned char kCirc[] = {0xE2, 0xE0, 0xE5, 0xE3, 0xE1, 0xE4};
  static const unsigned char kBreve[] = {0xEA, 0xE8, 0xFA, 0xFC, 0xE9, 0xEB};
  static const unsigned char kI[] = {'i', 0xEC, 0xE6, 0xF3, 0xED, 0xF2};
  unsigned char shift = l.upper ? 0x20 : 0;
  auto mark = [&](unsigned char b) { return static_cast<char>(b >= 0xE0 ? b - shift : b); };
  auto ascii = [&](char b) { return static_cast<char>(l.upper ? b - 0x20 : b); };
  std::string s;
  switch (l.vowel) {
    case viet::kA: s = ascii('a'); break;
    case viet::kE: s = ascii('e'); break;
    case viet::kO: s = ascii('o'); break;
    case viet::kU: s = ascii('u'); break;
    case viet::kY:
      if (l.tone == viet::kDot) return std::string(1, mark(0xEE));
      s = ascii('y');
      break;
    case viet::kAa: return std::string{ascii('a'), mark(kCirc[l.tone])};
    case viet::kEe: return std::string{ascii('e'), mark(kCirc[l.tone])};
    case viet::kOo: return std::string{ascii('o'), mark(kCirc[l.tone])};
    case viet::kAw: return std::string{ascii('a'), mark(kBreve[l.tone])};
    case viet::kI: return l.tone ? std::string(1, mark(kI[l.tone])) : std::string(1, ascii('i'));
    case viet::kOw: s = mark(0xF4); break;
    case viet::kUw: s = mark(0xF6); break;
    default: break;
  }
  if (l.tone) s.push_back(mark(kTone[l.tone]));
  return s;
}

inline std::string encode_vni(std::string_view utf8_text) {
  std::string out;
  for (size_t i = 0; i < utf8_text.size();) out += vni_char(utf8::next(utf8_text, i));
  return out;
}

// VIQR (RFC 1456). With `escape`, a mark character that follows a letter gets a backslash,
// as the RFC asks; without, it is left bare, as much real VIQR text has it.
inline std::string encode_viqr(std::string_view utf8_text, bool escape) {
  static const char* kQuality[] = {"", "(", "^", "", "^", "", "", "^", "+", "", "+", ""};
  static const char kBase[] = "aaaeeiooouuy";
  static const char kTone[] = {0, '`', '?', '~', '\'', '.'};
  std::string out;
  bool after_letter = false;
  for (size_t i = 0; i < utf8_text.size();) {
    char32_t c = utf8::next(utf8_text, i);
    viet::Letter l = viet::analyse_vowel(c);
    if (c == viet::kDStroke || c == viet::kDStrokeUpper) {
      out += c == viet::kDStroke ? "dd" : "DD";
      after_letter = true;
    } else if (l.is_vowel) {
      out.push_back(static_cast<char>(l.upper ? kBase[l.vowel] - 0x20 : kBase[l.vowel]));
      out += kQuality[l.vowel];
      if (kTone[l.tone]) out.push_back(kTone[l.tone]);
      after_letter = true;
    } else if (c < 0x80) {
      bool mark = c == '^' || c == '(' || c == '+' || c == '\'' || c == '`' || c == '?' || c == '~' || c == '.' ||
                  c == '-' || c == '*' || c == '\\';
      if (escape && after_letter && mark) out.push_back('\\');
      out.push_back(static_cast<char>(c));
      after_letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    } else {
      utf8::append(out, c);
      after_letter = false;
    }
  }
  return out;
}

}  // namespace vitext::testing
