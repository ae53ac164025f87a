#include "normalize/text_normalizer.h"

#include <utf8proc.h>

#include <array>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <cstdlib>
#include <string>

#include "core/letters.h"
#include "core/utf8.h"
#include "normalize/char_class.h"
#include "normalize/tone_placement.h"

namespace vitext::normalize_detail {

// What a toned-vowel stop needs, by vowel (see mark_may_be_misplaced).
enum ToneCheck : uint8_t {
  kNoCheck,         // not a toned vowel, or one whose mark is always right (ă â ê ô ơ)
  kCheckBefore,     // a, e: misplaced only after another vowel
  kCheckBeside,     // i, o, u, y: misplaced only next to another vowel
  kCheckHornO,      // ư: misplaced only before ơ
};

// ToneCheck for the two-byte letters U+00C0..U+017F (lead bytes C3..C5) and the
// three-byte U+1E00..U+1EFF (E1 B8..BB), indexed straight from their UTF-8 bytes.
struct ToneCheckTable {
  std::array<uint8_t, 3 * 64> two_byte{};
  std::array<uint8_t, 4 * 64> ext_additional{};
  ToneCheckTable() {
    for (char32_t cp = 0xC0; cp < 0x180; ++cp) two_byte[cp - 0xC0] = classify(cp);
    for (char32_t cp = 0x1E00; cp < 0x1F00; ++cp) ext_additional[cp - 0x1E00] = classify(cp);
  }
  static uint8_t classify(char32_t cp) {
    const viet::Letter v = viet::analyse_vowel(cp);
    if (!v.is_vowel || v.tone == viet::kNoTone) return kNoCheck;
    switch (v.vowel) {
      case viet::kAw: case viet::kAa: case viet::kEe: case viet::kOo: case viet::kOw: return kNoCheck;
      case viet::kUw: return kCheckHornO;
      case viet::kA: case viet::kE: return kCheckBefore;
      default: return kCheckBeside;
    }
  }
};

static const ToneCheckTable& tone_check_table() {
  static const ToneCheckTable table;
  return table;
}

namespace {

// Bytes the scanner passes over without decoding: printable ASCII, TAB, LF, UTF-8
// continuation bytes (they never start a character) and the lead bytes of characters
// that never need work. With tone=keep that includes C3..C6 (U+00C0..U+01BF, precomposed
// Latin letters); otherwise only C6 (U+0180..U+01BF: ơ ư and no toned vowel), since
// C3..C5 hold toned vowels (à, ĩ, ũ ...). Vietnamese text then stops about once a syllable.
constexpr std::array<bool, 256> make_skip_table(bool keep_tone) {
  std::array<bool, 256> t{};
  for (int b = 0x20; b < 0x7F; ++b) t[b] = true;
  t['\t'] = t['\n'] = true;
  for (int b = 0x80; b < 0xC0; ++b) t[b] = true;
  for (int b = keep_tone ? 0xC3 : 0xC6; b <= 0xC6; ++b) t[b] = true;
  return t;
}
constexpr std::array<bool, 256> kSkipKeepTone = make_skip_table(true);
constexpr std::array<bool, 256> kSkipMoveTone = make_skip_table(false);

#ifdef __SSE2__
// Vector helpers for skip_plain: each lane answers for one byte.
inline __m128i in_range(__m128i x, unsigned char lo, unsigned char hi) {
  const __m128i t = _mm_sub_epi8(x, _mm_set1_epi8(static_cast<char>(lo)));
  return _mm_cmpeq_epi8(_mm_min_epu8(t, _mm_set1_epi8(static_cast<char>(hi - lo))), t);
}
inline __m128i is_continuation_byte(__m128i x) { return _mm_cmplt_epi8(x, _mm_set1_epi8(static_cast<char>(0xC0))); }
// ASCII and not a vowel (a e i o u y, either case), as is_ascii_vowel sees it.
inline __m128i is_ascii_non_vowel(__m128i x) {
  const __m128i f = _mm_or_si128(x, _mm_set1_epi8(0x20));
  __m128i v = _mm_cmpeq_epi8(f, _mm_set1_epi8('a'));
  for (char c : {'e', 'i', 'o', 'u', 'y'}) v = _mm_or_si128(v, _mm_cmpeq_epi8(f, _mm_set1_epi8(c)));
  return _mm_andnot_si128(v, _mm_cmpgt_epi8(x, _mm_set1_epi8(-1)));
}
inline __m128i load_at(const unsigned char* p) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p)); }

