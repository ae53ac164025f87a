// Feature templates of the parser (after Zhang & Nivre 2011, adapted to arc-hybrid),
// shared by inference and training. Bumping kParseFeatureVersion invalidates models.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "parse/arc_hybrid.h"

namespace vitext::parse {

inline constexpr uint32_t kParseFeatureVersion = 3;

// What the parser sees of a word: hashes of its key, syllables and tags.
struct ParseWord {
  uint64_t w = 0, t = 0, x = 0, first = 0, last = 0;
};

// Position 0 is the root; words are 1..n.
void describe_parse_words(std::span<const std::string_view> forms, std::span<const std::string_view> upos,
                          std::span<const std::string_view> xpos, std::vector<ParseWord>& out);

void parse_features(const ParseState& state, std::span<const ParseWord> words, std::vector<uint64_t>& keys);

}  // namespace vitext::parse
