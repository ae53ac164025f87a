// MinHash fingerprints of documents for near-duplicate detection: the text is cut into
// lowercased syllables (letter/digit runs), overlapping k-syllable shingles are hashed, and
// each of `num_perm` hash functions keeps its minimum. Two fingerprints agree in a share of
// positions that estimates the Jaccard similarity of the shingle sets.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "vitext/corpus.h"

namespace vitext {

struct Fingerprint {
  uint64_t exact = 0;               // hash of the text with whitespace runs collapsed
  std::vector<uint32_t> minhash;    // empty when near-duplicate detection is off
};

// 64-bit hash of `text` with leading/trailing whitespace dropped and inner runs collapsed.
uint64_t exact_text_hash(std::string_view text);

// Fills minhash (num_perm values). A text with fewer syllables than a shingle is one shingle;
// a text with none gets all-max values (it then matches only other empty texts).
void minhash_signature(std::string_view text, const MinHashOptions& options, std::vector<uint32_t>& out);

// Share of equal positions: the estimated Jaccard similarity.
double estimate_similarity(const uint32_t* a, const uint32_t* b, int num_perm);

// LSH banding: b bands of r rows (b * r <= num_perm) that best separate pairs above and
// below `threshold` (least false positive plus false negative probability mass).
struct LshBands {
  int bands = 0;
  int rows = 0;
};
LshBands choose_lsh_bands(double threshold, int num_perm);

}  // namespace vitext
