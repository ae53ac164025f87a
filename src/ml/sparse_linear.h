// A trained multi-class linear model over hashed sparse features, as loaded for inference.
//
// Each feature maps to a short list of (class, weight) pairs: most features carry weight
// for only a few classes, so storing them sparsely keeps the model small and the scoring
// loop short. Features sit in an open-addressing table of 8-byte slots holding a 32-bit
// fingerprint of the key (the slot index supplies the other bits) and the weight range.
// Weights are 16-bit integers on one model-wide scale: scores are in those units, which
// is all an argmax needs.
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
  void add_to(uint64_t key, float* scores) const {
    if (mask_ == 0) return;
    const uint32_t fp = fingerprint(key);
    size_t i = key & mask_;
    while (true) {
      const Slot& s = slots_[i];
      if (s.fp == fp && s.range != 0) {
        const ClassWeight* w = entries_.data() + (s.range >> 8);
        const uint32_t count = s.range & 0xFF;
        for (uint32_t k = 0; k < count; ++k) scores[w[k].cls] += static_cast<float>(w[k].weight);
        return;
      }
      if (s.range == 0) return;
      i = (i + 1) & mask_;
    }
  }
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

  uint32_t num_classes_ = 0;
  size_t num_features_ = 0;
  float scale_ = 1.0f;  // weight = stored integer * scale_
  uint64_t mask_ = 0;
  std::vector<Slot> slots_;
  std::vector<ClassWeight> entries_;
};

}  // namespace vitext::ml
