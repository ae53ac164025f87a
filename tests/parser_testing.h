// Helpers shared by the parser tests: the tree check and a small parser trained on the
// hand-written treebank (tests/hand_treebank.h).
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

#include "core/model_file.h"
#include "hand_treebank.h"
#include "train_io.h"
#include "train_parser.h"
#include "vitext/parser.h"

namespace vitext::testing {

// A well-formed tree: heads in 0..n, exactly one root with the root label, no cycles.
inline ::testing::AssertionResult is_tree(const std::vector<int>& heads, const std::vector<std::string>& labels) {
  const int n = static_cast<int>(heads.size());
  int roots = 0;
  for (int i = 0; i < n; ++i) {
    if (heads[size_t(i)] < 0 || heads[size_t(i)] > n || heads[size_t(i)] == i + 1)
      return ::testing::AssertionFailure() << "bad head " << heads[size_t(i)] << " at " << i + 1;
    if (heads[size_t(i)] == 0) {
      ++roots;
      if (labels[size_t(i)] != "root") return ::testing::AssertionFailure() << "root word labelled " << labels[size_t(i)];
    } else if (labels[size_t(i)] == "root") {
      return ::testing::AssertionFailure() << "non-root word labelled root at " << i + 1;
    }
  }
  if (n > 0 && roots != 1) return ::testing::AssertionFailure() << roots << " roots";
  for (int i = 1; i <= n; ++i) {
    int k = i, steps = 0;
    while (k != 0) {
      k = heads[size_t(k - 1)];
      if (++steps > n) return ::testing::AssertionFailure() << "cycle through " << i;
    }
  }
  return ::testing::AssertionSuccess();
}

// A parser model trained on the hand-written treebank, as model bytes.
inline std::string train_small(uint64_t seed, int beam = 1, int ensemble = 1) {
  // ctest runs the tests of this file as parallel processes, each training its own model:
  // the files are named by process so that no test reads another's half-written model.
  const std::string dir = ::testing::TempDir() + "/vitext_parser_" + std::to_string(::getpid());
  std::string train_path = dir + "_hand_train.conllu", model_path = dir + "_hand_parser_" + std::to_string(seed) + "_" +
                                                                std::to_string(beam) + "_" + std::to_string(ensemble) + ".bin";
  EXPECT_TRUE(train::write_model_bytes(train_path, kHandTreebank).ok());
  train::ParserTrainOptions opt;
  opt.train_paths = {train_path};
  opt.out_path = model_path;
  opt.seed = seed;
  opt.epochs = 10;
  opt.beam = beam;
  opt.ensemble = ensemble;
  std::ostringstream log;
  EXPECT_TRUE(train::train_parser(opt, log).ok()) << log.str();
  std::string bytes;
  EXPECT_TRUE(read_file(model_path, bytes).ok());
  std::remove(train_path.c_str());
  std::remove(model_path.c_str());
  return bytes;
}

inline std::vector<std::string> label_names(const Parser& p, const std::vector<uint16_t>& ids) {
  std::vector<std::string> out;
  for (auto id : ids) out.push_back(p.label_name(id));
  return out;
}

}  // namespace vitext::testing
