#include "normalize/word_normalizer.h"

#include <utf8proc.h>

#include <cstdlib>

#include "core/letters.h"
#include "core/utf8.h"
#include "normalize/char_class.h"
#include "normalize/tone_placement.h"

namespace vitext::normalize_detail {

bool WordNormalizer::normalize(std::string_view word, uint64_t* dropped) {
  letters_.clear();
  const auto* s = reinterpret_cast<const unsigned char*>(word.data());
  uint64_t dropped_here = 0;
  for (size_t i = 0; i < word.size();) {
    utf8::Decoded d = utf8::decode(s, word.size(), i);
    i += d.len;
    if (options_.drop_invisible && (char_flags(d.cp) & kSpecial)) {
      SpecialKind k = special_kind(d.cp);
      if (k == SpecialKind::kInvisible || k == SpecialKind::kZwj) {
        ++dropped_here;
        continue;
      }
    }
    letters_.push_back(d.cp);
  }
  if (options_.fold_lookalikes) fold_lookalikes();
  compose_vietnamese_clusters();
  compose_nfc();
  place_tone(letters_.data(), letters_.size(), options_.tone);

  out_.clear();
  for (char32_t cp : letters_) utf8::append(out_, cp);
  if (out_ == word) return false;
  *dropped += dropped_here;
  return true;
}

// Fullwidth letters always become ASCII. Cyrillic/Greek lookalikes become Latin only in
// a word that has a Latin letter and no other non-Latin letter ("Hà Nộі" with a Cyrillic
// і), so that real Russian or Greek words are left alone. A fullwidth letter counts as the
// Latin letter it becomes: otherwise "ТＣ" would fold to "ТC" and, normalised again, to
// "TC" (found by the normalize fuzzer: normalising must be idempotent).
void WordNormalizer::fold_lookalikes() {
  bool has_latin = false, has_foreign = false, has_lookalike = false;
  for (char32_t cp : letters_) {
    if (cp >= 0xFF21 && cp <= 0xFF5A) {  // fullwidth letters: folded regardless
      if (lookalike_target(cp) != 0) has_latin = true;
      continue;
    }
    uint8_t f = char_flags(cp);
    if (f & kMark) continue;
    if (viet::is_latin_letter(cp)) has_latin = true;
    else if (f & kLookalike) has_lookalike = true;
    else has_foreign = true;
  }
  bool fold_scripts = has_latin && has_lookalike && !has_foreign;
  for (char32_t& cp : letters_) {
    bool fullwidth = cp >= 0xFF21 && cp <= 0xFF5A;
    if (fullwidth || (fold_scripts && (char_flags(cp) & kLookalike))) {
      if (char32_t t = lookalike_target(cp)) cp = t;
    }
  }
}

// A vowel followed by Vietnamese combining marks in any order (tone before or after the
// circumflex/breve/horn) becomes the precomposed letter. Plain NFC would not compose
// "o + U+0301 + U+0302" (both marks have combining class 230, so the acute blocks the
// circumflex), which Vietnamese input methods do produce.
void WordNormalizer::compose_vietnamese_clusters() {
  size_t w = 0;
  for (size_t k = 0; k < letters_.size();) {
    size_t m = k + 1;
    while (m < letters_.size() && m - k <= 3 && viet::is_vietnamese_mark(letters_[m])) ++m;
    char32_t composed = m > k + 1 ? viet::compose_vietnamese(letters_[k], &letters_[k + 1], static_cast<int>(m - k - 1)) : 0;
    if (composed != 0) {
      letters_[w++] = composed;
      k = m;
    } else {
      letters_[w++] = letters_[k++];
    }
  }
  letters_.resize(w);
}

// Whatever is left that NFC would change (other scripts' marks, singletons) goes through
// utf8proc's canonical composition, which also orders combining marks canonically.
void WordNormalizer::compose_nfc() {
  bool needed = false;
  for (char32_t cp : letters_) needed = needed || (char_flags(cp) & kNeedsNfc);
  if (!needed) return;
  std::string utf8;
  for (char32_t cp : letters_) utf8::append(utf8, cp);
  utf8proc_uint8_t* composed = nullptr;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(utf8.data()),
                        static_cast<utf8proc_ssize_t>(utf8.size()), &composed,
                        static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (n >= 0 && composed != nullptr) {
    letters_.clear();
    const auto* s = reinterpret_cast<const unsigned char*>(composed);
    for (size_t i = 0; i < static_cast<size_t>(n);) {
      utf8::Decoded d = utf8::decode(s, static_cast<size_t>(n), i);
      letters_.push_back(d.cp);
      i += d.len;
    }
  }
  std::free(composed);
}

}  // namespace vitext::normalize_detail
