// Feature templates of the tagger, shared by inference (Tagger) and training so the two
// can never disagree. Bumping kTagFeatureVersion invalidates older models.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "tag/word_info.h"

namespace vitext::tag {

inline constexpr uint32_t kTagFeatureVersion = 4;
inline constexpr int kNoTag = -1;  // the tag of a position outside the sentence

// Features of word i that do not depend on earlier decisions.
void static_tag_features(std::span<const WordInfo> words, size_t i, std::vector<uint64_t>& keys);
// Features that combine the tags already chosen for words i-1 and i-2.
void dynamic_tag_features(std::span<const WordInfo> words, size_t i, int prev1, int prev2,
                          std::vector<uint64_t>& keys);

}  // namespace vitext::tag
