#include "beam_trainer.h"

#include <algorithm>

namespace vitext::train {

void BeamTrainer::score_state(const parse::ParseState& st, std::span<const parse::ParseWord> words) {
  keys_.clear();
  parse::parse_features(st, words, keys_);
  moves_.score(keys_, move_scores_);
  std::copy(move_scores_.begin(), move_scores_.end(), scores_.moves);
  if (parse::needs_left_labels(st)) {
    keys_.clear();
    parse::label_features(st, words, parse::Move::kLeft, keys_);
    arcs_.score(keys_, scores_.left);
  }
  if (parse::needs_right_labels(st)) {
    keys_.clear();
    parse::label_features(st, words, parse::Move::kRight, keys_);
    arcs_.score(keys_, scores_.right);
  }
}

std::vector<uint32_t> BeamTrainer::history(int node) const {
  std::vector<uint32_t> out;
  for (; node >= 0; node = nodes_[static_cast<size_t>(node)].first) out.push_back(nodes_[static_cast<size_t>(node)].second);
  std::reverse(out.begin(), out.end());
  return out;
}

bool BeamTrainer::train(std::span<const parse::ParseWord> words, const GoldTree& gold) {
  const int n = static_cast<int>(words.size()) - 1;
  nodes_.clear();
  beam_.resize(1);
  beam_[0].state.reset(n);
  beam_[0].score = 0;
  beam_[0].cost = 0;
  beam_[0].hist = -1;
  Item ref = beam_[0];
  std::vector<int> ref_costs;
  float max_violation = 0;
  int viol_gold = -1, viol_pred = -1;
  while (!beam_[0].state.terminal()) {
    cands_.clear();
    costs_.resize(beam_.size());
    for (size_t i = 0; i < beam_.size(); ++i) {
      score_state(beam_[i].state, words);
      transition_costs(beam_[i].state, ts_, gold, costs_[i]);
      parse::expand_item(beam_[i].state, ts_, scores_, static_cast<uint32_t>(i), beam_[i].score, cands_);
    }
    parse::select_best(cands_, width_);
    next_.resize(cands_.size());
    for (size_t k = 0; k < cands_.size(); ++k) {
      const Item& parent = beam_[cands_[k].item];
      Item& it = next_[k];
      it.state = parent.state;
      it.state.apply(ts_, cands_[k].cls);
      it.score = cands_[k].score;
      it.cost = parent.cost + costs_[cands_[k].item][cands_[k].cls];
      it.hist = push_node(parent.hist, cands_[k].cls);
    }
    std::swap(beam_, next_);

    // The reference: its cheapest transition, the model's favourite among ties.
    score_state(ref.state, words);
    transition_costs(ref.state, ts_, gold, ref_costs);
    const int min_cost = *std::min_element(ref_costs.begin(), ref_costs.end());
    uint32_t best_cls = 0;
    float best_score = 0;
    bool found = false;
    for (uint32_t c = 0; c < ts_.num_classes(); ++c) {
      if (ref_costs[c] != min_cost) continue;
      const float s = parse::transition_score(ref.state, ts_, scores_, c);
      if (!found || s > best_score) {
        best_cls = c;
        best_score = s;
        found = true;
      }
    }
    ref.score += best_score;
    ref.cost += min_cost;
    ref.state.apply(ts_, best_cls);
    ref.hist = push_node(ref.hist, best_cls);
    for (const Item& it : beam_) {
      if (it.cost <= ref.cost && it.score > ref.score) {
        ref = it;
        break;  // the beam is sorted: the first such item is the best
      }
    }
    // A violation: the best item has lost a gold arc the reference keeps, yet scores at
    // least as high (ties count, or an all-zero model would never learn).
    const float violation = beam_[0].score - ref.score;
    if (beam_[0].cost > ref.cost && violation >= 0 && (viol_pred < 0 || violation > max_violation)) {
      max_violation = violation;
      viol_gold = ref.hist;
      viol_pred = beam_[0].hist;
    }
  }
  moves_.tick();
  arcs_.tick();
  if (viol_pred < 0) return false;
  update(words, viol_gold, viol_pred);
  return true;
}

void BeamTrainer::update(std::span<const parse::ParseWord> words, int gold_node, int pred_node) {
  const std::vector<uint32_t> gold = history(gold_node), pred = history(pred_node);
  const int n = static_cast<int>(words.size()) - 1;
  parse::ParseState common;
  common.reset(n);
  size_t d = 0;
  while (d < gold.size() && d < pred.size() && gold[d] == pred[d]) common.apply(ts_, gold[d++]);
  // Shared transitions cancel out; from the first difference on, promote the reference
  // and demote the prediction, each on the features of its own states.
  for (int side = 0; side < 2; ++side) {
    const std::vector<uint32_t>& seq = side == 0 ? gold : pred;
    const float delta = side == 0 ? 1.0f : -1.0f;
    parse::ParseState st = common;
    for (size_t j = d; j < seq.size(); ++j) {
      keys_.clear();
      parse::parse_features(st, words, keys_);
      moves_.add(keys_, static_cast<uint32_t>(ts_.move_of(seq[j])), delta);
      if (parse::scored_label(st, ts_, seq[j])) {
        keys_.clear();
        parse::label_features(st, words, ts_.move_of(seq[j]), keys_);
        arcs_.add(keys_, seq[j], delta);
      }
      st.apply(ts_, seq[j]);
    }
  }
}

}  // namespace vitext::train