// Lanes holding the lead byte of a toned vowel whose mark cannot be misplaced, because no
// vowel stands beside it (see mark_may_be_misplaced): a plain ASCII consonant, or đ,
// before it and a plain ASCII consonant (or space, punctuation) after it. With tone=keep
// no mark moves, so every precomposed vowel of U+1E00..U+1EFF qualifies.
inline __m128i quiet_toned_vowels(const unsigned char* p, bool keep_tone) {
  const __m128i x = load_at(p), x1 = load_at(p + 1), x2 = load_at(p + 2);
  const __m128i three = _mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(static_cast<char>(0xE1))),
                                                    in_range(x1, 0xB8, 0xBB)),
                                      is_continuation_byte(x2));
  if (keep_tone) return three;
  const __m128i before = load_at(p - 1), before2 = load_at(p - 2), x3 = load_at(p + 3);
  const __m128i after_d = _mm_and_si128(_mm_cmpeq_epi8(before2, _mm_set1_epi8(static_cast<char>(0xC4))),
                                        in_range(before, 0x90, 0x91));
  const __m128i quiet_before = _mm_or_si128(is_ascii_non_vowel(before), after_d);
  const __m128i two = _mm_and_si128(_mm_and_si128(in_range(x, 0xC3, 0xC5), is_continuation_byte(x1)),
                                    is_ascii_non_vowel(x2));
  const __m128i quiet_three = _mm_and_si128(three, is_ascii_non_vowel(x3));
  return _mm_and_si128(quiet_before, _mm_or_si128(two, quiet_three));
}
#endif

// Finds the bytes the normaliser must look at: it passes over printable ASCII, TAB, LF,
// continuation bytes and the lead bytes of characters that never need work (the skip
// table), sixteen bytes at a time with SSE2. Vietnamese text has a stop every few bytes,
// so the stops of a block are kept and handed out one by one rather than recomputed.
// The vector test also passes over toned vowels that need no look (quiet_toned_vowels),
// so that most syllables cost no stop at all.
class PlainScanner {
 public:
  PlainScanner(const unsigned char* s, size_t n, bool keep_tone)
      : s_(s), n_(n), keep_tone_(keep_tone), skip_(keep_tone ? kSkipKeepTone : kSkipMoveTone) {}

  // Index of the first byte at or after i that needs a look (or n).
  size_t next_stop(size_t i) {
#ifdef __SSE2__
    if (i >= block_ && i - block_ < 16) {
      const unsigned later = mask_ & (~0u << (i - block_));
      if (later != 0) return block_ + static_cast<size_t>(__builtin_ctz(later));
      i = block_ + 16;
    }
    while (i + 16 <= n_) {
      const unsigned mask = stops_in_block(i);
      if (mask != 0) {
        block_ = i;
        mask_ = mask;
        return i + static_cast<size_t>(__builtin_ctz(mask));
      }
      i += 16;
    }
#endif
    while (i < n_ && skip_[s_[i]]) ++i;
    return i;
  }

 private:
#ifdef __SSE2__
  unsigned stops_in_block(size_t i) const {
    const __m128i minus_one = _mm_set1_epi8(-1);
    const __m128i x = load_at(s_ + i);
    const __m128i ascii = _mm_cmpgt_epi8(x, minus_one);
    const __m128i control =
        _mm_and_si128(_mm_and_si128(_mm_cmplt_epi8(x, _mm_set1_epi8(0x20)), ascii),
                      _mm_andnot_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\t')),
                                                    _mm_cmpeq_epi8(x, _mm_set1_epi8('\n'))),
                                       minus_one));
    const __m128i lead = _mm_andnot_si128(ascii, _mm_cmpgt_epi8(x, _mm_set1_epi8(static_cast<char>(0xBF))));
    const __m128i skipped_lead = keep_tone_ ? in_range(x, 0xC3, 0xC6) : _mm_cmpeq_epi8(x, _mm_set1_epi8(static_cast<char>(0xC6)));
    const __m128i stop = _mm_or_si128(_mm_or_si128(control, _mm_cmpeq_epi8(x, _mm_set1_epi8(0x7F))),
                                      _mm_andnot_si128(skipped_lead, lead));
    unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(stop));
    // The neighbours' loads reach 2 bytes before and 3 after the block.
    if (mask != 0 && i >= 2 && i + 19 <= n_)
      mask &= ~static_cast<unsigned>(_mm_movemask_epi8(quiet_toned_vowels(s_ + i, keep_tone_)));
    return mask;
  }
