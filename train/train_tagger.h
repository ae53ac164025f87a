// Trains the tagger (averaged perceptron, greedy left-to-right) from CoNLL-U files.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "tag/tag_features.h"
#include "tag/word_clusters.h"
#include "vitext/conllu.h"
#include "vitext/status.h"

namespace vitext::train {

inline constexpr const char* kDefaultBigramsPath = "../shared/data/lexical/vie.word.bigrams";

struct TaggerTrainOptions {
  std::vector<std::string> train_paths;  // CoNLL-U; several are concatenated
  std::string dev_path;                  // optional: accuracy printed after each epoch
  std::string out_path;
  uint64_t seed = 1;
  int epochs = 12;
  float min_weight = 0.25f;  // drop averaged weights below this (model size)
  float rare_dropout = 0.0f;  // chance that a once-seen word is hidden in an epoch
  // Ranked syllable bigram list for distributional syllable classes; used when the file
  // exists (relative paths from the repository root), "" for none.
  std::string bigrams_path = kDefaultBigramsPath;
  int classes = 64;   // number of syllable classes (2..254)
  // Word clusters (TSV of `vitext train clusters`, train/vectors.sh), "" for none; the first
  // `cluster_words` words of it are stored in the model.
  std::string word_clusters_path;
  size_t cluster_words = 200000;
  int ensemble = 5;   // perceptrons (own sentence order and jackknife folds) averaged into one
  // "dev": directional verbs after a verb are retagged VERB in the training trees, the dev
  // convention (train/directional_verbs.h); "train": the trees' own tags.
  std::string directional_verbs = "dev";
  // "dev": words that train and dev tag differently ("sau", "hơn", "VN" ...) are rewritten by
  // dev's rule (train/word_conventions.h); "train": as in the file; or a list of mappings.
  std::string word_conventions = "dev";
  // Feature templates (src/tag/tag_features.h); an older version reproduces older models.
  uint32_t feature_version = tag::kDefaultTagFeatureVersion;
};

Status train_tagger(const TaggerTrainOptions& options, std::ostream& log);
// The same from sentences in memory; `bytes` receives the model file.
Status train_tagger_model(const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>& dev,
                          const TaggerTrainOptions& options, std::ostream& log, std::string& bytes);
// Replaces the tags of `sentences` with those of taggers trained on the other folds, so a
// parser trained on them sees tagging errors like those at run time.
// `directional_verbs` and `word_conventions` as in TaggerTrainOptions.
// `clusters`: the word clusters the folds' taggers use (those of the tagger the parser is paired with).
Status jackknife_tags(std::vector<ConlluSentence>& sentences, int folds, uint64_t seed, std::ostream& log,
                      const std::string& directional_verbs, const std::string& word_conventions,
                      const tag::WordClusters& clusters);

}  // namespace vitext::train
