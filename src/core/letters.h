// THE definition of the Vietnamese letters in vitext: the one vowel x tone table (the 12
// base vowels times the 6 tones, in both cases), the one tone order, the combining marks and
// how they compose. Decoders build toned letters from it, the normaliser composes and moves
// marks with it, syllable parsing and folding read letters through it. Everything here is
// constexpr: no tables are built at run time.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "core/utf8.h"

namespace vitext::viet {

// Base vowels in alphabetical order; index into kVowelBases.
enum Vowel : uint8_t { kA, kAw, kAa, kE, kEe, kI, kO, kOo, kOw, kU, kUw, kY, kVowelCount };
// Tones in the conventional order: ngang (none), huyền, hỏi, ngã, sắc, nặng.
enum Tone : uint8_t { kNoTone, kGrave, kHook, kTilde, kAcute, kDot, kToneCount };

inline constexpr std::string_view kVowelLetters =
    "aàảãáạ" "ăằẳẵắặ" "âầẩẫấậ" "eèẻẽéẹ" "êềểễếệ" "iìỉĩíị"
    "oòỏõóọ" "ôồổỗốộ" "ơờởỡớợ" "uùủũúụ" "ưừửữứự" "yỳỷỹýỵ"
    "AÀẢÃÁẠ" "ĂẰẲẴẮẶ" "ÂẦẨẪẤẬ" "EÈẺẼÉẸ" "ÊỀỂỄẾỆ" "IÌỈĨÍỊ"
    "OÒỎÕÓỌ" "ÔỒỔỖỐỘ" "ƠỜỞỠỚỢ" "UÙỦŨÚỤ" "ƯỪỬỮỨỰ" "YỲỶỸÝỴ";

namespace detail {
constexpr std::array<char32_t, 144> decode_vowels() {
  std::array<char32_t, 144> out{};
  size_t i = 0, k = 0;
  while (i < kVowelLetters.size()) out[k++] = utf8::next(kVowelLetters, i);
  return out;
}
}  // namespace detail

// kVowelTable[(upper * 12 + vowel) * 6 + tone]
inline constexpr std::array<char32_t, 144> kVowelTable = detail::decode_vowels();

constexpr char32_t vowel_letter(Vowel v, Tone t, bool upper) {
  return kVowelTable[(static_cast<size_t>(upper) * kVowelCount + v) * kToneCount + t];
}

struct Letter {
  bool is_vowel = false;
  Vowel vowel = kA;
  Tone tone = kNoTone;
  bool upper = false;
};

namespace detail {
// Dense index (table position + 1, or 0) over the three ranges that hold every vowel letter.
inline constexpr char32_t kLatin1Lo = 0x00C0, kLatin1Hi = 0x01B0, kExtLo = 0x1EA0, kExtHi = 0x1EF9;
constexpr std::array<uint8_t, 128> build_ascii_index() {
  std::array<uint8_t, 128> idx{};
  for (size_t k = 0; k < kVowelTable.size(); ++k)
    if (kVowelTable[k] < 128) idx[kVowelTable[k]] = static_cast<uint8_t>(k + 1);
  return idx;
}
constexpr std::array<uint8_t, kLatin1Hi - kLatin1Lo + 1> build_latin_index() {
  std::array<uint8_t, kLatin1Hi - kLatin1Lo + 1> idx{};
  for (size_t k = 0; k < kVowelTable.size(); ++k)
    if (kVowelTable[k] >= kLatin1Lo && kVowelTable[k] <= kLatin1Hi) idx[kVowelTable[k] - kLatin1Lo] = static_cast<uint8_t>(k + 1);
  return idx;
}
constexpr std::array<uint8_t, kExtHi - kExtLo + 1> build_ext_index() {
  std::array<uint8_t, kExtHi - kExtLo + 1> idx{};
  for (size_t k = 0; k < kVowelTable.size(); ++k)
    if (kVowelTable[k] >= kExtLo && kVowelTable[k] <= kExtHi) idx[kVowelTable[k] - kExtLo] = static_cast<uint8_t>(k + 1);
  return idx;
}
inline constexpr auto kAsciiIndex = build_ascii_index();
inline constexpr auto kLatinIndex = build_latin_index();
inline constexpr auto kExtIndex = build_ext_index();
}  // namespace detail

// Analyses a code point: a Vietnamese vowel letter (any tone, any case) or not.
constexpr Letter analyse_vowel(char32_t c) {
  uint8_t code = 0;
  if (c < 128) code = detail::kAsciiIndex[c];
  else if (c >= detail::kLatin1Lo && c <= detail::kLatin1Hi) code = detail::kLatinIndex[c - detail::kLatin1Lo];
  else if (c >= detail::kExtLo && c <= detail::kExtHi) code = detail::kExtIndex[c - detail::kExtLo];
  if (code == 0) return {};
  size_t k = code - 1u;
  Letter l;
  l.is_vowel = true;
  l.tone = static_cast<Tone>(k % kToneCount);
  l.vowel = static_cast<Vowel>((k / kToneCount) % kVowelCount);
  l.upper = k >= static_cast<size_t>(kVowelCount) * kToneCount;
  return l;
}

inline constexpr char32_t kDStroke = 0x0111, kDStrokeUpper = 0x0110;  // đ Đ

// A letter of the Latin script as Vietnamese text meets it: ASCII, Latin-1 to Latin
// Extended-B (U+00C0..U+024F, without × ÷) and Latin Extended Additional (U+1E00..U+1EFF).
constexpr bool is_latin_letter(char32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  if (cp >= 0x00C0 && cp <= 0x024F) return cp != 0xD7 && cp != 0xF7;
  return cp >= 0x1E00 && cp <= 0x1EFF;
}

// Combining tone marks (as in NFD and Windows-1258) and the tone each one carries.
constexpr Tone combining_tone(char32_t c) {
  switch (c) {
    case 0x0300: return kGrave;
    case 0x0309: return kHook;
    case 0x0303: return kTilde;
    case 0x0301: return kAcute;
    case 0x0323: return kDot;
    default: return kNoTone;
  }
}

// The three vowel modifiers (combining circumflex, breve, horn) and what they make of a
// plain vowel: â ê ô, ă, ơ ư.
enum Modifier : uint8_t { kNoModifier, kCircumflex, kBreve, kHorn };
constexpr Modifier combining_modifier(char32_t c) {
  switch (c) {
    case 0x0302: return kCircumflex;
    case 0x0306: return kBreve;
    case 0x031B: return kHorn;
    default: return kNoModifier;
  }
}
// The vowel `v` becomes with modifier `m`; kVowelCount when it cannot take it.
constexpr Vowel with_modifier(Vowel v, Modifier m) {
  switch (m) {
    case kCircumflex: return v == kA ? kAa : v == kE ? kEe : v == kO ? kOo : kVowelCount;
    case kBreve: return v == kA ? kAw : kVowelCount;
    case kHorn: return v == kO ? kOw : v == kU ? kUw : kVowelCount;
    default: return kVowelCount;
  }
}

// The ASCII letter a vowel is written with when its diacritics are removed.
constexpr char plain_letter(Vowel v) { return "aaaeeiooouuy"[v]; }

// One byte per letter for spelling rules (syllable structure, tone placement): plain vowels
// as themselves, ă 'W', â 'A', ê 'E', ô 'O', ơ 'P', ư 'U'; đ is 'D', other ASCII letters
// their lower case.
constexpr char letter_code(Vowel v) { return "aWAeEioOPuUy"[v]; }
namespace detail {
constexpr std::array<Vowel, 128> build_code_vowels() {
  std::array<Vowel, 128> t{};
  for (auto& v : t) v = kVowelCount;
  for (uint8_t v = 0; v < kVowelCount; ++v) t[static_cast<unsigned char>(letter_code(static_cast<Vowel>(v)))] = static_cast<Vowel>(v);
  return t;
}
inline constexpr auto kCodeVowels = build_code_vowels();
}  // namespace detail
// The vowel a letter code stands for; kVowelCount for a consonant's code.
constexpr Vowel vowel_of_code(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u < 128 ? detail::kCodeVowels[u] : kVowelCount;
}
inline constexpr char kDStrokeCode = 'D';

// A Vietnamese combining mark: a tone mark (also the deprecated U+0340/U+0341 forms, which
// canonically decompose to U+0300/U+0301) or a vowel modifier.
bool is_vietnamese_mark(char32_t c);

// Composes `base` followed by Vietnamese combining marks `marks[0..count)` (any order)
// into one precomposed letter. Returns 0 if that is not a Vietnamese letter (a second
// tone, a modifier the vowel cannot take, a base that is not a vowel).
char32_t compose_vietnamese(char32_t base, const char32_t* marks, int count);

}  // namespace vitext::viet
