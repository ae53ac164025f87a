// Eisner's algorithm: the highest-scoring projective dependency tree over arc scores, with
// exactly one word attached to the root (as UD requires). O(n^3) time, O(n^2) memory.
#pragma once

#include <vector>

namespace vitext::parse {

// scores[h * (n + 1) + d]: the score of head h (0 = root, 1..n = words) for word d (1..n).
// heads[d - 1] receives the head of word d. n = 0 gives an empty result.
void eisner_single_root(const std::vector<double>& scores, int n, std::vector<int>& heads);

}  // namespace vitext::parse
