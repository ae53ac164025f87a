#include "averaged_perceptron.h"

#include <algorithm>
#include <cmath>

namespace vitext::train {

void AveragedPerceptron::score(std::span<const uint64_t> keys, std::vector<float>& scores) const {
  scores.assign(num_classes_, 0.0f);
  for (uint64_t k : keys) {
    auto it = table_.find(k);
    if (it == table_.end()) continue;
    for (const Param& p : it->second.params) scores[p.cls] += p.weight;
  }
}

void AveragedPerceptron::bump(std::vector<Param>& row, uint32_t cls, float delta) {
  for (Param& p : row) {
    if (p.cls == cls) {
      p.total += double(now_ - p.stamp) * p.weight;
      p.stamp = now_;
      p.weight += delta;
      return;
    }
  }
  row.push_back(Param{static_cast<uint16_t>(cls), delta, 0.0, now_});
}

void AveragedPerceptron::update(std::span<const uint64_t> keys, uint32_t truth, uint32_t guess, float step) {
  if (truth == guess) return;
  for (uint64_t k : keys) {
    Row& row = table_[k];
    ++row.updates;
    bump(row.params, truth, step);
    bump(row.params, guess, -step);
  }
}

void AveragedPerceptron::add(std::span<const uint64_t> keys, uint32_t cls, float delta) {
  for (uint64_t k : keys) {
    Row& row = table_[k];
    ++row.updates;
    bump(row.params, cls, delta);
  }
}

ml::SparseLinear AveragedPerceptron::finalize(float min_weight, uint32_t min_updates) const {
  return finalize_mean(std::span<const AveragedPerceptron>(this, 1), min_weight, min_updates);
}

ml::SparseLinear AveragedPerceptron::finalize_mean(std::span<const AveragedPerceptron> models, float min_weight,
                                                   uint32_t min_updates) {
  if (models.empty()) return ml::SparseLinear::build(0, {});
  const uint32_t num_classes = models[0].num_classes_;
  const double count = double(models.size());
  struct Sum {
    uint32_t updates = 0;
    std::vector<std::pair<uint16_t, double>> weights;  // (class, sum of averaged weights)
  };
  std::unordered_map<uint64_t, Sum> sums;
  for (const AveragedPerceptron& m : models) {
    for (const auto& [key, row] : m.table_) {
      Sum& sum = sums[key];
      sum.updates += row.updates;
      for (const Param& p : row.params) {
        const double avg = (p.total + double(m.now_ - p.stamp) * p.weight) / double(m.now_);
        auto it = std::find_if(sum.weights.begin(), sum.weights.end(), [&](const auto& w) { return w.first == p.cls; });
        if (it == sum.weights.end()) sum.weights.emplace_back(p.cls, avg);
        else it->second += avg;
      }
    }
  }
  std::vector<std::pair<uint64_t, std::vector<std::pair<uint16_t, float>>>> rows;
  rows.reserve(sums.size());
  for (auto& [key, sum] : sums) {
    if (sum.updates < min_updates * models.size()) continue;
    std::vector<std::pair<uint16_t, float>> ws;
    for (const auto& [cls, total] : sum.weights) {
      const float avg = static_cast<float>(total / count);
      if (std::fabs(avg) >= min_weight && avg != 0.0f) ws.emplace_back(cls, avg);
    }
    if (ws.empty()) continue;
    std::sort(ws.begin(), ws.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    rows.emplace_back(key, std::move(ws));
  }
  return ml::SparseLinear::build(num_classes, std::move(rows));
}

}  // namespace vitext::train
