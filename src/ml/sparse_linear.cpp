#include "ml/sparse_linear.h"

#include <algorithm>
#include <cmath>

namespace vitext::ml {

namespace {
constexpr size_t kMaxEntries = size_t(1) << 24;  // what the 24-bit begin field addresses
}

SparseLinear SparseLinear::build(uint32_t num_classes,
                                 std::vector<std::pair<uint64_t, std::vector<std::pair<uint16_t, float>>>> rows) {
  SparseLinear m;
  m.num_classes_ = num_classes;
  // Sorted rows make the table layout, and so the model bytes, independent of the
  // order the trainer produced them in.
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  float max_abs = 0;
  for (const auto& [key, ws] : rows)
    for (const auto& [cls, w] : ws) max_abs = std::max(max_abs, std::fabs(w));
  m.scale_ = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  size_t capacity = 16;
  while (capacity < rows.size() + rows.size() / 2) capacity *= 2;  // load factor <= 2/3
  m.slots_.assign(capacity, Slot{});
  m.mask_ = capacity - 1;
  std::vector<ClassWeight> quantised;
  for (auto& [key, weights] : rows) {
    quantised.clear();
    for (const auto& [cls, w] : weights) {
      long q = std::lround(w / m.scale_);
      if (q != 0) quantised.push_back({cls, static_cast<int16_t>(std::clamp(q, -32767l, 32767l))});
    }
    if (quantised.empty() || quantised.size() > 255 || m.entries_.size() + quantised.size() > kMaxEntries) continue;
    const uint32_t fp = fingerprint(key);
    size_t i = key & m.mask_;
    bool duplicate = false;
    while (m.slots_[i].range != 0) {
      if (m.slots_[i].fp == fp) duplicate = true;  // same fingerprint on the probe path: keep the first
      i = (i + 1) & m.mask_;
    }
    if (duplicate) continue;
    m.slots_[i].fp = fp;
    m.slots_[i].range = static_cast<uint32_t>(m.entries_.size() << 8 | quantised.size());
    m.entries_.insert(m.entries_.end(), quantised.begin(), quantised.end());
    ++m.num_features_;
  }
  return m;
}

void SparseLinear::score(std::span<const uint64_t> keys, float* scores) const {
  std::fill(scores, scores + num_classes_, 0.0f);
  for (uint64_t k : keys) prefetch(k);
  for (uint64_t k : keys) add_to(k, scores);
}

void SparseLinear::serialize(ByteWriter& out) const {
  out.put<uint32_t>(num_classes_);
  out.put<uint64_t>(num_features_);
  out.put<float>(scale_);
  out.put_array(slots_);
  out.put_array(entries_);
}

Status SparseLinear::deserialize(ByteReader& in, SparseLinear& out) {
  SparseLinear m;
  m.num_classes_ = in.get<uint32_t>();
  m.num_features_ = in.get<uint64_t>();
  m.scale_ = in.get<float>();
  m.slots_ = in.get_array<Slot>();
  m.entries_ = in.get_array<ClassWeight>();
  if (!in.ok()) return Status::ModelError("linear model: truncated weights");
  const size_t n = m.slots_.size();
  if (n != 0 && (n & (n - 1)) != 0) return Status::ModelError("linear model: table size is not a power of two");
  m.mask_ = n == 0 ? 0 : n - 1;
  size_t used = 0;
  for (const Slot& s : m.slots_) {
    if (s.range == 0) continue;
    ++used;
    if (uint64_t(s.range >> 8) + (s.range & 0xFF) > m.entries_.size())
      return Status::ModelError("linear model: weight range out of bounds");
  }
  if (n != 0 && used == n) return Status::ModelError("linear model: table has no empty slot");
  for (const ClassWeight& w : m.entries_)
    if (w.cls >= m.num_classes_) return Status::ModelError("linear model: class id out of range");
  out = std::move(m);
  return Status::Ok();
}

}  // namespace vitext::ml
