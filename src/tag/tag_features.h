// Feature templates of the tagger, shared by inference (Tagger) and training so the two
// can never disagree. A model records the feature version it was trained with; versions
// from kOldestTagFeatureVersion on are still read and get exactly their own templates.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "tag/word_info.h"

namespace vitext::tag {

inline constexpr uint32_t kTagFeatureVersion = 5;        // the newest templates this build reads
inline constexpr uint32_t kOldestTagFeatureVersion = 4;  // the oldest
// What `vitext train tagger` trains unless told otherwise: version 5's extra templates (the
// word with its neighbours' clusters) measured no better on dev (docs/benchmarks.md, issue
// 19) and cost tagging speed, so the default stays at 4.
inline constexpr uint32_t kDefaultTagFeatureVersion = 4;
inline constexpr int kNoTag = -1;  // the tag of a position outside the sentence

// Features of word i that do not depend on earlier decisions, as of feature `version`.
void static_tag_features(std::span<const WordInfo> words, size_t i, uint32_t version, std::vector<uint64_t>& keys);
// Features that combine the tags already chosen for words i-1 and i-2.
void dynamic_tag_features(std::span<const WordInfo> words, size_t i, int prev1, int prev2,
                          std::vector<uint64_t>& keys);

}  // namespace vitext::tag
