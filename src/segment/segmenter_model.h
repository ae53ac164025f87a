// The segmenter's trained model: hashed feature weights, transitions and lexicons, and
// how they are stored in a vitext model file (core/model_file.h).
//
// Sections: "meta" (JSON: component, version, data, settings, licence), "segmenter"
// (hash bits, transitions, weights), "words" (training-word lexicon), "bigrams" (syllable
// bigram frequency buckets derived from an external word list), "classes" (syllable
// classes derived from the same list), "names" (syllables of personal names), and optionally
// "corpus" (syllable-pair statistics from large text; absent in models trained without it).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "segment/features.h"
#include "segment/fingerprint_map.h"
#include "vitext/status.h"

namespace vitext::segment {

inline constexpr uint32_t kSegmenterModelVersion = 2;

struct SegmenterModel {
  uint32_t hash_bits = 20;
  float trans[2][2] = {{0, 0}, {0, 0}};
  std::vector<float> weights;  // 1 << hash_bits entries: score of tag I per feature
  FingerprintMap words;
  FingerprintMap bigrams;
  FingerprintMap classes;
  FingerprintMap names;
  FingerprintMap corpus;  // empty when the model was trained without syllable statistics
  std::string meta_json;

  float weight(uint64_t feature_hash) const { return weights[feature_hash >> (64 - hash_bits)]; }
  // Asks for a weight's cache line ahead of weight(): the table is megabytes, so most of
  // the lookups would otherwise wait on memory one after another.
  void prefetch(uint64_t feature_hash) const { __builtin_prefetch(&weights[feature_hash >> (64 - hash_bits)]); }
  Lexicon lexicon() const { return {&words, &bigrams, &classes, &names, &corpus}; }

  std::string serialize() const;
  static Status parse(std::string_view bytes, SegmenterModel& out);
};

}  // namespace vitext::segment
