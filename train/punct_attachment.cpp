#include "punct_attachment.h"

namespace vitext::train {
namespace {

bool is_separator(const ConlluWord& w) {
  return w.deprel == "punct" && (w.form == "," || w.form == ";" || w.form == ":");
}

}  // namespace

size_t attach_punct_to_following_phrase(std::vector<ConlluSentence>& sentences) {
  size_t changed = 0;
  for (auto& s : sentences) {
    const int n = static_cast<int>(s.words.size());
    auto head = [&](int i) { return s.words[static_cast<size_t>(i - 1)].head; };
    for (int i = 1; i < n; ++i) {
      ConlluWord& p = s.words[static_cast<size_t>(i - 1)];
      if (!is_separator(p)) continue;
      // Climb from the next word while the head stays right of the comma; the step count
      // bounds the walk should the tree contain a cycle.
      int j = i + 1;
      for (int steps = 0; steps < n && head(j) > i && head(j) <= n && head(j) != i; ++steps) j = head(j);
      if (head(j) == i) continue;  // the next phrase hangs on the comma itself: leave it
      if (p.head != j) {
        p.head = j;
        ++changed;
      }
    }
  }
  return changed;
}

}  // namespace vitext::train
