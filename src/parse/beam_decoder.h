// Beam-search decoding with the trained move and label classifiers (see parse/beam.h).
#pragma once

#include <span>

#include "ml/sparse_linear.h"
#include "parse/arc_hybrid.h"
#include "parse/parse_features.h"

namespace vitext::parse {

// Parses words[1..] (words[0] is the root) keeping the `width` best partial derivations;
// `out` ends in the terminal state of the best one, a well-formed tree.
void beam_decode(const ml::SparseLinear& moves, const ml::SparseLinear& arcs, const TransitionSet& ts,
                 std::span<const ParseWord> words, int width, ParseState& out);

}  // namespace vitext::parse