#endif

  const unsigned char* s_;
  size_t n_;
  bool keep_tone_;
  const std::array<bool, 256>& skip_;
  size_t block_ = ~size_t{0} - 16;  // the block whose stops mask_ holds (none yet)
  unsigned mask_ = 0;
};

bool is_ascii_letter(unsigned char b) { return ((b | 0x20) >= 'a' && (b | 0x20) <= 'z'); }
bool is_ascii_vowel(unsigned char b) {
  switch (b | 0x20) {
    case 'a': case 'e': case 'i': case 'o': case 'u': case 'y': return true;
    default: return false;
  }
}

}  // namespace

TextNormalizer::TextNormalizer(std::string_view text, const NormalizeOptions& options)
    : text_(text),
      s_(reinterpret_cast<const unsigned char*>(text.data())),
      n_(text.size()),
      options_(options),
      words_(options),
      tone_checks_(&tone_check_table()) {
  word_triggers_ = kNeedsNfc;
  if (options.tone != ToneStyle::kKeep) word_triggers_ |= kTonedVowel;
  if (options.fold_lookalikes) word_triggers_ |= kLookalike;
}

bool TextNormalizer::run() {
  const bool keep_tone = options_.tone == ToneStyle::kKeep;
  PlainScanner scanner(s_, n_, keep_tone);
  const uint8_t stops = word_triggers_ | kSpecial;
  size_t i = 0;
  for (;;) {
    i = scanner.next_stop(i);
    if (i >= n_) break;
    unsigned char b = s_[i];
    if (b < 0x80) {
      i = handle_special(i, b, 1);
      continue;
    }
    // E1 B8..BB: U+1E00..U+1EFF, Latin Extended Additional (most Vietnamese vowels with a
    // tone mark): nothing to do unless tone marks may move.
    if (b == 0xE1 && i + 2 < n_ && (s_[i + 1] & 0xFC) == 0xB8 && utf8::is_continuation(s_[i + 2])) {
      if (keep_tone) {
        i += 3;
        continue;
      }
      uint8_t check = tone_checks_->ext_additional[((s_[i + 1] & 3) << 6) | (s_[i + 2] & 0x3F)];
      i = check == kNoCheck ? i + 3 : handle_toned_vowel(i, check, 3);
      continue;
    }
    if (b >= 0xC3 && b <= 0xC5 && i + 1 < n_ && utf8::is_continuation(s_[i + 1])) {  // only when tone marks move
      uint8_t check = tone_checks_->two_byte[((b - 0xC3) << 6) | (s_[i + 1] & 0x3F)];
      i = check == kNoCheck ? i + 2 : handle_toned_vowel(i, check, 2);
      continue;
    }
    utf8::Decoded d = utf8::decode(s_, n_, i);
    if (!d.valid) {  // not expected after decoding; passed through as it is
      ++i;
      continue;
    }
    uint8_t f = char_flags(d.cp);
    if ((f & stops) == 0) {
      i += d.len;
      continue;
    }
    // U+2000 and U+2001 need NFC too (-> U+2002, U+2003), but as odd spaces they become ' ':
    // composing first would leave the second rule for a second pass.
    if ((f & kSpecial) && special_kind(d.cp) == SpecialKind::kOddSpace) {
      i = handle_special(i, d.cp, d.len);
    } else if ((f & word_triggers_ & ~kTonedVowel) != 0) {
      i = handle_word_trigger(i, d.len);
    } else if (f & word_triggers_) {  // a toned vowel outside the ranges above: none today
      i = handle_toned_vowel(i, ToneCheckTable::classify(d.cp), d.len);
    } else {
      i = handle_special(i, d.cp, d.len);
    }
  }
  finish();
  return changed_;
}

