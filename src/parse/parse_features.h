// Feature templates of the parser (after Zhang & Nivre 2011, adapted to arc-hybrid),
// shared by inference and training. Bumping kParseFeatureVersion invalidates models.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "parse/arc_hybrid.h"
#include "tag/word_clusters.h"

namespace vitext::parse {

inline constexpr uint32_t kParseFeatureVersion = 5;

// What the parser sees of a word: hashes of its key, syllables and tags, and its word
// clusters (fine: the finest level, coarse: the third; 0 = not clustered).
struct ParseWord {
  uint64_t w = 0, t = 0, x = 0, first = 0, last = 0, fine = 0, coarse = 0;
};

// Position 0 is the root; words are 1..n. `clusters` may be empty (a model trained without).
void describe_parse_words(std::span<const std::string_view> forms, std::span<const std::string_view> upos,
                          std::span<const std::string_view> xpos, const tag::WordClusters& clusters,
                          std::vector<ParseWord>& out);

// Features of the state, for the move classifier.
void parse_features(const ParseState& state, std::span<const ParseWord> words, std::vector<uint64_t>& keys);

// Features of the arc an arc move makes (LEFT: b0 -> s0, RIGHT: s1 -> s0), for the label
// classifier: the dependent, the head, their neighbours, distance and the children each
// has so far. A label depends on the two words it joins far more than on the rest of the
// state, and a third of the move features keeps labelling cheap.
void label_features(const ParseState& state, std::span<const ParseWord> words, Move move, std::vector<uint64_t>& keys);

}  // namespace vitext::parse
