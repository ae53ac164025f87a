// Word clusters learnt from unlabelled text (word vectors grouped by nested k-means,
// train/word_clusters.h), stored in the tagger and the fast parser models. A word the
// treebank never shows ("lâm trường") gets the clusters of the words it keeps company
// with in 30M words of news and Wikipedia; the coarser levels generalise further.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "core/model_file.h"
#include "segment/fingerprint_map.h"
#include "tag/word_info.h"

namespace vitext::tag {

class WordClusters {
 public:
  // `levels`: clusters per level, finest first. `parents[l][f]`: the level-l cluster
  // (1-based) of finest cluster f (1-based; index 0 unused), for l >= 1. `words`: pairs of
  // WordInfo::lower and the finest cluster (1-based); the first pair of a key wins.
  static WordClusters build(std::vector<uint32_t> levels, std::vector<std::vector<uint16_t>> parents,
                            const std::vector<std::pair<uint64_t, uint16_t>>& words);

  bool empty() const { return words_.size() == 0; }
  size_t size() const { return words_.size(); }
  const std::vector<uint32_t>& levels() const { return levels_; }

  // The word's cluster at each level (0 = not clustered, or no such level).
  std::array<uint16_t, kClusterLevels> find(uint64_t lower) const;
  // Sets WordInfo::cluster of every word.
  void annotate(std::span<WordInfo> words) const;

  void write(ByteWriter& w) const;
  // False when the bytes do not describe a valid table.
  bool read(ByteReader& r);

 private:
  std::vector<uint32_t> levels_;
  std::vector<std::vector<uint16_t>> parents_;  // [level - 1][finest]
  segment::FingerprintTable<uint16_t> words_;
};

}  // namespace vitext::tag
