// A trained multi-class linear model over hashed sparse features, as loaded for inference.
//
// Each feature maps to a short list of (class, weight) pairs: most features carry weight
// for only a few classes, so storing them sparsely keeps the model small and the scoring
// loop short. Features sit in an open-addressing table of 8-byte slots holding a 32-bit
// fingerprint of the key (the slot index supplies the other bits) and the weight range.
// Weights are 16-bit integers on one model-wide scale: scores are in those units, which
// is all an argmax needs. Features that carry weight for many classes (the bias, tag
// pairs) are expanded into dense float rows when a model is built or loaded: adding a
// whole row vectorises, where scattering its entries one by one would not.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "core/model_file.h"
#include "vitext/status.h"

namespace vitext::ml {

struct ClassWeight {
  uint16_t cls = 0;
  int16_t weight = 0;
};

class SparseLinear {
 public:
  // Builds the table from (feature key, its nonzero (class, weight) pairs) rows.
  static SparseLinear build(uint32_t num_classes, std::vector<std::pair<uint64_t, std::vector<std::pair<uint16_t, float>>>> rows);

  uint32_t num_classes() const { return num_classes_; }
  size_t num_features() const { return num_features_; }

  // Adds the weights of `key` (if known) to scores[0..num_classes).
  void add_to(uint64_t key, float* scores) const { add_range(find(key), scores); }
  void prefetch(uint64_t key) const {
    if (mask_ != 0) __builtin_prefetch(&slots_[key & mask_]);
  }
  // scores = sum of the weights of all keys.
  void score(std::span<const uint64_t> keys, float* scores) const;

  void serialize(ByteWriter& out) const;
  static Status deserialize(ByteReader& in, SparseLinear& out);

 private:
  struct Slot {
    uint32_t fp = 0;
    uint32_t range = 0;  // begin << 8 | count; 0 = empty slot
  };
  static uint32_t fingerprint(uint64_t key) { return static_cast<uint32_t>(key >> 32); }
  // The slot range of `key`, 0 when the model does not know it.
  uint32_t find(uint64_t key) const {
    if (mask_ == 0) return 0;
    const uint32_t fp = fingerprint(key);
    size_t i = key & mask_;
    while (true) {
      const Slot& s = slots_[i];
      if (s.fp == fp && s.range != 0) return s.range;
      if (s.range == 0) return 0;
      i = (i + 1) & mask_;
    }
  }
  const void* weights_of(uint32_t range) const {
    if ((range & 0xFF) == 0) return dense_.data() + size_t((range >> 8) - 1) * num_classes_;
    return entries_.data() + (range >> 8);
  }
  void add_range(uint32_t range, float* scores) const {
    if (range == 0) return;
    const uint32_t count = range & 0xFF;
    if (count == 0) {  // a dense row
      const float* row = dense_.data() + size_t((range >> 8) - 1) * num_classes_;
      for (uint32_t c = 0; c < num_classes_; ++c) scores[c] += row[c];
      return;
    }
    const ClassWeight* w = entries_.data() + (range >> 8);
    for (uint32_t k = 0; k < count; ++k) scores[w[k].cls] += static_cast<float>(w[k].weight);
  }
  // Expands features with many classes into dense rows; their slots then hold
  // (row + 1) << 8 with a zero count, and dense_ranges_ keeps the ranges serialize writes.
  void make_dense();

  uint32_t num_classes_ = 0;
  size_t num_features_ = 0;
  float scale_ = 1.0f;  // weight = stored integer * scale_
  uint64_t mask_ = 0;
  std::vector<Slot> slots_;
  std::vector<ClassWeight> entries_;
  std::vector<float> dense_;
  std::vector<std::pair<size_t, uint32_t>> dense_ranges_;  // (slot, original range)
};

}  // namespace vitext::ml
