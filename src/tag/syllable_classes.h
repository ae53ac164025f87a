// Distributional classes of syllables for the tagger: the same clustering of a large
// bigram list as the segmenter's (train/segment/bigram_list.h), stored in the tagger model.
// Unknown words ("lâm trường") borrow from words whose syllables keep the same company
// ("nông trường"), which the treebank alone is too small to teach.
#pragma once

#include <span>

#include "segment/fingerprint_map.h"
#include "tag/word_info.h"

namespace vitext::tag {

// Sets cls_first and cls_last of every word (0 when a syllable is not clustered).
void annotate_classes(const segment::FingerprintMap& classes, std::span<WordInfo> words);

}  // namespace vitext::tag
