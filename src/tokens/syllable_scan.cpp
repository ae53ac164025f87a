#include "tokens/syllable_scan.h"

#include <array>
#include <cstdint>

#include "core/utf8.h"
#include "tokens/char_class.h"

namespace vitext::tokens {
namespace {

using detail::kSyllableStop;

// How the syllable scanner takes a byte: one more ASCII letter, the lead of a two-byte
// letter (U+0100..U+027F: đ ơ ư ă ĩ ũ ...), a lead that may start a letter or mark (C3:
// à..ỹ but not × ÷; CC CD: combining marks; E1: U+1E00..U+1EFF), or the end of the run.
enum SyllableByte : uint8_t { kEndOfRun, kAsciiLetterByte, kTwoByteLetterLead, kMaybeLetterLead };
constexpr std::array<uint8_t, 256> make_syllable_bytes() {
  std::array<uint8_t, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = t[c - 'a' + 'A'] = kAsciiLetterByte;
  for (int c = 0xC4; c <= 0xC9; ++c) t[c] = kTwoByteLetterLead;
  for (int c : {0xC3, 0xCC, 0xCD, 0xE1}) t[c] = kMaybeLetterLead;
  return t;
}
constexpr std::array<uint8_t, 256> kSyllableByte = make_syllable_bytes();

// The length of the letter (or combining mark) whose first byte is at e, 0 when the
// character there is not one a syllable may contain or does not end before n.
size_t letter_at(const unsigned char* p, size_t n, size_t e) {
  switch (kSyllableByte[p[e]]) {
    case kAsciiLetterByte:
      return 1;
    case kTwoByteLetterLead:
      return e + 1 < n && utf8::is_continuation(p[e + 1]) ? 2 : 0;
    case kMaybeLetterLead:
      return latin_letter_length(p + e, n - e);
    default:
      return 0;
  }
}

enum class Case { kLower, kUpper, kOther };

// The case of the letter of `len` bytes at p (as is_upper / is_lower decide), read off the
// bytes for the Vietnamese letters: U+00C0..U+00FF, U+0100..U+0137 (đ ă ĩ: lower-case is
// odd), ũ Ũ ơ Ơ ư Ư, U+1EA0..U+1EFF (ạ ả ... ỹ: lower-case is odd). Others are decoded.
Case case_of(const unsigned char* p, size_t len) {
  const unsigned char b0 = p[0];
  if (len == 1) return b0 >= 'a' ? Case::kLower : Case::kUpper;  // an ASCII letter
  const unsigned char b1 = p[1];
  if (len == 2) {
    if (b0 == 0xC3) return b1 >= 0xA0 ? Case::kLower : Case::kUpper;  // × ÷ are no letters
    if (b0 == 0xC4 && b1 < 0xB8) return b1 & 1 ? Case::kLower : Case::kUpper;
    if (b0 == 0xC5 && (b1 == 0xA8 || b1 == 0xA9)) return b1 & 1 ? Case::kLower : Case::kUpper;
    if (b0 == 0xC6 && (b1 == 0xA0 || b1 == 0xA1)) return b1 & 1 ? Case::kLower : Case::kUpper;
    if (b0 == 0xC6 && (b1 == 0xAF || b1 == 0xB0)) return b1 == 0xB0 ? Case::kLower : Case::kUpper;
  } else if (b0 == 0xE1 && ((b1 == 0xBA && p[2] >= 0xA0) || b1 == 0xBB)) {
    return p[2] & 1 ? Case::kLower : Case::kUpper;
  }
  const char32_t cp = utf8::decode(std::string_view(reinterpret_cast<const char*>(p), len), 0).cp;
  return is_upper(cp) ? Case::kUpper : is_lower(cp) ? Case::kLower : Case::kOther;
}

// Checks the letters of a run one by one: each must be one a syllable may contain, and
// after a capital first letter none may be a capital.
bool letters_fit(const unsigned char* p, size_t run_begin, size_t run_end, bool capital) {
  for (size_t k = run_begin; k < run_end;) {
    const size_t len = letter_at(p, run_end, k);
    if (len == 0) return false;
    if (capital && case_of(p + k, len) == Case::kUpper) return false;
    k += len;
  }
  return true;
}

}  // namespace

size_t syllable_end(std::string_view text, size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  if (i >= n) return 0;
  // The first letter decides: lower case, or a capital (then no other capital may follow).
  const size_t first_len = letter_at(p, n, i);
  if (first_len == 0) return 0;
  const Case first = case_of(p + i, first_len);
  if (first == Case::kOther) return 0;
  const bool capital = first == Case::kUpper;
  size_t e = i + first_len;
#ifdef __SSE2__
  // Sixteen bytes at once: the run of bytes that are ASCII letters or >= 0x80 ends the
  // syllable candidate in one step, so the per-byte branches (which mispredict on every
  // syllable of a different length) are left to the multi-byte characters inside.
  if (e + 16 <= n) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + e));
    const __m128i folded = _mm_sub_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
    const __m128i ascii_letter = _mm_cmpeq_epi8(_mm_min_epu8(folded, _mm_set1_epi8(25)), folded);
    const __m128i high = _mm_cmplt_epi8(x, _mm_setzero_si128());
    const unsigned run = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(ascii_letter, high)));
    if (run == 0xFFFF) return 0;  // 17 bytes or more: rare, left to the general path
    const unsigned len = static_cast<unsigned>(__builtin_ctz(~run));
    const unsigned in_run = (1u << len) - 1;
    if (capital) {
      const __m128i upper = _mm_cmpeq_epi8(_mm_min_epu8(_mm_sub_epi8(x, _mm_set1_epi8('A')), _mm_set1_epi8(25)),
                                           _mm_sub_epi8(x, _mm_set1_epi8('A')));
      if (static_cast<unsigned>(_mm_movemask_epi8(upper)) & in_run) return 0;
    }
    unsigned multi = static_cast<unsigned>(_mm_movemask_epi8(high)) & in_run;
    if (!capital) {
      if (multi != 0 && !detail::multibyte_letters_fit(x, multi, in_run)) return 0;
      e += len;
      return kSyllableStop[p[e]] ? e : 0;
    }
    // After a capital, every multi-byte character inside the run must be a letter (or a
    // combining mark) and none may be a capital: one by one (capitalised syllables are few).
    while (multi != 0) {
      const unsigned k = static_cast<unsigned>(__builtin_ctz(multi));
      const size_t at = e + k;
      const size_t clen = letter_at(p, e + len, at);  // the character must end inside the run
      if (clen < 2) return 0;
      if (capital && case_of(p + at, clen) == Case::kUpper) return 0;
      multi &= ~(((1u << clen) - 1) << k);
    }
    e += len;
    return kSyllableStop[p[e]] ? e : 0;
  }
#endif
  size_t run_end = e;
  while (run_end < n && (p[run_end] >= 0x80 || is_ascii_alpha(p[run_end]))) ++run_end;
  if (run_end >= n || !letters_fit(p, e, run_end, capital)) return 0;
  return kSyllableStop[p[run_end]] ? run_end : 0;
}

}  // namespace vitext::tokens
