// Multi-class averaged perceptron over hashed sparse features (the trainer side of
// ml::SparseLinear). Weights are averaged lazily: each parameter remembers when it last
// changed, so an update costs O(features), not O(model).
#pragma once

#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "ml/sparse_linear.h"

namespace vitext::train {

class AveragedPerceptron {
 public:
  explicit AveragedPerceptron(uint32_t num_classes) : num_classes_(num_classes) {}

  uint32_t num_classes() const { return num_classes_; }
  // scores[0..num_classes) = current (not averaged) weights summed over `keys`.
  void score(std::span<const uint64_t> keys, std::vector<float>& scores) const;
  // Promotes `truth` and demotes `guess` on every key (no-op when equal).
  void update(std::span<const uint64_t> keys, uint32_t truth, uint32_t guess, float step = 1.0f);
  // Adds `delta` to the weight of `cls` on every key (structured updates, one side at a time).
  void add(std::span<const uint64_t> keys, uint32_t cls, float delta);
  // Advances the clock by one training instance (call once per prediction).
  void tick() { ++now_; }

  // The averaged model; weights with |w| < min_weight, and features updated fewer than
  // min_updates times (mostly noise from a single sentence), are dropped to keep it small.
  ml::SparseLinear finalize(float min_weight, uint32_t min_updates = 1) const;
  // The mean of several models' averaged weights; a feature is kept when its updates
  // summed over the models reach min_updates times their number.
  static ml::SparseLinear finalize_mean(std::span<const AveragedPerceptron> models, float min_weight,
                                        uint32_t min_updates = 1);

 private:
  struct Param {
    uint16_t cls;
    float weight;
    double total;       // sum of weight over time up to `stamp`
    int64_t stamp;
  };
  struct Row {
    std::vector<Param> params;
    uint32_t updates = 0;
  };
  void bump(std::vector<Param>& row, uint32_t cls, float delta);

  uint32_t num_classes_;
  int64_t now_ = 1;
  std::unordered_map<uint64_t, Row> table_;
};

// Deterministic across platforms (std::shuffle's algorithm is not specified).
template <typename T, typename Rng>
void shuffle_in_place(std::vector<T>& v, Rng& rng) {
  for (size_t i = v.size(); i > 1; --i) {
    size_t j = static_cast<size_t>(rng() % i);
    std::swap(v[i - 1], v[j]);
  }
}

}  // namespace vitext::train
