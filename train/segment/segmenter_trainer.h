// Training the word segmenter: an averaged structured perceptron over B/I tags
// (src/segment/features.h), trained on UD CoNLL-U files whose FORMs hold the syllables
// of each word separated by spaces.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "segment/segmenter_model.h"
#include "segment/syllable_stats.h"
#include "vitext/status.h"

namespace vitext::train {

struct SegmenterTrainOptions {
  std::vector<std::string> train_files;
  std::string dev_file;      // optional: scored after each epoch (never used for training)
  std::string bigrams_file;  // optional: ranked syllable bigrams, one "syl1 syl2" per line
  int epochs = 10;
  uint64_t seed = 1;
  uint32_t hash_bits = 20;
  // The training-word lexicon feature is jackknifed: sentences of fold k see only the
  // words of the other folds, so the model learns how far the lexicon can be trusted.
  int folds = 10;
  // Also train on a lower-cased copy of every sentence.
  bool case_augment = false;
  // Distributional syllable classes from the bigram list (0: none).
  int classes = 128;
  // Perceptrons trained on different sentence orders (seed, seed+1, ...) and averaged.
  int ensemble = 5;
  // Syllable statistics from large text (train/segment_stats.py output; repeatable), packed
  // into the model's `corpus` lexicon; none: the model has no such section or features.
  std::vector<std::string> syllable_stats_files;
  // Given-name lists (one name per line) whose syllables feed the name features.
  std::vector<std::string> given_name_files;
  // The word conventions the training words follow (recorded in the model's meta, with the
  // credits of the data): "vtb" (UD VTB) or "vlsp" (RDRsegmenter's words, bench/train_vlsp.sh).
  std::string conventions = "vtb";
  SyllableStatsOptions stats;
  std::ostream* log = nullptr;
};

struct SegmentationScore {
  size_t gold = 0, system = 0, correct = 0;
  double f1() const { return gold + system ? 200.0 * correct / static_cast<double>(gold + system) : 0.0; }
};

Status train_segmenter(const SegmenterTrainOptions& options, segment::SegmenterModel& out);

}  // namespace vitext::train
