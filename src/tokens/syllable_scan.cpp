#include "tokens/syllable_scan.h"

#include <array>
#include <cstdint>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "tokens/char_class.h"
#include "tokens/utf8.h"

namespace vitext::tokens {
namespace {

// Bytes after which a lower-case run of letters is certainly a whole syllable: nothing that
// could glue more to it (a digit, an apostrophe, '.', '@', ':', '-', '_', '+', '%' for
// URLs and codes) and not a multi-byte character (which might be a letter or a mark).
constexpr std::array<bool, 256> make_syllable_stops() {
  std::array<bool, 256> t{};
  for (unsigned char c : {' ', '\n', '\t', '\r', ',', ';', '!', '?', '(', ')', '"', '[', ']', '/'}) t[c] = true;
  return t;
}
constexpr std::array<bool, 256> kSyllableStop = make_syllable_stops();

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

// The length of the letter whose first byte is at e (ASCII or multi-byte), 0 when the
// character there is not one a syllable may contain.
size_t letter_at(const unsigned char* p, size_t n, size_t e) {
  switch (kSyllableByte[p[e]]) {
    case kAsciiLetterByte:
      return 1;
    case kTwoByteLetterLead:
      return e + 1 < n && (p[e + 1] & 0xC0) == 0x80 ? 2 : 0;
    case kMaybeLetterLead:
      return latin_letter_length(p + e, n - e);
    default:
      return 0;
  }
}

// Whether the character at i is a lower-case letter a syllable may start with, by decoding it.
bool starts_lower_decoded(std::string_view text, size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char first = p[i];
  if (first < 0x80) return first >= 'a' && first <= 'z';
  return latin_letter_length(p + i, text.size() - i) && is_lower(decode_utf8(text, i).cp);
}

// The same, faster.
bool starts_lower(std::string_view text, size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char first = p[i];
  if (first < 0x80) return first >= 'a' && first <= 'z';
  // The Vietnamese letters a syllable most often starts with, read off their bytes (as
  // is_lower would decide): U+0100..U+0137 (đ ă ĩ: lower-case is odd), U+00E0..U+00FF but
  // ÷ (à á â è ...), U+1EA0..U+1EFF (ạ ả ấ ... ỹ: lower-case is odd).
  if (i + 2 < text.size() && (p[i + 1] & 0xC0) == 0x80) {
    const unsigned char b1 = p[i + 1];
    if (first == 0xC4 && b1 < 0xB8) return b1 & 1;
    if (first == 0xC3 && b1 >= 0xA0) return b1 != 0xB7;
    if (first == 0xE1 && ((b1 == 0xBA && p[i + 2] >= 0xA0) || b1 == 0xBB) && (p[i + 2] & 0xC0) == 0x80)
      return p[i + 2] & 1;
  }
  return starts_lower_decoded(text, i);
}

}  // namespace

size_t lower_syllable_end_bytewise(std::string_view text, size_t i) {
  if (i >= text.size() || !starts_lower_decoded(text, i)) return 0;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t e = i;
  for (;;) {
    if (e >= n) return 0;
    if (kSyllableByte[p[e]] == kEndOfRun) break;
    const size_t len = letter_at(p, n, e);
    if (len == 0) return 0;
    e += len;
  }
  return kSyllableStop[p[e]] ? e : 0;
}

size_t lower_syllable_end(std::string_view text, size_t i) {
#ifdef __SSE2__
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  // Sixteen bytes at once: the run of bytes that are ASCII letters or >= 0x80 ends the
  // syllable candidate in one step, so the per-byte branches (which mispredict on every
  // syllable of a different length) are left to the few multi-byte characters inside.
  if (i + 16 <= n) {
    if (!starts_lower(text, i)) return 0;
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i folded = _mm_sub_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
    const __m128i ascii_letter = _mm_cmpeq_epi8(_mm_min_epu8(folded, _mm_set1_epi8(25)), folded);
    const __m128i high = _mm_cmplt_epi8(x, _mm_setzero_si128());
    const unsigned run = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(ascii_letter, high)));
    if (run != 0xFFFF) {
      const unsigned len = static_cast<unsigned>(__builtin_ctz(~run));
      // Every multi-byte character inside the run must be a letter (or a combining mark).
      unsigned multi = static_cast<unsigned>(_mm_movemask_epi8(high)) & ((1u << len) - 1);
      while (multi != 0) {
        const unsigned k = static_cast<unsigned>(__builtin_ctz(multi));
        const size_t clen = letter_at(p, i + len, i + k);  // the character must end inside the run
        if (clen < 2) return 0;
        multi &= ~(((1u << clen) - 1) << k);
      }
      return kSyllableStop[p[i + len]] ? i + len : 0;
    }
  }
#endif
  return lower_syllable_end_bytewise(text, i);
}

}  // namespace vitext::tokens