// A toned vowel with no vowel beside it is the whole nucleus: its mark cannot be
// misplaced, so the common case costs two byte looks. Otherwise the syllable is checked
// here when it is made of plain letters only (ASCII, precomposed vowels, đ), which is
// nearly always; anything else goes to the word normaliser.
size_t TextNormalizer::handle_toned_vowel(size_t i, uint8_t check, size_t len) {
  if (!mark_may_be_misplaced(i, check, len)) return i + len;
  size_t start = i, end = i + len;
  while (start > copied_until_) {
    size_t p = s_[start - 1] < 0x80 ? start - 1 : utf8::previous_start(s_, start);
    utf8::Decoded d = utf8::decode(s_, n_, p);
    if (!is_plain_letter(d.cp)) {
      if (is_word_char(d.cp) || is_inner_invisible(d.cp)) return handle_word_trigger(i, len);
      break;
    }
    start = p;
  }
  while (end < n_) {
    utf8::Decoded d = utf8::decode(s_, n_, end);
    if (!is_plain_letter(d.cp)) {
      if (is_word_char(d.cp) || is_inner_invisible(d.cp)) return handle_word_trigger(i, len);
      break;
    }
    end += d.len;
  }
  char32_t letters[kMaxSyllableLetters];
  size_t count = 0;
  for (size_t k = start; k < end && count <= kMaxSyllableLetters; ++count) {
    if (count == kMaxSyllableLetters) return end;  // too long for a syllable: nothing to move
    utf8::Decoded d = utf8::decode(s_, n_, k);
    letters[count] = d.cp;
    k += d.len;
  }
  if (place_tone(letters, count, options_.tone)) {
    syllable_.clear();
    for (size_t k = 0; k < count; ++k) utf8::append(syllable_, letters[k]);
    replace(start, end - start, syllable_);
  }
  return end;
}

// Whether the syllable around the toned vowel at i needs a closer look, from its
// neighbours alone. Exact (see tone_placement.cpp): a mark on ă â ê ô ơ is always right;
// on ư it is right unless ơ follows (ươ takes it on the ơ); on a or e it is right unless
// a vowel comes before ("hoà", "quá" are checked); on i o u y it is right when no vowel
// is beside it (the whole nucleus).
bool TextNormalizer::mark_may_be_misplaced(size_t i, uint8_t check, size_t len) const {
  switch (check) {
    case kCheckHornO: {
      if (i + len >= n_) return false;
      char32_t next = utf8::decode(s_, n_, i + len).cp;
      return next == 0x01A1 || next == 0x01A0;
    }
    case kCheckBefore:
      return is_vowel_before(i);
    case kCheckBeside:
      return is_vowel_before(i) || is_vowel_at(i + len);
    default:
      return false;
  }
}

bool TextNormalizer::is_plain_letter(char32_t cp) const {
  if (cp < 0x80) return is_ascii_letter(static_cast<unsigned char>(cp));
  return (char_flags(cp) & kVowel) || cp == viet::kDStroke || cp == viet::kDStrokeUpper;
}

size_t TextNormalizer::handle_word_trigger(size_t i, size_t len) {
  size_t start, end;
  if (find_word(i, len, &start, &end)) return rewrite_word(start, end);
  // Not part of a word: a combining mark after a space or digit, a symbol NFC changes.
  return handle_lone_marks(i, len);
}

size_t TextNormalizer::rewrite_word(size_t start, size_t end) {
  if (words_.normalize(text_.substr(start, end - start), &dropped_)) replace(start, end - start, words_.out());
  return end;
}

// Whether the character at i is one handle_special drops: an invisible, or a zero-width
// joiner that does not join two emoji.
bool TextNormalizer::is_dropped_invisible(size_t i, char32_t cp, size_t len) const {
  if (!is_inner_invisible(cp)) return false;
  if (cp != 0x200D || i == 0 || i + len >= n_) return true;
  return !(is_emoji_part(utf8::decode(s_, n_, utf8::previous_start(s_, i)).cp) &&
           is_emoji_part(utf8::decode(s_, n_, i + len).cp));
}

