// FingerprintMap: a compact immutable map from 64-bit hashes to small values (a word's
// presence in a lexicon, a bigram's frequency bucket). Open addressing over a power-of-two
// table that stores only 32-bit fingerprints, so a 226k-entry lexicon fits in ~2.6 MB and
// a lookup touches one or two cache lines. A false hit needs a 32-bit fingerprint
// collision within one probe run: rare enough to be noise for a feature.
// FingerprintTable<V> holds wider values (word clusters need more than 255).
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "core/model_file.h"

namespace vitext::segment {

template <typename Value>
class FingerprintTable {
 public:
  // Builds the table from (hash, value) pairs; values must be non-zero. A hash given
  // twice keeps its smallest value (ranks: smaller is more frequent).
  static FingerprintTable build(const std::vector<std::pair<uint64_t, Value>>& entries) {
    FingerprintTable m;
    size_t cap = 16;
    while (cap < entries.size() * 2) cap <<= 1;
    m.fingerprints_.assign(cap, 0);
    m.values_.assign(cap, 0);
    m.mask_ = cap - 1;
    for (const auto& [hash, value] : entries) {
      uint32_t fp = fingerprint(hash);
      for (size_t i = hash & m.mask_;; i = (i + 1) & m.mask_) {
        if (m.fingerprints_[i] == fp) {
          if (value < m.values_[i]) m.values_[i] = value;
          break;
        }
        if (m.fingerprints_[i] == 0) {
          m.fingerprints_[i] = fp;
          m.values_[i] = value;
          ++m.size_;
          break;
        }
      }
    }
    return m;
  }

  // The value stored for `hash`, or 0 when absent.
  Value find(uint64_t hash) const {
    if (fingerprints_.empty()) return 0;
    uint32_t fp = fingerprint(hash);
    for (size_t i = hash & mask_;; i = (i + 1) & mask_) {
      uint32_t f = fingerprints_[i];
      if (f == fp) return values_[i];
      if (f == 0) return 0;
    }
  }

  // Asks for the cache lines a find(hash) starts with, ahead of it.
  void prefetch(uint64_t hash) const {
    if (fingerprints_.empty()) return;
    __builtin_prefetch(&fingerprints_[hash & mask_]);
    __builtin_prefetch(&values_[hash & mask_]);
  }

  size_t size() const { return size_; }
  size_t bytes() const { return fingerprints_.size() * (4 + sizeof(Value)); }

  void write(ByteWriter& w) const {
    w.put<uint64_t>(size_);
    w.put_array(fingerprints_);
    w.put_array(values_);
  }
  // False when the bytes do not describe a valid table.
  bool read(ByteReader& r) {
    size_ = r.get<uint64_t>();
    fingerprints_ = r.get_array<uint32_t>();
    values_ = r.get_array<Value>();
    size_t cap = fingerprints_.size();
    if (!r.ok() || values_.size() != cap || (cap & (cap - 1)) != 0 || size_ * 2 > cap) return false;
    mask_ = cap ? cap - 1 : 0;
    return true;
  }

 private:
  static uint32_t fingerprint(uint64_t hash) { return static_cast<uint32_t>(hash >> 32) | 1u; }

  std::vector<uint32_t> fingerprints_;
  std::vector<Value> values_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

using FingerprintMap = FingerprintTable<uint8_t>;

}  // namespace vitext::segment
