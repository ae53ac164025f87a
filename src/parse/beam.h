// Beam search over arc-hybrid transitions, shared by decoding (src/parse/parser.cpp) and
// global training (train/beam_trainer.cpp), so both explore the same candidates.
//
// A transition's score is the move classifier's score for its move plus, for an arc that
// is not forced onto the root, the label classifier's score for its class. Every
// arc-hybrid derivation of an n-word sentence takes exactly 2n transitions, so the items
// of a beam stay in step and finish together.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "parse/arc_hybrid.h"

namespace vitext::parse {

// What a classifier pair says about one state: move scores and (if needed) label scores.
struct StateScores {
  float moves[3] = {0, 0, 0};
  // Label scores (indexed by TransitionSet class) over the features of the LEFT and of the
  // RIGHT arc; filled only when that arc is valid and its label not forced.
  std::vector<float> left, right;
  const std::vector<float>& labels(Move m) const { return m == Move::kLeft ? left : right; }
};

// True when the transition's label comes from the label classifier (not forced onto the root).
inline bool scored_label(const ParseState& st, const TransitionSet& ts, uint32_t cls) {
  const Move m = ts.move_of(cls);
  return m == Move::kLeft || (m == Move::kRight && st.stack(1) != 0);
}

inline float transition_score(const ParseState& st, const TransitionSet& ts, const StateScores& s, uint32_t cls) {
  const auto m = static_cast<size_t>(ts.move_of(cls));
  return s.moves[m] + (scored_label(st, ts, cls) ? s.labels(ts.move_of(cls))[cls] : 0.0f);
}

// Labels kept per arc move and item (see expand_item).
inline constexpr int kLabelsPerMove = 1;

struct BeamCandidate {
  uint32_t item = 0;  // index of the parent item in the current beam
  uint32_t cls = 0;
  float score = 0;    // parent score + transition score
};

// Appends the candidates extending one item: SHIFT, and for each arc direction the
// kLabelsPerMove best labels. Keeping only a few labels per move keeps the beam for
// attachment ambiguity, where it pays, rather than near-duplicate labellings.
inline void expand_item(const ParseState& st, const TransitionSet& ts, const StateScores& s, uint32_t item,
                        float base, std::vector<BeamCandidate>& out) {
  const size_t labels_per_move = kLabelsPerMove;
  if (st.can_shift()) out.push_back({item, 0, base + s.moves[0]});
  for (Move m : {Move::kLeft, Move::kRight}) {
    if (m == Move::kLeft ? !st.can_left() : !st.can_right()) continue;
    const float move_score = base + s.moves[static_cast<size_t>(m)];
    if (m == Move::kRight && st.stack(1) == 0) {
      out.push_back({item, ts.right(ts.root_label), move_score});
      continue;
    }
    const size_t first = out.size();
    for (uint32_t l = 0; l < ts.num_labels; ++l) {
      if (l == ts.root_label) continue;
      const uint32_t cls = m == Move::kLeft ? ts.left(l) : ts.right(l);
      const BeamCandidate c{item, cls, move_score + s.labels(m)[cls]};
      if (out.size() - first < labels_per_move) {
        out.push_back(c);
        continue;
      }
      // Replace the worst kept label if this one beats it.
      auto worst = std::min_element(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                                    [](const BeamCandidate& a, const BeamCandidate& b) { return a.score < b.score; });
      if (c.score > worst->score) *worst = c;
    }
  }
}

// Whether the label classifier has to score the LEFT / RIGHT arc of this state.
inline bool needs_left_labels(const ParseState& st) { return st.can_left(); }
inline bool needs_right_labels(const ParseState& st) { return st.can_right() && st.stack(1) != 0; }

// Keeps the `width` best candidates, best first; ties go to the earlier candidate so
// decoding is deterministic.
inline void select_best(std::vector<BeamCandidate>& cands, size_t width) {
  auto better = [](const BeamCandidate& a, const BeamCandidate& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.item != b.item) return a.item < b.item;
    return a.cls < b.cls;
  };
  if (cands.size() > width) {
    std::partial_sort(cands.begin(), cands.begin() + static_cast<std::ptrdiff_t>(width), cands.end(), better);
    cands.resize(width);
  } else {
    std::sort(cands.begin(), cands.end(), better);
  }
}

}  // namespace vitext::parse
