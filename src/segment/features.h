// The segmenter's features: one definition shared by training and inference, so the two
// can never drift apart.
//
// A sentence is a sequence of units (one per token). The model decides, for each gap
// between unit i-1 and unit i, whether unit i continues the word (tag I) or starts a new
// one (tag B). Features of a gap are 64-bit hashes of (template, values); the weight
// table is indexed by the hash's top bits.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/hash.h"
#include "segment/fingerprint_map.h"
#include "segment/syllable_key.h"

namespace vitext::segment {

struct Unit {
  uint64_t key = 0;
  Shape shape = Shape::kLower;
  // False when nothing may join this unit to the one before it (a typed token on either
  // side, a line break between them, the first unit of a sentence).
  bool joinable = false;
  // True for the period of an abbreviation or initial ("TP.", "H.", "q."): it always
  // joins the unit before it, as in the treebank. Never set together with `joinable`.
  bool attached = false;
  uint32_t onset = 0, rhyme = 0;  // see SyllableInfo
};

// Hash of a word: the ordered keys of its units.
inline uint64_t sequence_hash(const Unit* units, size_t n) {
  uint64_t h = 0x5be4a1d2c3f60718ULL;
  for (size_t i = 0; i < n; ++i) h = hash::combine(h, units[i].key);
  return h;
}
inline uint64_t sequence_hash(const uint64_t* keys, size_t n) {
  uint64_t h = 0x5be4a1d2c3f60718ULL;
  for (size_t i = 0; i < n; ++i) h = hash::combine(h, keys[i]);
  return h;
}

// One-syllable words in the word lexicon carry kStandalone | the bits of the coarse parts
// of speech they were seen with: VTB joins noun + noun ("xe đò") more often than verb +
// noun ("ghép gan"), and a syllable never seen alone ("nậu") wants a partner.
inline constexpr uint8_t kStandalone = 0x80;
uint8_t coarse_pos_bit(std::string_view upos);
inline bool is_syllable(Shape s) { return s == Shape::kLower || s == Shape::kTitle || s == Shape::kUpper; }

// Lexical knowledge the features consult. `words` holds multi-unit words (value 1) and
// one-syllable words (kStandalone | part-of-speech bits);
// `bigrams` holds syllable-pair frequency buckets (1 = most frequent); `classes` groups
// syllables that have similar neighbours.
struct Lexicon {
  const FingerprintMap* words = nullptr;
  const FingerprintMap* bigrams = nullptr;
  const FingerprintMap* classes = nullptr;  // syllable -> distributional class + 1
  const FingerprintMap* names = nullptr;    // syllable -> name bits (family, given-name syllable)
  // Syllable pair -> statistics from text far larger than the treebank (syllable_stats.h in
  // train/segment: how often RDRsegmenter joins the pair, its PMI and count in news). Null
  // or empty: the features that read it are not emitted at all, so a model trained without
  // it scores exactly as before.
  const FingerprintMap* corpus = nullptr;
};

// Fields of a `corpus` value.
inline constexpr uint8_t corpus_joins(uint8_t v) { return v & 7; }          // RDR join-rate bucket, 0 = unseen
inline constexpr uint8_t corpus_pmi(uint8_t v) { return (v >> 3) & 7; }     // news PMI bucket, 0 = unseen
inline constexpr uint8_t corpus_count(uint8_t v) { return v >> 6; }         // news count bucket

// Longest word the lexicon features look for.
inline constexpr int kMaxLexiconWord = 4;
// A feature as weighed when the tag of the gap before is `prev_tag` (0 = B, 1 = I):
// "join here" reads differently inside a word that is already two syllables long.
inline uint64_t with_prev_tag(uint64_t feature, uint8_t prev_tag) {
  return feature ^ (prev_tag ? 0x9d3a5c17e2b4f681ULL : 0x4f1c8e2a7b6d9035ULL);
}
inline constexpr int kMaxPrevTagFeatures = 8;

// Upper bound on features per gap.
inline constexpr int kMaxFeatures = 80;

// Per-sentence scratch: padded copies of the units plus lexicon lookups, computed once
// per sentence so each gap's features are cheap. Reused across sentences without
// reallocating once it has grown.
class SentenceFeatures {
 public:
  void prepare(const Unit* units, size_t n, const Lexicon& lexicon);
  // Writes the feature hashes of the gap before unit i (1 <= i < n); returns the count.
  int gap_features(size_t i, uint64_t* out) const;
  // Writes the features of the gap before unit i that are weighed separately for each tag
  // of the gap before (see with_prev_tag); returns the count (at most kMaxPrevTagFeatures).
  int prev_tag_features(size_t i, uint64_t* out) const;

 private:
  static constexpr size_t kPad = 3;
  std::vector<uint64_t> key_;
  std::vector<uint8_t> shape_;
  std::vector<uint8_t> class_;    // distributional class + 1, 0 = none
  std::vector<uint8_t> pos_;      // part-of-speech bits of the unit as a one-syllable word, 0 = never seen alone
  std::vector<uint8_t> name_;     // name bits of the unit
  std::vector<uint8_t> redup_;    // (p-1, p): same onset | same rhyme << 1 | same syllable << 2; 8 = not letters
  std::vector<uint8_t> caps_left_, caps_right_;  // capitalised run ending at p / starting at p (capped)
  std::vector<uint8_t> bigram_;   // bigram-list value of pair (p, p+1), 0 = unknown
  std::vector<uint8_t> corpus_;   // corpus-statistics value of pair (p, p+1), 0 = unknown
  bool has_corpus_ = false;
  std::vector<uint8_t> word_;     // bit L-2 set: units p..p+L-1 form a lexicon word
  std::vector<uint8_t> paired_;   // 1 when the best pairing by association joins p-1|p
  std::vector<int> best_;
  std::vector<uint8_t> longest_;  // 1 when greedy longest match over the lexicon joins p-1|p
  // Unpadded: sequence_hash of units i..i+len-1 at [i * kMaxLexiconWord + len - 1], and the
  // bigram key of (i, i+1), both hashed (and their lexicon slots prefetched) in one pass
  // before the lookups, which are then independent of one another and mostly cache hits.
  std::vector<uint64_t> sequence_;
  std::vector<uint64_t> pair_;
};

}  // namespace vitext::segment
