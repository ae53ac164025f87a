// Word clusters: the k-means that makes them (train/word_clusters.h), the table models
// store (src/tag/word_clusters.h), and the tagger and parser models carrying it.
#include "tag/word_clusters.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "hand_treebank.h"
#include "tag/word_info.h"
#include "train_tagger.h"
#include "vitext/tagger.h"
#include "word_clusters.h"

namespace vitext {
namespace {

TEST(SphericalKmeans, SeparatesDirectionsAndIsDeterministic) {
  // Three bundles of unit vectors around the axes of 3-space.
  std::vector<float> v;
  const float near[][3] = {{1, 0.1f, 0}, {1, 0, 0.1f}, {0.1f, 1, 0}, {0, 1, 0.1f}, {0, 0.1f, 1}, {0.1f, 0, 1}};
  for (const auto& p : near) {
    const float n = std::sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2]);
    for (float x : p) v.push_back(x / n);
  }
  std::vector<float> centroids;
  const auto a = train::spherical_kmeans(v, std::vector<double>(6, 1.0), 3, 3, 10, 7, centroids);
  ASSERT_EQ(a.size(), 6u);
  EXPECT_EQ(a[0], a[1]);
  EXPECT_EQ(a[2], a[3]);
  EXPECT_EQ(a[4], a[5]);
  EXPECT_NE(a[0], a[2]);
  EXPECT_NE(a[2], a[4]);
  EXPECT_NE(a[0], a[4]);
  std::vector<float> again;
  EXPECT_EQ(train::spherical_kmeans(v, std::vector<double>(6, 1.0), 3, 3, 10, 7, again), a);
  EXPECT_EQ(again, centroids);
}

// A .vec file of six words in two groups, clustered on two nested levels.
std::string cluster_file() {
  const std::string vec = ::testing::TempDir() + "clusters_test.vec";
  const std::string tsv = ::testing::TempDir() + "clusters_test.tsv";
  {
    std::ofstream out(vec);
    out << "6 2\nnói 1 0.1\nbảo 1 0.2\nkể 0.9 0.1\nnhà 0.1 1\ntrường 0.2 1\nlâm_trường 0 1\n";
  }
  train::ClusterOptions opt;
  opt.vectors_path = vec;
  opt.out_path = tsv;
  opt.levels = {3, 2};
  std::ostringstream log;
  EXPECT_TRUE(train::train_word_clusters(opt, log).ok());
  std::remove(vec.c_str());
  return tsv;
}

TEST(WordClusters, TrainedNestedAndReadIntoTheTable) {
  const std::string tsv = cluster_file();
  tag::WordClusters clusters;
  ASSERT_TRUE(train::read_word_clusters(tsv, 100, clusters).ok());
  std::remove(tsv.c_str());
  EXPECT_EQ(clusters.size(), 6u);
  EXPECT_EQ(clusters.levels(), (std::vector<uint32_t>{3, 2}));
  auto of = [&](std::string_view w) { return clusters.find(tag::describe_word(w).lower); };
  // The coarse level splits speaking from places; keys fold case and '_'.
  EXPECT_EQ(of("nói")[1], of("kể")[1]);
  EXPECT_EQ(of("Lâm trường")[1], of("nhà")[1]);
  EXPECT_NE(of("nói")[1], of("nhà")[1]);
  EXPECT_GT(of("nói")[0], 0);
  EXPECT_EQ(of("nói")[2], 0);  // no third level
  EXPECT_EQ(of("xe"), (std::array<uint16_t, tag::kClusterLevels>{}));  // not clustered

  // The table round-trips through its bytes; corrupt bytes are refused.
  ByteWriter w;
  clusters.write(w);
  const std::string bytes = w.take();
  tag::WordClusters back;
  ByteReader r(bytes);
  ASSERT_TRUE(back.read(r));
  EXPECT_TRUE(r.at_end());
  EXPECT_EQ(back.find(tag::describe_word("bảo").lower), of("bảo"));
  tag::WordClusters bad;
  ByteReader truncated(std::string_view(bytes).substr(0, bytes.size() - 3));
  EXPECT_FALSE(bad.read(truncated));
}

TEST(WordClusters, TaggerStoresThemAndTheirFeaturesChangeTheModel) {
  const std::string tsv = cluster_file();
  train::TaggerTrainOptions opt;
  opt.epochs = 6;
  opt.bigrams_path = "none";
  std::ostringstream log;
  std::string without, with;
  ASSERT_TRUE(train::train_tagger_model(testing::hand_treebank(), {}, opt, log, without).ok());
  opt.word_clusters_path = tsv;
  ASSERT_TRUE(train::train_tagger_model(testing::hand_treebank(), {}, opt, log, with).ok());
  opt.word_clusters_path = "/nonexistent/clusters.tsv";  // a file asked for must exist
  std::string unused;
  EXPECT_FALSE(train::train_tagger_model(testing::hand_treebank(), {}, opt, log, unused).ok());
  std::remove(tsv.c_str());
  EXPECT_NE(with, without);
  Tagger a, b;
  ASSERT_TRUE(Tagger::load(with, a).ok());
  ASSERT_TRUE(Tagger::load(without, b).ok());
  EXPECT_EQ(a.word_clusters().size(), 6u);
  EXPECT_TRUE(b.word_clusters().empty());
}

}  // namespace
}  // namespace vitext
