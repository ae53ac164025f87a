#include "word_clusters.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <random>
#include <sstream>
#include <unordered_map>

#include "tag/word_info.h"

namespace vitext::train {
namespace {

float dot(const float* a, const float* b, size_t dim) {
  float s = 0;
  for (size_t d = 0; d < dim; ++d) s += a[d] * b[d];
  return s;
}

void normalise(float* v, size_t dim) {
  const float norm = std::sqrt(dot(v, v, dim));
  if (norm > 0)
    for (size_t d = 0; d < dim; ++d) v[d] /= norm;
}

// A uniform draw in [0, 1) from the generator's bits, the same on every standard library
// (std::uniform_real_distribution is not).
double unit(std::mt19937_64& rng) { return static_cast<double>(rng() >> 11) * 0x1.0p-53; }

Status read_vectors(const ClusterOptions& opt, std::vector<std::string>& words, std::vector<float>& vectors,
                    size_t& dim) {
  std::ifstream in(opt.vectors_path);
  if (!in) return Status::IoError("cannot read " + opt.vectors_path);
  size_t count = 0;
  std::string line;
  if (!std::getline(in, line) || !(std::istringstream(line) >> count >> dim) || dim == 0 || dim > 4096)
    return Status::InvalidInput(opt.vectors_path + ": no 'count dim' header (fastText .vec format)");
  while (words.size() < opt.words && std::getline(in, line)) {
    std::istringstream fields(line);
    std::string word;
    fields >> word;
    const size_t at = vectors.size();
    vectors.resize(at + dim);
    for (size_t d = 0; d < dim; ++d)
      if (!(fields >> vectors[at + d])) return Status::InvalidInput(opt.vectors_path + ": short vector for " + word);
    normalise(&vectors[at], dim);
    words.push_back(std::move(word));
  }
  return Status::Ok();
}

// Splits a corpus line into its words (runs of non-space bytes).
template <typename Each>
void for_each_token(const std::string& line, Each&& each) {
  for (size_t pos = 0; pos < line.size();) {
    const size_t start = line.find_first_not_of(' ', pos);
    if (start == std::string::npos) break;
    size_t end = line.find(' ', start);
    if (end == std::string::npos) end = line.size();
    each(std::string_view(line).substr(start, end - start));
    pos = end;
  }
}

// Distributional vectors: how often each of the most frequent words (and the sentence
// edges) stands right before and right after the word. Which function words surround a
// word says what part of speech it is, which skipgram vectors (a bag of nearby words)
// mostly blur into its topic.
Status context_vectors(const ClusterOptions& opt, std::vector<std::string>& words, std::vector<float>& vectors,
                       size_t& dim) {
  std::unordered_map<std::string, uint64_t> count;
  {
    std::ifstream in(opt.corpus_path);
    if (!in) return Status::IoError("cannot read " + opt.corpus_path);
    for (std::string line; std::getline(in, line);)
      for_each_token(line, [&](std::string_view t) { ++count[std::string(t)]; });
  }
  std::vector<std::pair<uint64_t, std::string>> ranked;
  for (auto& [w, c] : count) ranked.emplace_back(c, w);
  // Most frequent first; ties by spelling, so the order does not depend on the hash table.
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  const size_t n = std::min(opt.words, ranked.size());
  const size_t contexts = std::min(opt.contexts, ranked.size());
  std::unordered_map<std::string_view, uint32_t> word_id, context_id;
  words.reserve(n);  // the maps view its strings
  for (size_t i = 0; i < n; ++i) {
    words.push_back(ranked[i].second);
    word_id.emplace(words.back(), static_cast<uint32_t>(i));
  }
  for (size_t i = 0; i < contexts; ++i) context_id.emplace(words[i], static_cast<uint32_t>(i));
  // Dimensions: [0, C] the word before (C: sentence start), [C + 1, 2C + 1] the word after
  // (2C + 1: sentence end).
  const size_t width = 2 * (contexts + 1);
  std::vector<float> raw(n * width, 0.0f);
  {
    std::ifstream in(opt.corpus_path);
    std::vector<int64_t> wid, cid;
    for (std::string line; std::getline(in, line);) {
      wid.clear();
      cid.clear();
      for_each_token(line, [&](std::string_view t) {
        auto w = word_id.find(t);
        auto c = context_id.find(t);
        wid.push_back(w == word_id.end() ? int64_t{-1} : int64_t{w->second});
        cid.push_back(c == context_id.end() ? int64_t{-1} : int64_t{c->second});
      });
      for (size_t i = 0; i < wid.size(); ++i) {
        if (wid[i] < 0) continue;
        float* row = &raw[static_cast<size_t>(wid[i]) * width];
        const int64_t before = i == 0 ? int64_t(contexts) : cid[i - 1];
        const int64_t after = i + 1 == wid.size() ? int64_t(contexts) : cid[i + 1];
        if (before >= 0) row[before] += 1;
        if (after >= 0) row[contexts + 1 + static_cast<size_t>(after)] += 1;
      }
    }
  }
  // sqrt(PPMI) per side, as the segmenter's syllable classes (train/segment/bigram_list.cpp).
  std::vector<double> column(width, 0.0);
  double side_total[2] = {0, 0};
  for (size_t w = 0; w < n; ++w)
    for (size_t d = 0; d < width; ++d) {
      column[d] += raw[w * width + d];
      side_total[d > contexts] += raw[w * width + d];
    }
  dim = opt.dim;
  // A fixed random +-1 projection keeps cosines (Johnson-Lindenstrauss) and makes k-means cheap.
  std::mt19937_64 rng(opt.seed * 0x9E3779B97F4A7C15ull + 1);
  std::vector<float> projection(width * dim);
  for (float& x : projection) x = (rng() & 1) ? 1.0f : -1.0f;
  vectors.assign(n * dim, 0.0f);
  for (size_t w = 0; w < n; ++w) {
    const float* row = &raw[w * width];
    double side[2] = {0, 0};
    for (size_t d = 0; d < width; ++d) side[d > contexts] += row[d];
    float* out = &vectors[w * dim];
    for (size_t d = 0; d < width; ++d) {
      if (row[d] == 0) continue;
      const int s = d > contexts;
      const double pmi = std::log((row[d] / side[s]) / (column[d] / side_total[s]));
      if (pmi <= 0) continue;
      const float x = static_cast<float>(std::sqrt(pmi));
      for (size_t k = 0; k < dim; ++k) out[k] += x * projection[d * dim + k];
    }
    normalise(out, dim);
  }
  return Status::Ok();
}

}  // namespace

std::vector<uint32_t> spherical_kmeans(const std::vector<float>& vectors, const std::vector<double>& weight, size_t dim,
                                       size_t k, int iterations, uint64_t seed, std::vector<float>& centroids) {
  const size_t n = vectors.size() / dim;
  k = std::min(k, n);
  centroids.assign(k * dim, 0.0f);
  std::vector<uint32_t> assign(n, 0);
  if (k == 0) return assign;
  // k-means++: each next seed drawn with probability ~ weight x (1 - best cosine so far).
  std::mt19937_64 rng(seed);
  std::vector<double> gap(n, 2.0);
  size_t pick = static_cast<size_t>(rng() % n);
  for (size_t c = 0; c < k; ++c) {
    std::copy_n(&vectors[pick * dim], dim, &centroids[c * dim]);
    double total = 0;
    for (size_t i = 0; i < n; ++i) {
      gap[i] = std::min(gap[i], 1.0 - double{dot(&vectors[i * dim], &centroids[c * dim], dim)});
      total += weight[i] * std::max(gap[i], 0.0);
    }
    double r = unit(rng) * total;
    for (pick = 0; pick + 1 < n; ++pick) {
      r -= weight[pick] * std::max(gap[pick], 0.0);
      if (r < 0) break;
    }
  }
  std::vector<double> sum(k * dim);
  for (int it = 0; it < iterations; ++it) {
    for (size_t i = 0; i < n; ++i) {
      float best = -2.0f;
      for (size_t c = 0; c < k; ++c) {
        const float s = dot(&vectors[i * dim], &centroids[c * dim], dim);
        if (s > best) {
          best = s;
          assign[i] = static_cast<uint32_t>(c);
        }
      }
    }
    std::fill(sum.begin(), sum.end(), 0.0);
    for (size_t i = 0; i < n; ++i)
      for (size_t d = 0; d < dim; ++d) sum[assign[i] * dim + d] += weight[i] * vectors[i * dim + d];
    for (size_t c = 0; c < k; ++c) {
      double norm = 0;
      for (size_t d = 0; d < dim; ++d) norm += sum[c * dim + d] * sum[c * dim + d];
      if (norm == 0) continue;  // an empty cluster keeps its centroid
      for (size_t d = 0; d < dim; ++d) centroids[c * dim + d] = static_cast<float>(sum[c * dim + d] / std::sqrt(norm));
    }
  }
  return assign;
}

Status train_word_clusters(const ClusterOptions& opt, std::ostream& log) {
  if (opt.levels.empty()) return Status::InvalidArgument("train clusters: no --levels");
  for (size_t l = 0; l < opt.levels.size(); ++l)
    if (opt.levels[l] < 2 || opt.levels[l] > 65534 || (l > 0 && opt.levels[l] >= opt.levels[l - 1]))
      return Status::InvalidArgument("train clusters: --levels must decrease, each 2..65534");
  std::vector<std::string> words;
  std::vector<float> vectors;
  size_t dim = 0;
  if (opt.vectors_path.empty() == opt.corpus_path.empty())
    return Status::InvalidArgument("train clusters: give either --vectors or --corpus");
  if (Status s = opt.corpus_path.empty() ? read_vectors(opt, words, vectors, dim) : context_vectors(opt, words, vectors, dim);
      !s.ok())
    return s;
  log << "train clusters: " << words.size() << " words of " << dim << " dimensions\n";
  // Level 0 clusters the words; each later level clusters the centroids of the one before,
  // weighed by their sizes, so the levels nest.
  std::vector<std::vector<uint32_t>> of_word(opt.levels.size());
  std::vector<double> weight(words.size(), 1.0);
  std::vector<float> points = vectors, centroids;
  for (size_t l = 0; l < opt.levels.size(); ++l) {
    const auto assign = spherical_kmeans(points, weight, dim, static_cast<size_t>(opt.levels[l]), opt.iterations,
                                         opt.seed + l, centroids);
    std::vector<double> size(centroids.size() / dim, 0.0);
    for (size_t i = 0; i < assign.size(); ++i) size[assign[i]] += weight[i];
    if (l == 0) {
      of_word[0] = assign;
    } else {
      of_word[l].resize(words.size());
      for (size_t w = 0; w < words.size(); ++w) of_word[l][w] = assign[of_word[l - 1][w]];
    }
    log << "level " << l << ": " << size.size() << " clusters\n";
    points = centroids;
    weight = size;
  }
  std::ofstream out(opt.out_path);
  if (!out) return Status::IoError("cannot write " + opt.out_path);
  out << "# word";
  for (int k : opt.levels) out << "\tcluster/" << k;
  out << "\n";
  for (size_t w = 0; w < words.size(); ++w) {
    out << words[w];
    for (size_t l = 0; l < opt.levels.size(); ++l) out << '\t' << of_word[l][w] + 1;
    out << '\n';
  }
  if (!out) return Status::IoError("write failed: " + opt.out_path);
  return Status::Ok();
}

Status read_word_clusters(const std::string& path, size_t max_words, tag::WordClusters& out) {
  std::ifstream in(path);
  if (!in) return Status::IoError("cannot read " + path);
  std::string line;
  std::vector<uint32_t> levels;
  if (std::getline(in, line) && line.rfind("# word", 0) == 0) {
    for (size_t at = line.find("cluster/"); at != std::string::npos; at = line.find("cluster/", at + 1))
      levels.push_back(static_cast<uint32_t>(std::stoul(line.substr(at + 8))));
  }
  if (levels.empty() || levels.size() > tag::kClusterLevels || levels[0] > 65534)
    return Status::InvalidInput(path + ": no '# word<TAB>cluster/K ...' header of 1 to 4 levels");
  std::vector<std::vector<uint16_t>> parents(levels.size() - 1, std::vector<uint16_t>(levels[0] + 1, 0));
  std::vector<std::pair<uint64_t, uint16_t>> words;
  while (words.size() < max_words && std::getline(in, line)) {
    std::istringstream fields(line);
    std::string word;
    std::vector<uint32_t> ids(levels.size());
    fields >> word;
    for (size_t l = 0; l < levels.size(); ++l)
      if (!(fields >> ids[l]) || ids[l] == 0 || ids[l] > levels[l])
        return Status::InvalidInput(path + ": bad cluster ids for " + word);
    for (size_t l = 1; l < levels.size(); ++l) {
      uint16_t& p = parents[l - 1][ids[0]];
      if (p != 0 && p != ids[l]) return Status::InvalidInput(path + ": levels do not nest at " + word);
      p = static_cast<uint16_t>(ids[l]);
    }
    words.emplace_back(tag::describe_word(word).lower, static_cast<uint16_t>(ids[0]));
  }
  out = tag::WordClusters::build(std::move(levels), std::move(parents), words);
  return Status::Ok();
}

}  // namespace vitext::train