// NFC of the character before (the starter a mark may compose with) and the run of
// characters needing NFC from i. Invisibles that are dropped between two marks belong to
// the run: dropped on their own, they would join the marks on either side into one
// sequence that only a second pass would put in canonical order ("◌̂ U+0016 ◌̂ ◌᪵", found
// by the normalize fuzzer: normalising must be idempotent).
size_t TextNormalizer::handle_lone_marks(size_t i, size_t len) {
  size_t start = i > copied_until_ ? utf8::previous_start(s_, i) : i;
  if (start < copied_until_) start = i;
  size_t end = i + len;
  size_t invisibles = 0;
  auto composes = [&](const utf8::Decoded& d) {
    // Special characters have rules of their own (U+2000 is NFC U+2002, but an odd space
    // becomes ' '): composing them here would leave them for a second pass to change.
    return d.valid && (char_flags(d.cp) & kNeedsNfc) && !(char_flags(d.cp) & kSpecial);
  };
  while (end < n_) {
    utf8::Decoded d = utf8::decode(s_, n_, end);
    if (composes(d)) {
      end += d.len;
      continue;
    }
    size_t m = end, run = 0;
    while (m < n_ && d.valid && is_dropped_invisible(m, d.cp, d.len)) {
      m += d.len;
      ++run;
      if (m < n_) d = utf8::decode(s_, n_, m);
    }
    if (run == 0 || m >= n_ || !composes(d)) break;
    invisibles += run;
    end = m;
  }
  std::string marks;
  std::string_view run_text = text_.substr(start, end - start);
  if (invisibles > 0) {
    for (size_t k = start; k < end;) {
      utf8::Decoded d = utf8::decode(s_, n_, k);
      if (!is_dropped_invisible(k, d.cp, d.len)) marks.append(text_.substr(k, d.len));
      k += d.len;
    }
    run_text = marks;
  }
  utf8proc_uint8_t* composed = nullptr;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(run_text.data()),
                        static_cast<utf8proc_ssize_t>(run_text.size()), &composed,
                        static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (n >= 0 && composed != nullptr) {
    std::string_view result(reinterpret_cast<const char*>(composed), static_cast<size_t>(n));
    if (result != text_.substr(start, end - start)) {
      replace(start, end - start, result);
      dropped_ += invisibles;
    }
  }
  std::free(composed);
  return end;
}

size_t TextNormalizer::handle_special(size_t i, char32_t cp, size_t len) {
  switch (special_kind(cp)) {
    case SpecialKind::kCarriageReturn:
      // CR LF -> LF (the CR is left out); a lone CR is an old Mac line end -> LF.
      replace(i, 1, i + 1 < n_ && s_[i + 1] == '\n' ? "" : "\n");
      return i + 1;
    case SpecialKind::kNewline:
      replace(i, len, "\n");
      return i + len;
    case SpecialKind::kZwj:
    case SpecialKind::kInvisible: {
      if (!is_dropped_invisible(i, cp, len)) return i + len;
      size_t start, end;
      if (find_word(i, len, &start, &end)) return rewrite_word(start, end);
      replace(i, len, "");
      ++dropped_;
      return i + len;
    }
    case SpecialKind::kOddSpace:
      if (options_.unify_spaces) replace(i, len, " ");
      else if (char_flags(cp) & kNeedsNfc) return handle_lone_marks(i, len);
      return i + len;
    case SpecialKind::kFullwidth:
      if (options_.fold_lookalikes) {
        char ascii = static_cast<char>(cp - 0xFEE0);
        replace(i, len, std::string_view(&ascii, 1));
      }
      return i + len;
    case SpecialKind::kHyphen:
      if (options_.fold_lookalikes) replace(i, len, "-");
      return i + len;
    case SpecialKind::kNone:
      break;
  }
  return i + len;
}

bool TextNormalizer::is_letter(char32_t cp) const {
  if (cp < 0x80) return is_ascii_letter(static_cast<unsigned char>(cp));
  uint8_t f = char_flags(cp);
  return (f & kWordChar) && !(f & kMark);
}

bool TextNormalizer::is_inner_invisible(char32_t cp) const {
  if (!options_.drop_invisible || !(char_flags(cp) & kSpecial)) return false;
  SpecialKind k = special_kind(cp);
  return k == SpecialKind::kInvisible || k == SpecialKind::kZwj;
}

bool TextNormalizer::is_word_char(char32_t cp) const {
  if (cp < 0x80) return is_ascii_letter(static_cast<unsigned char>(cp));
  return (char_flags(cp) & kWordChar) != 0;
}

