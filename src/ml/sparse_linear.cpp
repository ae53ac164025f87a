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
  m.make_dense();
  return m;
}

void SparseLinear::make_dense() {
  for (size_t i = 0; i < slots_.size(); ++i) {
    const uint32_t range = slots_[i].range, count = range & 0xFF;
    // Dense pays off once a row is about a third full (one vector add per 4 classes).
    if (count == 0 || count * 3 < num_classes_ || num_classes_ < 8) continue;
    const size_t row = dense_.size() / num_classes_;
    if (row + 1 >= (size_t(1) << 24)) break;
    dense_.resize(dense_.size() + num_classes_, 0.0f);
    float* out = dense_.data() + row * num_classes_;
    for (uint32_t k = 0; k < count; ++k) {
      const ClassWeight& w = entries_[(range >> 8) + k];
      out[w.cls] = static_cast<float>(w.weight);
    }
    dense_ranges_.emplace_back(i, range);
    slots_[i].range = static_cast<uint32_t>((row + 1) << 8);
  }
}

void SparseLinear::score(std::span<const uint64_t> keys, float* scores) const {
  std::fill(scores, scores + num_classes_, 0.0f);
  // Three passes over blocks of keys so the cache misses of one pass overlap: prefetch
  // the slots, read them and prefetch the weights they point to, then add.
  constexpr size_t kBlock = 64;
  uint32_t ranges[kBlock];
  for (size_t begin = 0; begin < keys.size(); begin += kBlock) {
    const size_t n = std::min(kBlock, keys.size() - begin);
    for (size_t j = 0; j < n; ++j) prefetch(keys[begin + j]);
    for (size_t j = 0; j < n; ++j) {
      ranges[j] = find(keys[begin + j]);
      if (ranges[j] != 0) __builtin_prefetch(weights_of(ranges[j]));
    }
    for (size_t j = 0; j < n; ++j) add_range(ranges[j], scores);
  }
}

void SparseLinear::serialize(ByteWriter& out) const {
  out.put<uint32_t>(num_classes_);
  out.put<uint64_t>(num_features_);
  out.put<float>(scale_);
  std::vector<Slot> slots = slots_;
  for (const auto& [slot, range] : dense_ranges_) slots[slot].range = range;
  out.put_array(slots);
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
  m.make_dense();
  out = std::move(m);
  return Status::Ok();
}

}  // namespace vitext::ml
