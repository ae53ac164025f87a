#include "segment/bigram_list.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <string_view>
#include <unordered_map>

#include "core/hash.h"
#include "segment/syllable_key.h"

namespace vitext::train {
namespace {

// Frequency bucket of a bigram's rank (1-based): 1 for the top ranks, growing with log2.
uint8_t rank_bucket(size_t rank) {
  int b = 1;
  while (rank > 1 && b < 31) {
    rank >>= 1;
    ++b;
  }
  return static_cast<uint8_t>(b);
}

// Syllables ordered by total mass (ties by key), with each one's mass.
std::vector<std::pair<uint64_t, double>> syllables_by_mass(const std::vector<BigramPair>& pairs) {
  std::unordered_map<uint64_t, double> mass;
  for (const auto& p : pairs) {
    mass[p.left] += p.mass;
    mass[p.right] += p.mass;
  }
  std::vector<std::pair<uint64_t, double>> out(mass.begin(), mass.end());
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  return out;
}

}  // namespace

Status read_bigram_list(const std::string& path, std::vector<BigramPair>& out) {
  std::ifstream in(path);
  if (!in) return Status::IoError("cannot read bigram list " + path);
  out.clear();
  std::unordered_map<uint64_t, size_t> index;  // pair hash -> position in out
  std::string line;
  size_t rank = 0;
  while (std::getline(in, line)) {
    ++rank;
    if (line.find('?') != std::string::npos) continue;  // digits are masked as '?'
    size_t sp = line.find(' ');
    if (sp == std::string::npos || line.find(' ', sp + 1) != std::string::npos) continue;
    uint64_t a = segment::fold_syllable(std::string_view(line).substr(0, sp)).key;
    uint64_t b = segment::fold_syllable(std::string_view(line).substr(sp + 1)).key;
    auto [it, fresh] = index.try_emplace(hash::combine(a, b), out.size());
    if (fresh) out.push_back({a, b, 0.0});
    out[it->second].mass += 1.0 / static_cast<double>(rank);
  }
  return Status::Ok();
}

// Frequent pairs of frequent syllables ("là một") score low on association; pairs whose
// syllables rarely occur apart ("phỏng vấn") score high, which is what marks a word.
segment::FingerprintMap pack_bigram_buckets(const std::vector<BigramPair>& pairs) {
  std::unordered_map<uint64_t, double> left_mass, right_mass;
  double total = 0;
  for (const auto& p : pairs) {
    left_mass[p.left] += p.mass;
    right_mass[p.right] += p.mass;
    total += p.mass;
  }
  std::vector<std::pair<uint64_t, uint8_t>> packed;
  packed.reserve(pairs.size());
  for (const auto& p : pairs) {
    double pmi = std::log(p.mass * total / (left_mass[p.left] * right_mass[p.right]));
    int bucket = std::clamp(static_cast<int>(std::floor(pmi)), -1, 6) + 1;
    size_t effective_rank = static_cast<size_t>(std::max(1.0, 1.0 / p.mass));
    packed.emplace_back(hash::combine(p.left, p.right),
                        static_cast<uint8_t>(rank_bucket(effective_rank) | (bucket << 5)));
  }
  return segment::FingerprintMap::build(packed);
}

segment::FingerprintMap cluster_syllables(const std::vector<BigramPair>& pairs, int classes, size_t vocabulary,
                                          size_t contexts, int iterations) {
  if (classes < 2 || pairs.empty()) return segment::FingerprintMap::build({});
  const auto ranked = syllables_by_mass(pairs);
  vocabulary = std::min(vocabulary, ranked.size());
  contexts = std::min(contexts, ranked.size());
  std::unordered_map<uint64_t, uint32_t> word_id, context_id;
  for (size_t i = 0; i < vocabulary; ++i) word_id[ranked[i].first] = static_cast<uint32_t>(i);
  for (size_t i = 0; i < contexts; ++i) context_id[ranked[i].first] = static_cast<uint32_t>(i);

  // Sparse context vectors: dimension c = "c precedes", contexts + c = "c follows".
  std::vector<std::unordered_map<uint32_t, double>> raw(vocabulary);
  for (const auto& p : pairs) {
    if (auto w = word_id.find(p.left); w != word_id.end())
      if (auto c = context_id.find(p.right); c != context_id.end()) raw[w->second][contexts + c->second] += p.mass;
    if (auto w = word_id.find(p.right); w != word_id.end())
      if (auto c = context_id.find(p.left); c != context_id.end()) raw[w->second][c->second] += p.mass;
  }
  // Each neighbour weighs by how much more often than by chance it stands beside the
  // syllable (square root of positive PMI, per side), then unit length: frequent and rare
  // syllables with the same telling neighbours end up close, and neighbours that stand
  // beside everything ("của", "là") count for little.
  std::vector<double> dim_mass(2 * contexts, 0.0);
  double side_total[2] = {0, 0};
  for (size_t w = 0; w < vocabulary; ++w) {
    for (const auto& [d, m] : raw[w]) {
      dim_mass[d] += m;
      side_total[d >= contexts] += m;
    }
  }
  std::vector<std::vector<std::pair<uint32_t, float>>> vec(vocabulary);
  for (size_t w = 0; w < vocabulary; ++w) {
    double side[2] = {0, 0};
    for (const auto& [d, m] : raw[w]) side[d >= contexts] += m;
    std::vector<std::pair<uint32_t, float>> v;
    double norm = 0;
    for (const auto& [d, m] : raw[w]) {
      const int s = d >= contexts;
      double pmi = std::log((m / side[s]) / (dim_mass[d] / side_total[s]));
      if (pmi <= 0) continue;
      double x = std::sqrt(pmi);
      v.emplace_back(d, static_cast<float>(x));
      norm += x * x;
    }
    std::sort(v.begin(), v.end());
    for (auto& [d, x] : v) x = static_cast<float>(x / std::sqrt(norm));  // v empty when norm is 0
    vec[w] = std::move(v);
  }
  const size_t k = std::min<size_t>(static_cast<size_t>(classes), vocabulary);
  const size_t dims = 2 * contexts;
  std::vector<float> centroid(k * dims, 0.0f);
  for (size_t c = 0; c < k; ++c)  // seeds spread evenly over the frequency ranking
    for (const auto& [d, x] : vec[c * vocabulary / k]) centroid[c * dims + d] = x;
  std::vector<uint32_t> assign(vocabulary, 0);
  for (int it = 0; it < iterations; ++it) {
    for (size_t w = 0; w < vocabulary; ++w) {
      float best = -1.0f;
      for (size_t c = 0; c < k; ++c) {
        const float* cen = &centroid[c * dims];
        float dot = 0;
        for (const auto& [d, x] : vec[w]) dot += cen[d] * x;
        if (dot > best) {
          best = dot;
          assign[w] = static_cast<uint32_t>(c);
        }
      }
    }
    std::fill(centroid.begin(), centroid.end(), 0.0f);
    for (size_t w = 0; w < vocabulary; ++w)
      for (const auto& [d, x] : vec[w]) centroid[assign[w] * dims + d] += x;
    for (size_t c = 0; c < k; ++c) {
      double norm = 0;
      for (size_t d = 0; d < dims; ++d) norm += double{centroid[c * dims + d]} * centroid[c * dims + d];
      if (norm > 0)
        for (size_t d = 0; d < dims; ++d) centroid[c * dims + d] = static_cast<float>(centroid[c * dims + d] / std::sqrt(norm));
    }
  }
  std::vector<std::pair<uint64_t, uint8_t>> entries;
  for (size_t w = 0; w < vocabulary; ++w)
    if (!vec[w].empty()) entries.emplace_back(ranked[w].first, static_cast<uint8_t>(assign[w] + 1));
  return segment::FingerprintMap::build(entries);
}

}  // namespace vitext::train
