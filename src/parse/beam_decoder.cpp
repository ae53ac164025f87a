#include "parse/beam_decoder.h"

#include <utility>
#include <vector>

#include "parse/beam.h"

namespace vitext::parse {

void beam_decode(const ml::SparseLinear& moves, const ml::SparseLinear& arcs, const TransitionSet& ts,
                 std::span<const ParseWord> words, int width, ParseState& out) {
  const int n = static_cast<int>(words.size()) - 1;
  const size_t w = width < 1 ? 1 : static_cast<size_t>(width);
  std::vector<ParseState> beam(1), next;
  std::vector<float> score(1, 0.0f), next_score;
  beam[0].reset(n);
  std::vector<uint64_t> keys;
  keys.reserve(128);
  StateScores s;
  s.left.resize(ts.num_classes());
  s.right.resize(ts.num_classes());
  std::vector<BeamCandidate> cands;
  // Every derivation has 2n transitions: the items reach the terminal state together.
  while (!beam[0].terminal()) {
    cands.clear();
    for (size_t i = 0; i < beam.size(); ++i) {
      const ParseState& st = beam[i];
      keys.clear();
      parse_features(st, words, keys);
      moves.score(keys, s.moves);
      if (needs_left_labels(st)) {
        keys.clear();
        label_features(st, words, Move::kLeft, keys);
        arcs.score(keys, s.left.data());
      }
      if (needs_right_labels(st)) {
        keys.clear();
        label_features(st, words, Move::kRight, keys);
        arcs.score(keys, s.right.data());
      }
      expand_item(st, ts, s, static_cast<uint32_t>(i), score[i], cands);
    }
    select_best(cands, w);
    next.resize(cands.size());
    next_score.resize(cands.size());
    for (size_t k = 0; k < cands.size(); ++k) {
      next[k] = beam[cands[k].item];  // reuses next[k]'s buffers
      next[k].apply(ts, cands[k].cls);
      next_score[k] = cands[k].score;
    }
    std::swap(beam, next);
    std::swap(score, next_score);
  }
  out = std::move(beam[0]);
}

}  // namespace vitext::parse