// A word starts with a letter and runs over letters and combining marks; a zero-width
// character belongs to it only when more of the word follows. The bounds depend on the
// word's own characters only, so normalising any text that contains the whole word gives
// the same result for it (what the round-trip property test checks).
bool TextNormalizer::find_word(size_t i, size_t len, size_t* start, size_t* end) const {
  size_t j = i;
  while (j > copied_until_) {
    size_t p = utf8::previous_start(s_, j);
    utf8::Decoded d = utf8::decode(s_, n_, p);
    if (!d.valid || !(is_word_char(d.cp) || is_inner_invisible(d.cp))) break;
    j = p;
  }
  // Skip leading marks and invisibles: a word begins at its first letter.
  while (j < i + len) {
    utf8::Decoded d = utf8::decode(s_, n_, j);
    if (is_letter(d.cp)) break;
    j += d.len;
  }
  if (j >= i + len) return false;  // no letter before or at i
  size_t k = j;
  while (k < n_) {
    utf8::Decoded d = utf8::decode(s_, n_, k);
    if (!d.valid) break;
    if (is_word_char(d.cp)) {
      k += d.len;
      continue;
    }
    if (!is_inner_invisible(d.cp)) break;
    size_t m = k + d.len;  // an invisible run continues the word only if a word char follows
    utf8::Decoded next{0, 1, false};
    while (m < n_ && (next = utf8::decode(s_, n_, m)).valid && is_inner_invisible(next.cp)) m += next.len;
    if (m >= n_ || !next.valid || !is_word_char(next.cp)) break;
    k = m;
  }
  if (k <= i) return false;
  *start = j;
  *end = k;
  return true;
}

bool TextNormalizer::is_vowel_at(size_t i) const {
  if (i >= n_) return false;
  if (s_[i] < 0x80) return is_ascii_vowel(s_[i]);
  return (char_flags(utf8::decode(s_, n_, i).cp) & kVowel) != 0;
}

bool TextNormalizer::is_vowel_before(size_t i) const {
  if (i == 0) return false;
  if (s_[i - 1] < 0x80) return is_ascii_vowel(s_[i - 1]);
  return (char_flags(utf8::decode(s_, n_, utf8::previous_start(s_, i)).cp) & kVowel) != 0;
}

void TextNormalizer::replace(size_t start, size_t len, std::string_view with) {
  // Only the characters that differ become one atomic map piece: a whole rewritten word as
  // one piece would make tokens that split the word (a URL running into letters, "ti" of
  // ".../tiỐ") overlap in the original. Unchanged leading and trailing characters are copied.
  const std::string_view old = text_.substr(start, len);
  auto continuation = [](std::string_view s, size_t k) {
    return k < s.size() && utf8::is_continuation(static_cast<unsigned char>(s[k]));
  };
  size_t pre = 0;
  while (pre < old.size() && pre < with.size() && old[pre] == with[pre]) ++pre;
  while (pre > 0 && (continuation(old, pre) || continuation(with, pre))) --pre;
  size_t suf = 0;
  while (suf < old.size() - pre && suf < with.size() - pre && old[old.size() - 1 - suf] == with[with.size() - 1 - suf])
    ++suf;
  while (suf > 0 && (continuation(old, old.size() - suf) || continuation(with, with.size() - suf))) --suf;
  if (pre == old.size() && pre == with.size()) return;  // nothing changes
  if (pre + suf == old.size() && pre + suf < with.size()) pre = suf = 0;  // pure insertions map to what they follow
  start += pre;
  len = old.size() - pre - suf;
  with = with.substr(pre, with.size() - pre - suf);
  replace_exactly(start, len, with);
  if (suf > 0) {
    out_.copy(static_cast<uint32_t>(copied_until_), text_.substr(copied_until_, suf));
    copied_until_ += suf;
  }
}

void TextNormalizer::replace_exactly(size_t start, size_t len, std::string_view with) {
  if (!changed_) {
    out_.reserve(n_ + n_ / 32 + 16);
    changed_ = true;
  }
  if (start > copied_until_) {
    out_.copy(static_cast<uint32_t>(copied_until_), text_.substr(copied_until_, start - copied_until_));
  }
  out_.replace(static_cast<uint32_t>(start), static_cast<uint32_t>(len), with);
  copied_until_ = start + len;
}

void TextNormalizer::finish() {
  if (changed_ && copied_until_ < n_) {
    out_.copy(static_cast<uint32_t>(copied_until_), text_.substr(copied_until_));
    copied_until_ = n_;
  }
}

}  // namespace vitext::normalize_detail
