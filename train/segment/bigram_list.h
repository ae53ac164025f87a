// The ranked syllable bigram list (one "syl1 syl2" per line, most frequent first) and what
// the segmenter's trainer derives from it: per-pair frequency and association buckets, and
// distributional classes of syllables.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "segment/fingerprint_map.h"
#include "vitext/status.h"

namespace vitext::train {

// One distinct pair of syllable keys with its estimated relative frequency. Frequencies
// come from ranks by Zipf's law (f ~ 1/rank); spelling variants that share keys
// ("Việt Nam"/"việt nam", "hoá"/"hóa") are pooled.
struct BigramPair {
  uint64_t left = 0, right = 0;
  double mass = 0;
};

// Reads the list; pairs come out in order of first appearance (most frequent first).
Status read_bigram_list(const std::string& path, std::vector<BigramPair>& out);

// Per pair: rank bucket (bits 0-4) and bucketed pointwise mutual information (bits 5-7).
segment::FingerprintMap pack_bigram_buckets(const std::vector<BigramPair>& pairs);

// Groups syllables whose neighbours in the list look alike (spherical k-means over their
// left and right contexts, weighed by positive PMI), so "lâm trường" can borrow from
// "nông trường".
// Value = class + 1 for the `vocabulary` most frequent syllables; deterministic.
segment::FingerprintMap cluster_syllables(const std::vector<BigramPair>& pairs, int classes, size_t vocabulary = 20000,
                                          size_t contexts = 1500, int iterations = 12);

}  // namespace vitext::train
