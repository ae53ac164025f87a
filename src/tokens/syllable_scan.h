// The tokenizer's fast path for the most common tokens, syllables in lower case or with a
// capital first letter ("công", "tác", "Hà", "Đảng"): where they end, without the general
// scanner. Kept apart from tokenize.cpp so that it can be tested against match_word.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace vitext::tokens {

// The end of the syllable starting at i, or 0 when the token there needs the general path
// (an acronym, a digit, a URL, a non-Latin letter, the text's end ...). When it is not 0,
// match_word(text, i) is {that end, kSyllable}: a run of letters that starts lower-case,
// or starts with a capital and has no other, followed by a byte after which nothing could
// glue to it (space, ',', ';', ')', ...).
size_t syllable_end(std::string_view text, size_t i);

namespace detail {

// Bytes after which a run of letters is certainly a whole syllable: nothing that could
// glue more to it (a digit, an apostrophe, '.', '@', ':', '-', '_', '+', '%' for URLs,
// codes and acronyms) and not a multi-byte character (which might be a letter or a mark).
constexpr std::array<bool, 256> make_syllable_stops() {
  std::array<bool, 256> t{};
  // Not '/': "km/h" is one token.
  for (unsigned char c : {' ', '\n', '\t', '\r', ',', ';', '!', '?', '(', ')', '"', '[', ']'}) t[c] = true;
  return t;
}
inline constexpr std::array<bool, 256> kSyllableStop = make_syllable_stops();

#ifdef __SSE2__
// Whether the high bytes of a run (bit k of `multi` for x[k]; the run is the bits of
// `in_run`) are whole characters a syllable may hold, all at once rather than one
// character at a time (their count and kind vary from syllable to syllable, so a loop
// over them branches differently each time). As latin_letter_length: leads C3 but not × ÷ (C3 97, C3 B7),
// C4..C9, CC, CD up to U+036F, E1 B8..BB (U+1E00..U+1EFF); each followed by exactly its
// continuation bytes inside the run, so stray or truncated bytes decline.
inline bool multibyte_letters_fit(__m128i x, unsigned multi, unsigned in_run) {
  const __m128i next = _mm_srli_si128(x, 1);  // x[k + 1] at lane k
  auto eq = [](__m128i a, int b) { return _mm_cmpeq_epi8(a, _mm_set1_epi8(static_cast<char>(b))); };
  // v - lo <= span as unsigned bytes: v in [lo, lo + span].
  auto in_range = [](__m128i v, int lo, int span) {
    const __m128i d = _mm_sub_epi8(v, _mm_set1_epi8(static_cast<char>(lo)));
    return _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(static_cast<char>(span))), d);
  };
  const __m128i c3 = _mm_andnot_si128(_mm_or_si128(eq(next, 0x97), eq(next, 0xB7)), eq(x, 0xC3));
  const __m128i cd = _mm_and_si128(eq(x, 0xCD), in_range(next, 0x80, 0x2F));
  const __m128i two = _mm_or_si128(_mm_or_si128(c3, in_range(x, 0xC4, 5)), _mm_or_si128(eq(x, 0xCC), cd));
  const __m128i three = _mm_and_si128(eq(x, 0xE1), in_range(next, 0xB8, 3));
  const unsigned continuation = static_cast<unsigned>(_mm_movemask_epi8(in_range(x, 0x80, 0x3F))) & multi;
  const unsigned two_leads = static_cast<unsigned>(_mm_movemask_epi8(two)) & multi;
  const unsigned three_leads = static_cast<unsigned>(_mm_movemask_epi8(three)) & multi;
  // Every high byte is an accepted lead or a continuation byte one of them expects, and no
  // character runs past the run's end.
  const unsigned expected = (two_leads << 1) | (three_leads << 1) | (three_leads << 2);
  return (two_leads | three_leads | continuation) == multi && continuation == expected &&
         (expected & ~in_run) == 0;
}
#endif

}  // namespace detail

// syllable_end for a token whose first byte, text[i], is an ASCII lower-case letter: the
// commonest token start in Vietnamese text ("công", "tác", "của"), inline in the
// tokenizer's loop with one 16-byte look. After a lower-case first letter any letters may
// follow, so only the multi-byte characters and the byte after the run are checked.
// Returns 0 where syllable_end has to look further (a run of 16 bytes or more, the last
// 15 bytes of the text), and there only.
inline size_t lower_syllable_end(std::string_view text, size_t i) {
#ifdef __SSE2__
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  if (i + 16 <= text.size()) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i folded = _mm_sub_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
    const __m128i ascii_letter = _mm_cmpeq_epi8(_mm_min_epu8(folded, _mm_set1_epi8(25)), folded);
    const __m128i high = _mm_cmplt_epi8(x, _mm_setzero_si128());
    const unsigned run = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(ascii_letter, high)));
    if (run == 0xFFFF) return syllable_end(text, i);
    const unsigned len = static_cast<unsigned>(__builtin_ctz(~run));
    const unsigned in_run = (1u << len) - 1;
    const unsigned multi = static_cast<unsigned>(_mm_movemask_epi8(high)) & in_run;
    if (multi != 0 && !detail::multibyte_letters_fit(x, multi, in_run)) return 0;
    return detail::kSyllableStop[p[i + len]] ? i + len : 0;
  }
#endif
  return syllable_end(text, i);
}

}  // namespace vitext::tokens
