#include "segment/decoder.h"

#include <limits>

namespace vitext::segment {

void viterbi(const float* after_b, const float* after_i, const int8_t* forced, size_t n, const float (&trans)[2][2], uint8_t* tags,
             std::vector<uint8_t>& back) {
  if (n == 0) return;
  constexpr float kNo = -std::numeric_limits<float>::infinity();
  if (back.size() < n) back.resize(n);
  float best_b = 0.0f, best_i = kNo;  // scores of paths ending in B / I at unit 0
  back[0] = 0;
  for (size_t i = 1; i < n; ++i) {
    float from_b_to_b = best_b + trans[0][0], from_i_to_b = best_i + trans[1][0];
    float from_b_to_i = best_b + trans[0][1] + after_b[i], from_i_to_i = best_i + trans[1][1] + after_i[i];
    uint8_t bp = 0;  // bit 0: B's best predecessor is I; bit 1: I's best predecessor is I
    float nb, ni;
    if (from_i_to_b > from_b_to_b) {
      nb = from_i_to_b;
      bp |= 1;
    } else {
      nb = from_b_to_b;
    }
    if (from_i_to_i > from_b_to_i) {
      ni = from_i_to_i;
      bp |= 2;
    } else {
      ni = from_b_to_i;
    }
    if (forced && forced[i] != kFree) {
      if (forced[i] == kBegin) ni = kNo;
      else nb = kNo;
    }
    back[i] = bp;
    best_b = nb;
    best_i = ni;
  }
  // A sentence ends as if a new word followed it, so the transition into that word counts
  // at the end too (training always sees it: sentences end with punctuation).
  best_b += trans[0][0];
  best_i += trans[1][0];
  uint8_t t = best_i > best_b ? kInside : kBegin;
  for (size_t i = n; i-- > 0;) {
    tags[i] = t;
    t = (back[i] >> t) & 1 ? kInside : kBegin;
  }
  tags[0] = kBegin;
}

}  // namespace vitext::segment
