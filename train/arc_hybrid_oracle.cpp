#include "arc_hybrid_oracle.h"

namespace vitext::train {

using parse::kNone;

void transition_costs(const parse::ParseState& st, const parse::TransitionSet& ts, const GoldTree& gold,
                      std::vector<int>& costs) {
  costs.assign(ts.num_classes(), kInvalidCost);
  const int n = st.n();
  const int s0 = st.stack(0), s1 = st.stack(1), b = st.b0();
  auto head = [&](int i) { return gold.heads[static_cast<size_t>(i)]; };
  auto in_buffer = [&](int i) { return b != kNone && i >= b && i <= n; };
  // Dependents of s0 still in the buffer: lost by any move that pops s0.
  int s0_deps_in_buffer = 0;
  if (s0 > 0 && b != kNone)
    for (int d = b; d <= n; ++d) s0_deps_in_buffer += head(d) == s0;

  if (st.can_shift()) {
    int c = 0;
    int h = head(b);
    if (h != s0 && h >= 0 && st.on_stack(h)) ++c;                  // b's head under s0: lost
    for (int k : st.stack_items()) c += k > 0 && head(k) == b;     // stack words headed by b: lost
    costs[0] = c;
  }
  if (s0 > 0 && st.can_left()) {
    int h = head(s0);
    int c = s0_deps_in_buffer + ((h == s1 || (in_buffer(h) && h != b)) ? 1 : 0);
    for (uint32_t l = 0; l < ts.num_labels; ++l) {
      uint32_t cls = ts.left(l);
      if (!st.valid(ts, cls)) continue;
      costs[cls] = c + ((h == b && gold.labels[static_cast<size_t>(s0)] != l) ? 1 : 0);
    }
  }
  if (s0 > 0 && st.can_right()) {
    int h = head(s0);
    int c = s0_deps_in_buffer + (in_buffer(h) ? 1 : 0);
    for (uint32_t l = 0; l < ts.num_labels; ++l) {
      uint32_t cls = ts.right(l);
      if (!st.valid(ts, cls)) continue;
      costs[cls] = c + ((h == s1 && gold.labels[static_cast<size_t>(s0)] != l) ? 1 : 0);
    }
  }
}

}  // namespace vitext::train
