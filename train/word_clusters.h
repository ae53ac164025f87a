// Word clusters from word vectors (fastText's .vec text format): nested spherical k-means,
// so a word's cluster at every coarser level follows from its finest one, as the prefixes
// of a Brown-cluster bit string do. The tagger and the fast parser read the clusters as
// features; train/vectors.sh makes the vectors and calls this.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "tag/word_clusters.h"
#include "vitext/status.h"

namespace vitext::train {

struct ClusterOptions {
  std::string vectors_path;  // fastText .vec: "count dim" line, then "word x1 ... xdim", most frequent first
  // Or a corpus (a sentence a line, words separated by spaces): each word is described by
  // the words right before and after it (the `contexts` most frequent, and the sentence
  // edges) weighed by square-rooted positive PMI, projected to `dim` random directions.
  std::string corpus_path;
  size_t contexts = 500;
  size_t dim = 128;
  std::string out_path;      // TSV: word, then its cluster (1-based) at each level
  size_t words = 200000;     // cluster the first (most frequent) words of the file
  // Clusters per level, finest first; each level groups the centroids of the one before.
  std::vector<int> levels = {1024, 256, 64, 16};
  int iterations = 20;
  uint64_t seed = 1;
};

Status train_word_clusters(const ClusterOptions& options, std::ostream& log);

// Reads the first `max_words` words of a clusters TSV (as train_word_clusters writes it)
// into the table models store: keyed like the tagger's words, at most kClusterLevels levels.
Status read_word_clusters(const std::string& path, size_t max_words, tag::WordClusters& out);

// Spherical k-means (k-means++ seeding, Lloyd rounds) of `n` unit vectors of `dim` floats
// weighed by `weight`; returns each vector's cluster (0-based) and fills `centroids`
// (k x dim, unit length). Deterministic for a seed.
std::vector<uint32_t> spherical_kmeans(const std::vector<float>& vectors, const std::vector<double>& weight, size_t dim,
                                       size_t k, int iterations, uint64_t seed, std::vector<float>& centroids);

}  // namespace vitext::train
