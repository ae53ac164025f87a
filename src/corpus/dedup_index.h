// DedupIndex: decides, one document at a time in reading order, whether a document repeats
// one seen before. Only kept documents (the first of each cluster) enter the index, so the
// first member of a cluster is always the one kept, whatever the thread timing.
//
// Memory grows with the number of kept documents: about num_perm * 4 bytes of signature plus
// 16 bytes per band and the id, roughly 0.7 KB per document at the defaults.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "corpus/minhash.h"
#include "vitext/corpus.h"

namespace vitext {

struct DedupResult {
  bool duplicate = false;
  // The cluster is named by the id of its first (kept) document, so that names do not
  // depend on how the corpus was split into runs or shards.
  std::string cluster;
  std::string duplicate_of;  // the same id, when duplicate
  double similarity = 1.0;   // to that document (1 for an exact duplicate)
};

class DedupIndex {
 public:
  explicit DedupIndex(const DedupOptions& options);

  // Looks `fp` up; when it is new, adds it as the cluster named `id`.
  DedupResult check_and_add(const Fingerprint& fp, const std::string& id);

  const DedupOptions& options() const { return options_; }
  LshBands bands() const { return bands_; }

 private:
  uint64_t band_key(const std::vector<uint32_t>& sig, int band) const;
  void insert_band(uint64_t key, uint32_t doc);

  DedupOptions options_;
  LshBands bands_;
  std::unordered_map<uint64_t, uint32_t> exact_;  // text hash -> kept document
  // Kept documents, indexed by their position here.
  std::vector<std::string> ids_;
  std::vector<uint32_t> signatures_;  // num_perm values per kept document
  // Open addressing over (band key, kept document); a key may repeat. Empty slots have doc == kEmpty.
  struct Slot {
    uint64_t key;
    uint32_t doc;
  };
  static constexpr uint32_t kEmpty = 0xFFFFFFFFu;
  std::vector<Slot> table_;
  size_t used_ = 0;
};

}  // namespace vitext
