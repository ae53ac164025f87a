#include "normalize/text_normalizer.h"

#include <utf8proc.h>

#include <array>
#include <cstdlib>
#include <string>

#include "normalize/char_class.h"
#include "normalize/utf8_codec.h"

namespace vitext::normalize_detail {
namespace {

// ASCII bytes the scanner passes over without a second look: printable, TAB and LF.
constexpr std::array<bool, 128> make_plain_ascii() {
  std::array<bool, 128> t{};
  for (int b = 0x20; b < 0x7F; ++b) t[b] = true;
  t['\t'] = t['\n'] = true;
  return t;
}
constexpr std::array<bool, 128> kPlainAscii = make_plain_ascii();

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
      words_(options) {
  word_triggers_ = kNeedsNfc;
  if (options.tone != ToneStyle::kKeep) word_triggers_ |= kTonedVowel;
  if (options.fold_lookalikes) word_triggers_ |= kLookalike;
}

bool TextNormalizer::run() {
  size_t i = 0;
  const uint8_t stops = word_triggers_ | kSpecial;
  while (i < n_) {
    unsigned char b = s_[i];
    if (b < 0x80) {
      if (kPlainAscii[b]) {
        ++i;
        continue;
      }
      i = handle_special(i, b, 1);
      continue;
    }
    Decoded d = decode_utf8(s_, n_, i);
    if (!d.valid) {  // not expected after decoding; passed through as it is
      ++i;
      continue;
    }
    uint8_t f = char_flags(d.cp);
    if ((f & stops) == 0) {
      i += d.len;
      continue;
    }
    if ((f & word_triggers_ & ~kTonedVowel) != 0) {
      i = handle_word_trigger(i, d.len);
    } else if (f & word_triggers_) {
      i = handle_toned_vowel(i, d.len);
    } else {
      i = handle_special(i, d.cp, d.len);
    }
  }
  finish();
  return changed_;
}

// A toned vowel with no vowel beside it is the whole nucleus: its mark cannot be
// misplaced, so the common case costs two byte looks.
size_t TextNormalizer::handle_toned_vowel(size_t i, size_t len) {
  if (!is_vowel_before(i) && !is_vowel_at(i + len)) return i + len;
  return handle_word_trigger(i, len);
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

// NFC of the character before (the starter a mark may compose with) and the run of
// characters needing NFC from i.
size_t TextNormalizer::handle_lone_marks(size_t i, size_t len) {
  size_t start = i > copied_until_ ? previous_char_start(s_, i) : i;
  if (start < copied_until_) start = i;
  size_t end = i + len;
  while (end < n_) {
    Decoded d = decode_utf8(s_, n_, end);
    if (!d.valid || !(char_flags(d.cp) & kNeedsNfc)) break;
    end += d.len;
  }
  utf8proc_uint8_t* composed = nullptr;
  auto n = utf8proc_map(s_ + start, static_cast<utf8proc_ssize_t>(end - start), &composed,
                        static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (n >= 0 && composed != nullptr) {
    std::string_view result(reinterpret_cast<const char*>(composed), static_cast<size_t>(n));
    if (result != text_.substr(start, end - start)) replace(start, end - start, result);
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
      if (!options_.drop_invisible) return i + len;
      if (cp == 0x200D && i > 0 && i + len < n_) {
        Decoded before = decode_utf8(s_, n_, previous_char_start(s_, i));
        Decoded after = decode_utf8(s_, n_, i + len);
        if (is_emoji_part(before.cp) && is_emoji_part(after.cp)) return i + len;
      }
      size_t start, end;
      if (find_word(i, len, &start, &end)) return rewrite_word(start, end);
      replace(i, len, "");
      ++dropped_;
      return i + len;
    }
    case SpecialKind::kOddSpace:
      if (options_.unify_spaces) replace(i, len, " ");
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
    size_t p = previous_char_start(s_, j);
    Decoded d = decode_utf8(s_, n_, p);
    if (!d.valid || !(is_word_char(d.cp) || is_inner_invisible(d.cp))) break;
    j = p;
  }
  // Skip leading marks and invisibles: a word begins at its first letter.
  while (j < i + len) {
    Decoded d = decode_utf8(s_, n_, j);
    if (is_letter(d.cp)) break;
    j += d.len;
  }
  if (j >= i + len) return false;  // no letter before or at i
  size_t k = j;
  while (k < n_) {
    Decoded d = decode_utf8(s_, n_, k);
    if (!d.valid) break;
    if (is_word_char(d.cp)) {
      k += d.len;
      continue;
    }
    if (!is_inner_invisible(d.cp)) break;
    size_t m = k + d.len;  // an invisible run continues the word only if a word char follows
    Decoded next{0, 1, false};
    while (m < n_ && (next = decode_utf8(s_, n_, m)).valid && is_inner_invisible(next.cp)) m += next.len;
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
  return (char_flags(decode_utf8(s_, n_, i).cp) & kVowel) != 0;
}

bool TextNormalizer::is_vowel_before(size_t i) const {
  if (i == 0) return false;
  if (s_[i - 1] < 0x80) return is_ascii_vowel(s_[i - 1]);
  return (char_flags(decode_utf8(s_, n_, previous_char_start(s_, i)).cp) & kVowel) != 0;
}

void TextNormalizer::replace(size_t start, size_t len, std::string_view with) {
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
