#include "tag/word_clusters.h"

#include <unordered_set>

namespace vitext::tag {

WordClusters WordClusters::build(std::vector<uint32_t> levels, std::vector<std::vector<uint16_t>> parents,
                                 const std::vector<std::pair<uint64_t, uint16_t>>& words) {
  WordClusters c;
  c.levels_ = std::move(levels);
  c.parents_ = std::move(parents);
  // FingerprintTable keeps the smallest value of a repeated key; the first one is the
  // most frequent spelling ("hoá"/"hóa" share a key), so keep that instead.
  std::vector<std::pair<uint64_t, uint16_t>> first;
  std::unordered_set<uint64_t> seen;
  for (const auto& e : words)
    if (e.second != 0 && seen.insert(e.first).second) first.push_back(e);
  c.words_ = segment::FingerprintTable<uint16_t>::build(first);
  return c;
}

std::array<uint16_t, kClusterLevels> WordClusters::find(uint64_t lower) const {
  std::array<uint16_t, kClusterLevels> out{};
  const uint16_t finest = words_.find(lower);
  if (finest == 0 || finest > levels_[0]) return out;  // absent (or a corrupt value)
  out[0] = finest;
  for (size_t l = 1; l < levels_.size() && l < kClusterLevels; ++l) out[l] = parents_[l - 1][finest];
  return out;
}

void WordClusters::annotate(std::span<WordInfo> words) const {
  for (WordInfo& w : words) w.cluster = find(w.lower);
}

void WordClusters::write(ByteWriter& w) const {
  w.put_array(levels_);
  for (const auto& p : parents_) w.put_array(p);
  words_.write(w);
}

bool WordClusters::read(ByteReader& r) {
  levels_ = r.get_array<uint32_t>();
  if (!r.ok() || levels_.size() > kClusterLevels) return false;
  parents_.clear();
  const size_t finest = levels_.empty() ? 0 : levels_[0];
  for (size_t l = 1; l < levels_.size(); ++l) {
    parents_.push_back(r.get_array<uint16_t>());
    if (!r.ok() || parents_.back().size() != finest + 1) return false;
    for (uint16_t p : parents_.back())
      if (p > levels_[l]) return false;
  }
  if (!words_.read(r)) return false;
  return !levels_.empty() || words_.size() == 0;
}

}  // namespace vitext::tag
