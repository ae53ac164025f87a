// The accurate parser's kernels: the Eisner decoder (src/parse/eisner.h) against every tree
// of short sentences, and the dense float kernels (src/parse/dense.h) against naive loops.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <set>
#include <vector>

#include "biaffine_reference.h"
#include "parse/dense.h"
#include "parse/eisner.h"

namespace vitext {
namespace {

using testing::single_root_projective_trees;
using testing::tree_score;

// --- Eisner -------------------------------------------------------------------------------

// Random scores (continuous, and small integers with many ties): the decoder's tree is a
// single-rooted projective tree and no such tree scores higher.
TEST(BiaffineEisner, FindsTheBestSingleRootedProjectiveTree) {
  std::mt19937 rng(11);
  std::normal_distribution<double> real(0.0, 3.0);
  std::uniform_int_distribution<int> small(-2, 2);
  for (int n = 1; n <= 7; ++n) {
    const auto trees = single_root_projective_trees(n);
    const std::set<std::vector<int>> valid(trees.begin(), trees.end());
    ASSERT_FALSE(trees.empty());
    for (int trial = 0; trial < (n <= 5 ? 60 : 15); ++trial) {
      std::vector<double> scores(static_cast<size_t>((n + 1) * (n + 1)));
      for (double& s : scores) s = trial % 2 ? real(rng) : small(rng);
      std::vector<int> heads;
      parse::eisner_single_root(scores, n, heads);
      ASSERT_TRUE(valid.count(heads)) << "n=" << n << " trial " << trial;
      double best = -std::numeric_limits<double>::infinity();
      for (const auto& t : trees) best = std::max(best, tree_score(scores, t));
      EXPECT_NEAR(tree_score(scores, heads), best, 1e-9) << "n=" << n << " trial " << trial;
    }
  }
}

// The enumeration the test above trusts: there are 1, 2, 7, 30, 143, 728 single-rooted
// projective trees of 1..6 words (OEIS A006013; also counted by checking for crossing arcs).
TEST(BiaffineEisner, ReferenceEnumeratesAllTrees) {
  const size_t expected[] = {1, 2, 7, 30, 143, 728};
  for (int n = 1; n <= 6; ++n) EXPECT_EQ(single_root_projective_trees(n).size(), expected[n - 1]) << n;
}

TEST(BiaffineEisner, KnownTrees) {
  const int n = 6;
  const auto index = [&](int h, int d) { return static_cast<size_t>(h * (n + 1) + d); };
  std::vector<int> heads;
  // A chain to the right: root -> 1 -> 2 ... -> 6.
  std::vector<double> scores(index(n, n) + 1, 0.0);
  for (int d = 1; d <= n; ++d) scores[index(d - 1, d)] = 5.0;
  parse::eisner_single_root(scores, n, heads);
  EXPECT_EQ(heads, (std::vector<int>{0, 1, 2, 3, 4, 5}));
  // A chain to the left: root -> 6 -> 5 ... -> 1.
  std::fill(scores.begin(), scores.end(), 0.0);
  scores[index(0, n)] = 5.0;
  for (int d = 1; d < n; ++d) scores[index(d + 1, d)] = 5.0;
  parse::eisner_single_root(scores, n, heads);
  EXPECT_EQ(heads, (std::vector<int>{2, 3, 4, 5, 6, 0}));
  // Every word prefers the root: only one may have it, the best; the rest hang from it.
  std::fill(scores.begin(), scores.end(), 0.0);
  for (int d = 1; d <= n; ++d) scores[index(0, d)] = 10.0 + (d == 4);
  parse::eisner_single_root(scores, n, heads);
  EXPECT_EQ(std::count(heads.begin(), heads.end(), 0), 1);
  EXPECT_EQ(heads[3], 0);
  // No words, no heads.
  parse::eisner_single_root({}, 0, heads);
  EXPECT_TRUE(heads.empty());
}

// Scores that are -inf (a forbidden arc) or NaN (a broken model) still give a tree, and
// forbidden arcs are avoided when a tree without them exists.
TEST(BiaffineEisner, NonFiniteScoresStillGiveATree) {
  const double inf = std::numeric_limits<double>::infinity(), nan = std::numeric_limits<double>::quiet_NaN();
  for (int n = 1; n <= 6; ++n) {
    const auto trees = single_root_projective_trees(n);
    const std::set<std::vector<int>> valid(trees.begin(), trees.end());
    for (double fill : {-inf, nan, inf}) {
      std::vector<double> scores(static_cast<size_t>((n + 1) * (n + 1)), fill);
      std::vector<int> heads;
      parse::eisner_single_root(scores, n, heads);
      EXPECT_TRUE(valid.count(heads)) << "n=" << n << " fill " << fill;
      // Only the left chain is allowed.
      scores[static_cast<size_t>(n)] = 0.0;
      for (int d = 1; d < n; ++d) scores[static_cast<size_t>((d + 1) * (n + 1) + d)] = 0.0;
      parse::eisner_single_root(scores, n, heads);
      ASSERT_TRUE(valid.count(heads)) << "n=" << n << " fill " << fill;
      if (fill == -inf) {
        std::vector<int> chain;
        for (int d = 1; d < n; ++d) chain.push_back(d + 1);
        chain.push_back(0);
        EXPECT_EQ(heads, chain) << "n=" << n;
      }
    }
  }
}

// --- dense kernels ------------------------------------------------------------------------

TEST(BiaffineDense, MatmulAddMatchesNaiveLoops) {
  std::mt19937 rng(5);
  std::uniform_real_distribution<float> value(-2.0f, 2.0f);
  const size_t sizes[] = {1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 32, 33, 47, 64, 65, 70};
  constexpr float kGuard = 12345.0f;
  for (size_t rows = 1; rows <= 9; ++rows)
    for (size_t in : sizes)
      for (size_t out : sizes) {
        std::vector<float> x(rows * in), wt(in * out), y(rows * out + 3, kGuard);
        for (float& v : x) v = value(rng);
        for (float& v : wt) v = value(rng);
        for (size_t i = 0; i < rows * out; ++i) y[i] = value(rng);
        const std::vector<float> start = y;
        parse::matmul_add(x.data(), rows, in, wt.data(), out, y.data());
        for (size_t r = 0; r < rows; ++r)
          for (size_t c = 0; c < out; ++c) {
            double want = start[r * out + c], magnitude = std::fabs(want);
            for (size_t j = 0; j < in; ++j) {
              want += double(x[r * in + j]) * wt[j * out + c];
              magnitude += std::fabs(double(x[r * in + j]) * wt[j * out + c]);
            }
            ASSERT_NEAR(y[r * out + c], want, 1e-4 * std::max(1.0, magnitude))
                << "rows " << rows << " in " << in << " out " << out << " at " << r << "," << c;
          }
        for (size_t i = rows * out; i < y.size(); ++i) ASSERT_EQ(y[i], kGuard) << "wrote past the output";
      }
}

TEST(BiaffineDense, DotMatchesNaiveLoop) {
  std::mt19937 rng(6);
  std::uniform_real_distribution<float> value(-2.0f, 2.0f);
  for (size_t n = 0; n <= 70; ++n)
    for (int trial = 0; trial < 5; ++trial) {
      std::vector<float> a(n), b(n);
      for (float& v : a) v = value(rng);
      for (float& v : b) v = value(rng);
      double want = 0, magnitude = 0;
      for (size_t i = 0; i < n; ++i) {
        want += double(a[i]) * b[i];
        magnitude += std::fabs(double(a[i]) * b[i]);
      }
      ASSERT_NEAR(parse::dot(a.data(), b.data(), n), want, 1e-4 * std::max(1.0, magnitude)) << "n=" << n;
    }
}

}  // namespace
}  // namespace vitext
