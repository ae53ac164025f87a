#include "parse/eisner.h"

#include <cstddef>
#include <limits>

namespace vitext::parse {
namespace {

// Chart cells over the words 1..n, spans [s, t]. A "complete" span is a head and all of its
// descendants on one side; an "incomplete" span is an arc s-t plus what lies between. Index 0
// means the head is t (arcs point left), 1 means the head is s (arcs point right).
struct Chart {
  explicit Chart(int n) : n(n), size(static_cast<size_t>(n + 1) * (n + 1)) {
    for (auto* v : {&complete, &incomplete}) v->assign(2 * size, -std::numeric_limits<double>::infinity());
    for (auto* v : {&complete_split, &incomplete_split}) v->assign(2 * size, 0);
  }
  size_t at(int s, int t, int dir) const { return (static_cast<size_t>(s) * (n + 1) + t) * 2 + dir; }
  int n;
  size_t size;
  std::vector<double> complete, incomplete;
  std::vector<int> complete_split, incomplete_split;
};

}  // namespace

void eisner_single_root(const std::vector<double>& scores, int n, std::vector<int>& heads) {
  heads.assign(n, 0);
  if (n <= 0) return;
  const auto score = [&](int h, int d) { return scores[static_cast<size_t>(h) * (n + 1) + d]; };
  Chart c(n);
  for (int i = 1; i <= n; ++i) c.complete[c.at(i, i, 0)] = c.complete[c.at(i, i, 1)] = 0.0;
  for (int k = 1; k < n; ++k) {
    for (int s = 1; s + k <= n; ++s) {
      const int t = s + k;
      // Each search starts from its first split, so that scores that never compare greater
      // (-inf, NaN) still leave a split inside the span and the backtrace ends.
      double best = -std::numeric_limits<double>::infinity();
      int split = s;
      for (int r = s; r < t; ++r) {
        const double v = c.complete[c.at(s, r, 1)] + c.complete[c.at(r + 1, t, 0)];
        if (v > best) best = v, split = r;
      }
      c.incomplete[c.at(s, t, 0)] = best + score(t, s);
      c.incomplete[c.at(s, t, 1)] = best + score(s, t);
      c.incomplete_split[c.at(s, t, 0)] = c.incomplete_split[c.at(s, t, 1)] = split;
      best = -std::numeric_limits<double>::infinity();
      split = s;
      for (int r = s; r < t; ++r) {
        const double v = c.complete[c.at(s, r, 0)] + c.incomplete[c.at(r, t, 0)];
        if (v > best) best = v, split = r;
      }
      c.complete[c.at(s, t, 0)] = best;
      c.complete_split[c.at(s, t, 0)] = split;
      best = -std::numeric_limits<double>::infinity();
      split = s + 1;
      for (int r = s + 1; r <= t; ++r) {
        const double v = c.incomplete[c.at(s, r, 1)] + c.complete[c.at(r, t, 1)];
        if (v > best) best = v, split = r;
      }
      c.complete[c.at(s, t, 1)] = best;
      c.complete_split[c.at(s, t, 1)] = split;
    }
  }
  // The root's one child r: everything left of r hangs from r, and everything right of it.
  int root_child = 1;
  double best = -std::numeric_limits<double>::infinity();
  for (int r = 1; r <= n; ++r) {
    const double v = score(0, r) + c.complete[c.at(1, r, 0)] + c.complete[c.at(r, n, 1)];
    if (v > best) best = v, root_child = r;
  }
  heads[root_child - 1] = 0;
  struct Item {
    int s, t, dir;
    bool complete;
  };
  std::vector<Item> stack = {{1, root_child, 0, true}, {root_child, n, 1, true}};
  while (!stack.empty()) {
    const Item it = stack.back();
    stack.pop_back();
    if (it.s == it.t) continue;
    if (it.complete) {
      const int r = c.complete_split[c.at(it.s, it.t, it.dir)];
      if (it.dir == 0) {
        stack.push_back({it.s, r, 0, true});
        stack.push_back({r, it.t, 0, false});
      } else {
        stack.push_back({it.s, r, 1, false});
        stack.push_back({r, it.t, 1, true});
      }
    } else {
      const int r = c.incomplete_split[c.at(it.s, it.t, it.dir)];
      if (it.dir == 0) heads[it.s - 1] = it.t;
      else heads[it.t - 1] = it.s;
      stack.push_back({it.s, r, 1, true});
      stack.push_back({r + 1, it.t, 0, true});
    }
  }
}

}  // namespace vitext::parse
