#include "segment/features.h"

#include <algorithm>

#include "core/hash.h"

namespace vitext::segment {
namespace {

constexpr uint64_t kPadKey = 0x7a3d9c1b5e2f4860ULL;

inline uint64_t f1(uint64_t t, uint64_t a) { return hash::combine(t * hash::kFnvPrime, a); }
inline uint64_t f2(uint64_t t, uint64_t a, uint64_t b) { return hash::combine(f1(t, a), b); }
inline uint64_t f3(uint64_t t, uint64_t a, uint64_t b, uint64_t c) { return hash::combine(f2(t, a, b), c); }

}  // namespace

uint8_t coarse_pos_bit(std::string_view upos) {
  if (upos == "NOUN") return 1;
  if (upos == "VERB") return 2;
  if (upos == "ADJ") return 4;
  if (upos == "ADV" || upos == "AUX" || upos == "PART") return 8;
  if (upos == "ADP" || upos == "CCONJ" || upos == "SCONJ") return 16;
  if (upos == "NUM" || upos == "DET") return 32;
  return 64;
}

void SentenceFeatures::prepare(const Unit* units, size_t n, const Lexicon& lexicon) {
  size_t total = n + 2 * kPad;
  key_.assign(total, kPadKey);
  shape_.assign(total, static_cast<uint8_t>(Shape::kBoundary));
  class_.assign(total, 255);
  bigram_.assign(total, 0);
  has_corpus_ = lexicon.corpus && lexicon.corpus->size() > 0;
  corpus_.assign(total, 0);
  word_.assign(total, 0);
  longest_.assign(total, 0);
  sequence_.resize(n * kMaxLexiconWord);
  pair_.resize(n);
  const auto is_word = is_syllable;
  for (size_t i = 0; i < n; ++i) {
    if (lexicon.classes) lexicon.classes->prefetch(units[i].key);
    uint64_t h = sequence_hash(units + i, 1);
    sequence_[i * kMaxLexiconWord] = h;
    if (is_word(units[i].shape)) {
      if (lexicon.names) lexicon.names->prefetch(units[i].key);
      if (lexicon.words) lexicon.words->prefetch(h);
    }
    if (i + 1 >= n || !units[i + 1].joinable) continue;
    pair_[i] = hash::combine(units[i].key, units[i + 1].key);
    if (lexicon.bigrams) lexicon.bigrams->prefetch(pair_[i]);
    if (has_corpus_) lexicon.corpus->prefetch(pair_[i]);
    for (int len = 2; len <= kMaxLexiconWord && i + len <= n && units[i + len - 1].joinable; ++len) {
      h = hash::combine(h, units[i + len - 1].key);
      sequence_[i * kMaxLexiconWord + len - 1] = h;
      if (lexicon.words) lexicon.words->prefetch(h);
    }
  }
  for (size_t i = 0; i < n; ++i) {
    key_[i + kPad] = units[i].key;
    shape_[i + kPad] = static_cast<uint8_t>(units[i].shape);
    class_[i + kPad] = lexicon.classes ? lexicon.classes->find(units[i].key) : 0;
  }
  name_.assign(total, 0);
  pos_.assign(total, 0);
  redup_.assign(total, 8);
  caps_left_.assign(total, 0);
  caps_right_.assign(total, 0);
  auto is_cap = [](Shape s) { return s == Shape::kTitle || s == Shape::kUpper; };
  for (size_t i = 0; i < n; ++i) {
    const size_t p = i + kPad;
    if (lexicon.names && is_word(units[i].shape)) name_[p] = lexicon.names->find(units[i].key);
    if (lexicon.words && is_word(units[i].shape)) {
      const uint8_t v = lexicon.words->find(sequence_[i * kMaxLexiconWord]);
      pos_[p] = v & kStandalone ? static_cast<uint8_t>(v & ~kStandalone) : 0;
    }
    if (i > 0 && is_word(units[i].shape) && is_word(units[i - 1].shape)) {
      redup_[p] = static_cast<uint8_t>((units[i].onset == units[i - 1].onset) |
                                       ((units[i].rhyme == units[i - 1].rhyme) << 1) |
                                       ((units[i].key == units[i - 1].key) << 2));
    }
    if (is_cap(units[i].shape)) caps_left_[p] = static_cast<uint8_t>(std::min(4, caps_left_[p - 1] + 1));
  }
  for (size_t i = n; i-- > 0;) {
    const size_t p = i + kPad;
    if (is_cap(units[i].shape)) caps_right_[p] = static_cast<uint8_t>(std::min(4, caps_right_[p + 1] + 1));
  }
  // Lexicon lookups only over runs that may join (no typed token, no line break inside).
  for (size_t i = 0; i + 1 < n; ++i) {
    if (!units[i + 1].joinable) continue;
    if (lexicon.bigrams) bigram_[i + kPad] = lexicon.bigrams->find(pair_[i]);
    if (has_corpus_) corpus_[i + kPad] = lexicon.corpus->find(pair_[i]);
    if (!lexicon.words) continue;
    uint8_t bits = 0;
    for (int len = 2; len <= kMaxLexiconWord && i + len <= n; ++len) {
      if (!units[i + len - 1].joinable) break;
      if (lexicon.words->find(sequence_[i * kMaxLexiconWord + len - 1])) bits |= static_cast<uint8_t>(1u << (len - 2));
    }
    word_[i + kPad] = bits;
  }
  // Best non-overlapping pairing of adjacent syllables by association strength (dynamic
  // programming along the sentence): resolves "trung tâm | tư vấn" against "tâm tư".
  paired_.assign(total, 0);
  if (n >= 2) {
    best_.assign(n + 1, 0);
    for (size_t i = 2; i <= n; ++i) {
      size_t gap = i - 2 + kPad;  // pair (i-2, i-1)
      uint8_t v = bigram_[gap];
      int am = v >> 5;
      int w = am >= 4 ? am * 4 : 0;
      if (word_[gap] & 1) w += 8;
      if (v && (v & 31) <= 12) w += 2;
      best_[i] = std::max(best_[i - 1], best_[i - 2] + w);
    }
    for (size_t i = n; i >= 2;) {
      if (best_[i] != best_[i - 1] && best_[i] > 0) {
        paired_[i - 1 + kPad] = 1;  // unit i-1 joins unit i-2
        i -= 2;
      } else {
        --i;
      }
    }
  }
  // Greedy longest match, left to right: a classic baseline that is a strong feature.
  for (size_t i = 0; i < n;) {
    uint8_t bits = word_[i + kPad];
    int len = 1;
    for (int l = kMaxLexiconWord; l >= 2; --l) {
      if (bits & (1u << (l - 2))) {
        len = l;
        break;
      }
    }
    for (int k = 1; k < len; ++k) longest_[i + k + kPad] = 1;
    i += len;
  }
}

int SentenceFeatures::gap_features(size_t i, uint64_t* out) const {
  const size_t p = i + kPad;  // unit i in padded coordinates; the gap is between p-1 and p
  const uint64_t um2 = key_[p - 2], um1 = key_[p - 1], u0 = key_[p], up1 = key_[p + 1];
  const uint64_t sm2 = shape_[p - 2], sm1 = shape_[p - 1], s0 = shape_[p], sp1 = shape_[p + 1];
  // Bigram list: rank bucket (low 5 bits) and association bucket (high 3 bits).
  const uint64_t rb_gap = bigram_[p - 1] & 31, rb_left = bigram_[p - 2] & 31, rb_right = bigram_[p] & 31;
  const uint64_t am_gap = bigram_[p - 1] >> 5, am_left = bigram_[p - 2] >> 5, am_right = bigram_[p] >> 5;
  // Which lexicon words cover the gap: a 2-word starting at p-1, 3-words at p-2 or p-1,
  // 4-words at p-3..p-1; plus the neighbouring 2-words that compete for its units.
  const uint64_t d2_gap = word_[p - 1] & 1, d2_left = word_[p - 2] & 1, d2_right = word_[p] & 1;
  const uint64_t d3 = ((word_[p - 2] >> 1) & 1) | (((word_[p - 1] >> 1) & 1) << 1);
  const uint64_t d4 = ((word_[p - 3] >> 2) & 1) | (((word_[p - 2] >> 2) & 1) << 1) | (((word_[p - 1] >> 2) & 1) << 2);
  const uint64_t dict_bits = d2_gap | (d2_left << 1) | (d2_right << 2) | (d3 << 3) | (d4 << 5);
  const uint64_t lm = longest_[p], lm_prev = longest_[p - 1], lm_next = longest_[p + 1];
  const uint64_t shapes = sm1 | (s0 << 3);

  auto cmp = [](uint64_t a, uint64_t b) -> uint64_t { return a < b ? 0 : a == b ? 1 : 2; };
  const uint64_t strength_gap = rb_gap ? 32 - rb_gap : 0, strength_left = rb_left ? 32 - rb_left : 0,
                 strength_right = rb_right ? 32 - rb_right : 0;
  const uint64_t pr = paired_[p], pr_prev = paired_[p - 1], pr_next = paired_[p + 1];

  int n = 0;
  // Features naming syllables.
  out[n++] = f1(2, um1);
  out[n++] = f1(3, u0);
  out[n++] = f1(4, um2);
  out[n++] = f1(5, up1);
  out[n++] = f2(6, um1, u0);
  out[n++] = f2(7, um2, um1);
  out[n++] = f2(8, u0, up1);
  out[n++] = f3(9, um2, um1, u0);
  out[n++] = f3(10, um1, u0, up1);
  out[n++] = f2(13, um1, s0);
  out[n++] = f2(14, sm1, u0);
  out[n++] = f2(22, rb_gap, um1);
  out[n++] = f2(23, rb_gap, u0);
  out[n++] = f2(34, am_gap, um1);
  out[n++] = f2(35, am_gap, u0);
  // Shape, bigram-list and lexicon features.
  out[n++] = f1(1, 0);  // bias
  out[n++] = f1(11, shapes);
  out[n++] = f1(12, sm2 | (sm1 << 3) | (s0 << 6) | (sp1 << 9));
  out[n++] = f1(15, rb_gap);
  out[n++] = f1(16, rb_left | (rb_gap << 5) | (rb_right << 10));
  out[n++] = f2(17, rb_gap, shapes);
  out[n++] = f1(18, d2_gap | (d2_left << 1) | (d2_right << 2));
  out[n++] = f1(19, d3);
  out[n++] = f1(20, d4);
  out[n++] = f1(21, dict_bits);
  out[n++] = f2(24, d2_gap, rb_gap);
  out[n++] = f1(25, lm);
  out[n++] = f1(26, lm | (lm_prev << 1) | (lm_next << 2));
  out[n++] = f2(27, lm, shapes);
  out[n++] = f2(28, dict_bits, shapes);
  out[n++] = f2(29, lm, rb_gap);
  out[n++] = f1(30, am_gap);
  out[n++] = f1(31, am_gap | (rb_gap << 3));
  out[n++] = f1(32, am_left | (am_gap << 3) | (am_right << 6));
  out[n++] = f2(33, am_gap, shapes);
  out[n++] = f1(36, am_gap | (d2_gap << 3) | (lm << 4));
  // Overlap ambiguity ("trung tâm | tư vấn" against "tâm tư"): how the gap's pair
  // compares with the pairs on either side, and the best non-overlapping pairing.
  out[n++] = f1(37, cmp(am_gap, am_left) | (cmp(am_gap, am_right) << 2) | (d2_gap << 4));
  out[n++] = f1(38, cmp(strength_gap, strength_left) | (cmp(strength_gap, strength_right) << 2) | (am_gap << 4));
  out[n++] = f1(39, cmp(am_gap, am_right) | (cmp(strength_gap, strength_right) << 2) | (d2_right << 4) | (d2_gap << 5));
  out[n++] = f1(40, pr | (pr_prev << 1) | (pr_next << 2));
  out[n++] = f1(41, pr | (lm << 1) | (am_gap << 2));
  out[n++] = f2(42, pr, shapes);
  // Distributional classes: what the gap's syllables are like, for pairs never seen.
  const uint64_t cm2 = class_[p - 2], cm1 = class_[p - 1], c0 = class_[p], cp1 = class_[p + 1];
  out[n++] = f2(50, cm1, c0);
  out[n++] = f2(51, cm1, u0);
  out[n++] = f2(52, um1, c0);
  out[n++] = f3(53, cm2, cm1, c0);
  out[n++] = f3(54, cm1, c0, cp1);
  out[n++] = f3(55, cm1, c0, am_gap);
  out[n++] = f2(56, cm1, am_gap);
  out[n++] = f2(57, c0, am_gap);
  // Reduplication ("lập cập", "se se"): shared onset or rhyme across the gap.
  const uint64_t rd = redup_[p];
  out[n++] = f1(60, rd | (shapes << 4));
  out[n++] = f2(61, rd, am_gap);
  out[n++] = f2(62, rd, c0);
  // Personal names: family names and given-name syllables, whatever the case, and runs of
  // capitalised syllables (a run is usually one name in VTB; the run that opens a sentence
  // may start with an ordinary capitalised word).
  const uint64_t nm2 = name_[p - 2], nm1 = name_[p - 1], n0 = name_[p], np1 = name_[p + 1];
  const uint64_t first = sm2 == static_cast<uint64_t>(Shape::kBoundary) ? 1 : 0;
  out[n++] = f1(63, nm1 | (n0 << 3) | (shapes << 6));
  out[n++] = f1(64, nm2 | (nm1 << 3) | (n0 << 6) | ((sm2 | (sm1 << 3) | (s0 << 6)) << 9));
  out[n++] = f1(65, nm1 | (n0 << 3) | (np1 << 6) | ((sm1 | (s0 << 3) | (sp1 << 6)) << 9));
  out[n++] = f1(66, caps_left_[p - 1] | (caps_right_[p] << 3) | (first << 6));
  out[n++] = f2(67, caps_left_[p - 1] | (caps_right_[p] << 3), nm1 | (n0 << 3));
  // Parts of speech of the syllables as words of their own (jackknifed while training).
  const uint64_t pm1 = pos_[p - 1], p0 = pos_[p];
  out[n++] = f2(70, pm1, p0);
  out[n++] = f3(71, pm1, p0, am_gap);
  out[n++] = f3(72, pm1, p0, cm1 | (c0 << 8));
  out[n++] = f2(73, pm1, u0);
  out[n++] = f2(74, um1, p0);
  if (!has_corpus_) return n;
  // Text far larger than the treebank: how often RDRsegmenter joins the pair (it joins
  // "thích thú" 163 times in 163, "khám bệnh" 0 in 92), and how strongly the two syllables
  // attract each other in news.
  const uint8_t cv_gap = corpus_[p - 1], cv_left = corpus_[p - 2], cv_right = corpus_[p];
  const uint64_t rj_gap = corpus_joins(cv_gap), rj_left = corpus_joins(cv_left), rj_right = corpus_joins(cv_right);
  const uint64_t np_gap = corpus_pmi(cv_gap), np_left = corpus_pmi(cv_left), np_right = corpus_pmi(cv_right);
  out[n++] = f1(90, rj_gap);
  out[n++] = f1(91, rj_left | (rj_gap << 3) | (rj_right << 6));
  out[n++] = f2(92, rj_gap, shapes);
  out[n++] = f2(93, rj_gap, am_gap | (d2_gap << 3) | (lm << 4));
  out[n++] = f1(94, np_gap | (corpus_count(cv_gap) << 3));
  out[n++] = f1(95, np_left | (np_gap << 3) | (np_right << 6));
  out[n++] = f2(96, np_gap, shapes);
  out[n++] = f2(97, rj_gap | (np_gap << 3), d2_gap);
  return n;
}

int SentenceFeatures::prev_tag_features(size_t i, uint64_t* out) const {
  const size_t p = i + kPad;
  const uint64_t shapes = shape_[p - 1] | (shape_[p] << 3);
  const uint64_t assoc = bigram_[p - 1];
  int n = 0;
  out[n++] = f1(80, assoc);
  out[n++] = f1(81, word_[p - 1] | (word_[p - 2] << 4) | (longest_[p] << 8));
  out[n++] = f2(82, class_[p - 1], class_[p]);
  out[n++] = f1(83, shapes | (caps_left_[p - 1] << 6));
  out[n++] = f2(84, key_[p - 1], key_[p]);
  if (has_corpus_) out[n++] = f1(85, corpus_[p - 1] | (corpus_[p - 2] << 8));
  return n;
}

}  // namespace vitext::segment
