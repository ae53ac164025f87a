#include "corpus/dedup_index.h"

#include <algorithm>

#include "core/hash.h"

namespace vitext {
DedupIndex::DedupIndex(const DedupOptions& options) : options_(options) {
  if (options_.mode == DedupMode::kNear) bands_ = choose_lsh_bands(options_.threshold, options_.minhash.num_perm);
  table_.assign(1024, Slot{0, kEmpty});
}

uint64_t DedupIndex::band_key(const std::vector<uint32_t>& sig, int band) const {
  uint64_t h = hash::mix64(static_cast<uint64_t>(band) + 1);
  for (int r = 0; r < bands_.rows; ++r) h = hash::mix64(h ^ sig[static_cast<size_t>(band * bands_.rows + r)]);
  return h;
}

void DedupIndex::insert_band(uint64_t key, uint32_t doc) {
  if ((used_ + 1) * 2 > table_.size()) {
    std::vector<Slot> old;
    old.swap(table_);
    table_.assign(old.size() * 2, Slot{0, kEmpty});
    used_ = 0;
    for (const Slot& s : old)
      if (s.doc != kEmpty) insert_band(s.key, s.doc);
  }
  size_t mask = table_.size() - 1;
  size_t i = key & mask;
  while (table_[i].doc != kEmpty) i = (i + 1) & mask;
  table_[i] = {key, doc};
  ++used_;
}

DedupResult DedupIndex::check_and_add(const Fingerprint& fp, const std::string& id) {
  DedupResult result;
  result.cluster = id;
  if (options_.mode == DedupMode::kOff) return result;

  auto found = exact_.find(fp.exact);
  if (found != exact_.end()) {
    result.duplicate = true;
    result.cluster = ids_[found->second];
    result.duplicate_of = ids_[found->second];
    return result;
  }
  const int n = options_.minhash.num_perm;
  const bool near = options_.mode == DedupMode::kNear && static_cast<int>(fp.minhash.size()) == n;
  std::vector<uint64_t> keys;
  if (near) {
    // The most similar earlier document among those sharing a band; ties go to the earliest.
    uint32_t best = kEmpty;
    double best_sim = -1.0;
    size_t mask = table_.size() - 1;
    for (int b = 0; b < bands_.bands; ++b) {
      uint64_t key = band_key(fp.minhash, b);
      keys.push_back(key);
      for (size_t i = key & mask; table_[i].doc != kEmpty; i = (i + 1) & mask) {
        if (table_[i].key != key) continue;
        uint32_t doc = table_[i].doc;
        double sim = estimate_similarity(fp.minhash.data(), &signatures_[static_cast<size_t>(doc) * n], n);
        if (sim > best_sim || (sim == best_sim && doc < best)) {
          best_sim = sim;
          best = doc;
        }
      }
    }
    if (best != kEmpty && best_sim >= options_.threshold) {
      result.duplicate = true;
      result.cluster = ids_[best];
      result.duplicate_of = ids_[best];
      result.similarity = best_sim;
      return result;
    }
  }
  auto doc = static_cast<uint32_t>(ids_.size());
  ids_.push_back(id);
  exact_.emplace(fp.exact, doc);
  if (near) {
    signatures_.insert(signatures_.end(), fp.minhash.begin(), fp.minhash.end());
    for (uint64_t key : keys) insert_band(key, doc);
  }
  return result;
}

}  // namespace vitext
