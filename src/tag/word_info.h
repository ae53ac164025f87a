// What the tagger and the parser see of a word: hashes of its forms, computed once per
// word so that feature templates only combine integers.
//
// A word is one or more syllables separated by spaces ("ủy ban"); its key is lowercased
// with digits mapped to 0, so "Năm 2023" and "năm 1999" share features, and each syllable
// is folded like the segmenter's (segment/syllable_key.h), so "hoá" and "hóa", NFC and NFD
// spellings, are one word.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace vitext::tag {

inline constexpr size_t kClusterLevels = 4;  // word-cluster levels a model may hold

struct WordInfo {
  uint64_t lower = 0;   // folded syllable keys of the lowercased form (digits as 0), combined
  uint64_t form = 0;    // as written (case kept)
  uint64_t first = 0;   // first syllable of `lower`
  uint64_t last = 0;    // last syllable of `lower`
  uint64_t shape = 0;   // e.g. "Xx_x", "d", "X" (one per syllable, repeats collapsed)
  uint64_t suffix = 0;  // last two characters of the lowercased form
  uint64_t suffix3 = 0; // its last three characters
  uint64_t initial = 0; // first character of the lowercased form
  uint32_t amb = 0;     // UPOS seen with this word in training (TagDictionary bit set); 0 = unknown
  uint32_t amb_first = 0, amb_last = 0;  // the same for its first and last syllable as words
  uint32_t syllables = 0;
  // Distributional classes (1..254, 0 = not clustered) of the first and last syllable,
  // learnt from unlabelled text (see src/tag/syllable_classes.h).
  uint32_t cls_first = 0, cls_last = 0;
  // Word clusters (1-based, finest level first; 0 = not clustered) learnt from word vectors
  // (src/tag/word_clusters.h).
  std::array<uint16_t, kClusterLevels> cluster{};
  uint32_t redup = 0;   // bit 0: two syllables with the same first letter; bit 1: same ending
};

// The `lower` key a one-syllable word with this folded syllable key gets.
uint64_t single_syllable_key(uint64_t syllable);

WordInfo describe_word(std::string_view form);
void describe_words(std::span<const std::string_view> forms, std::vector<WordInfo>& out);

// Stand-ins for positions before the first and after the last word.
WordInfo boundary_word(bool before);

}  // namespace vitext::tag
