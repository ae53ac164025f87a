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

ml::SparseLinear AveragedPerceptron::finalize(float min_weight, uint32_t min_updates) const {
  std::vector<std::pair<uint64_t, std::vector<std::pair<uint16_t, float>>>> rows;
  rows.reserve(table_.size());
  for (const auto& [key, row] : table_) {
    if (row.updates < min_updates) continue;
    std::vector<std::pair<uint16_t, float>> ws;
    for (const Param& p : row.params) {
      double total = p.total + double(now_ - p.stamp) * p.weight;
      float avg = static_cast<float>(total / double(now_));
      if (std::fabs(avg) >= min_weight && avg != 0.0f) ws.emplace_back(p.cls, avg);
    }
    if (ws.empty()) continue;
    std::sort(ws.begin(), ws.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    rows.emplace_back(key, std::move(ws));
  }
  return ml::SparseLinear::build(num_classes_, std::move(rows));
}

}  // namespace vitext::train
