// Runs the accurate parser's members (parse/biaffine_model.h) over one sentence: averages
// their arc log-probabilities, adds the vote of another parser's tree, decodes the best
// single-rooted projective tree (parse/eisner.h) and labels each arc with the label of the
// highest averaged log-probability.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "parse/biaffine_model.h"

namespace vitext::parse {

// Longer sentences cost O(n^2) memory and O(n^3) time in the tree decoder: callers keep the
// fast parser's tree for them.
inline constexpr size_t kMaxBiaffineWords = 400;

// Another parser's tree: vote_heads (empty, or one head per word) gets model.vote_weight()
// added to the score of each of its arcs; where the tree keeps such an arc, vote_labels (label
// ids of model.labels(), or -1 for none) gets model.label_vote_weight() added to its label.
struct TreeVote {
  std::span<const int> heads;
  std::span<const int> labels;
};

// One sentence of a batch: its words, tags and the other parser's tree.
struct BiaffineSentence {
  std::span<const std::string_view> forms, upos, xpos;
  TreeVote vote;
};

// A decoded tree: heads[i] is 0 (root) or 1..n; labels[i] indexes model.labels().
struct BiaffineTree {
  std::vector<int> heads;
  std::vector<uint16_t> labels;
};

// Parses the sentences together: each member's matrix products run over all of their words at
// once, and the LSTM's recurrent step over all the sentences still running, so each weight
// matrix is read once per step for the batch instead of once per sentence. Each tree is the
// one biaffine_parse gives for its sentence alone (the same arithmetic, in the same order).
// trees gets one entry per sentence.
void biaffine_parse_batch(const BiaffineModel& model, std::span<const BiaffineSentence> sentences,
                          std::vector<BiaffineTree>& trees);

// One sentence: heads[i] is 0 (root) or 1..n; labels[i] indexes model.labels().
void biaffine_parse(const BiaffineModel& model, std::span<const std::string_view> forms,
                    std::span<const std::string_view> upos, std::span<const std::string_view> xpos,
                    const TreeVote& vote, std::vector<int>& heads, std::vector<uint16_t>& labels);

}  // namespace vitext::parse
