// Global training of the parser's two classifiers for beam search: a structured
// perceptron with max-violation updates (Huang et al. 2012; Zhang & Nivre 2011 use early
// update). The reference derivation is latent: it follows the dynamic oracle's cheapest
// transitions (train/arc_hybrid_oracle.h), choosing among equally cheap ones the one the
// model prefers, and switches to any beam item that is as cheap and scores higher.
#pragma once

#include <span>
#include <utility>
#include <vector>

#include "arc_hybrid_oracle.h"
#include "averaged_perceptron.h"
#include "parse/arc_hybrid.h"
#include "parse/beam.h"
#include "parse/parse_features.h"

namespace vitext::train {

class BeamTrainer {
 public:
  BeamTrainer(const parse::TransitionSet& ts, int width, AveragedPerceptron& moves, AveragedPerceptron& arcs)
      : ts_(ts), width_(width < 1 ? 1 : static_cast<size_t>(width)), moves_(moves), arcs_(arcs) {}

  // Decodes one sentence with the current weights and, where the best item outscores the
  // reference by the most, updates both classifiers. Returns true when it updated.
  bool train(std::span<const parse::ParseWord> words, const GoldTree& gold);

 private:
  struct Item {
    parse::ParseState state;
    float score = 0;
    int cost = 0;   // gold arcs lost so far
    int hist = -1;  // last node of its transition history
  };
  void score_state(const parse::ParseState& st, std::span<const parse::ParseWord> words);
  std::vector<uint32_t> history(int node) const;
  void update(std::span<const parse::ParseWord> words, int gold_node, int pred_node);
  int push_node(int parent, uint32_t cls) {
    nodes_.emplace_back(parent, cls);
    return static_cast<int>(nodes_.size()) - 1;
  }

  parse::TransitionSet ts_;
  size_t width_;
  AveragedPerceptron& moves_;
  AveragedPerceptron& arcs_;
  // Scratch, reused across sentences.
  std::vector<std::pair<int, uint32_t>> nodes_;  // (parent node, transition)
  std::vector<Item> beam_, next_;
  std::vector<std::vector<int>> costs_;
  std::vector<parse::BeamCandidate> cands_;
  std::vector<uint64_t> keys_;
  std::vector<float> move_scores_;
  parse::StateScores scores_;
};

}  // namespace vitext::train
