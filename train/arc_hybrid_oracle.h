// Dynamic oracle for arc-hybrid (Goldberg & Nivre 2013): the number of gold arcs a
// transition makes unreachable. Training follows zero-cost (or least-cost) transitions
// from whatever state the model reaches, so it learns to recover from its own mistakes.
#pragma once

#include <cstdint>
#include <vector>

#include "parse/arc_hybrid.h"

namespace vitext::train {

struct GoldTree {
  std::vector<int> heads;         // index 1..n; heads[0] unused
  std::vector<uint32_t> labels;   // index 1..n
};

// costs[c] for every class c; invalid classes get a large cost.
void transition_costs(const parse::ParseState& state, const parse::TransitionSet& ts, const GoldTree& gold,
                      std::vector<int>& costs);

inline constexpr int kInvalidCost = 1 << 20;

}  // namespace vitext::train
