// Trains the dependency parser (arc-hybrid, averaged perceptron, dynamic oracle with
// exploration) from CoNLL-U files.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "vitext/status.h"

namespace vitext::train {

struct ParserTrainOptions {
  std::vector<std::string> train_paths;
  std::string dev_path;
  std::string out_path;
  // When set, training and dev sentences are re-tagged with this tagger model so the
  // parser learns from the tags it will see at run time (train tags come from a
  // k-fold jackknife when `jackknife` > 1).
  std::string tagger_path;
  int jackknife = 0;
  uint64_t seed = 1;
  int epochs = 15;
  // 1: greedy, trained with the dynamic oracle and exploration; k > 1: beam search of
  // width k, trained globally (train/beam_trainer.h). The model decodes with this width.
  int beam = 1;
  // With beam > 1: the first epochs train greedily (dynamic oracle), then globally.
  int greedy_epochs = 0;
  // Perceptrons trained with different sentence orders, their weights averaged.
  int ensemble = 1;
  float explore = 0.9f;   // probability of following a wrong prediction after epoch 1
  // When set, the sentences the parser learns from (mapped by the conventions below, with
  // jackknifed tags) are written to <write_trees>.train.conllu, and dev with the tagger's
  // tags to <write_trees>.dev.conllu: the same material for other parsers to learn from
  // (bench/neural_parser_baseline.py).
  std::string write_trees;
  // Trees learnt from as they are, after the treebank's have been mapped and jackknifed:
  // no convention mappings and no re-tagging, since they come from parsers and a tagger
  // that already follow the conventions (train/agreed_trees.sh: unlabelled sentences two
  // parsers agree on, tagged by the tagger the parser is trained with).
  std::vector<std::string> extra_tree_paths;
  float min_weight = 0.0f;
  uint32_t min_updates = 1;  // drop features updated fewer times (model size)
  // "following": commas and colons of the training trees are re-attached to the phrase
  // after them (punct_attachment.h); "as-is": heads as in the file.
  std::string punct = "following";
  // "dev": directional verbs after a verb that train relates by advmod or compound:prt are
  // related by compound:dir, as dev does, and the jackknife taggers learn them as VERB
  // (directional_verbs.h); "train": relations and tags as in the file.
  std::string directional_verbs = "dev";
  // "dev": relations that train and dev label differently are relabelled by dev's rule
  // (relation_conventions.h); "train": as in the file; or a comma-separated list of mappings.
  std::string relations = "dev";
  // "dev": words that train and dev tag and attach differently ("sau ba năm", "hơn 30
  // năm") are rewritten by dev's rule before the relations (word_conventions.h), for the
  // parser's trees and the jackknife taggers; "train": as in the file; or a list.
  std::string word_conventions = "dev";
};

Status train_parser(const ParserTrainOptions& options, std::ostream& log);

}  // namespace vitext::train
