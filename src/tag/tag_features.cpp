#include "tag/tag_features.h"

#include "core/hash.h"

namespace vitext::tag {
namespace {

const WordInfo& at(std::span<const WordInfo> w, ptrdiff_t i) {
  static const WordInfo kBefore = boundary_word(true);
  static const WordInfo kAfter = boundary_word(false);
  if (i < 0) return kBefore;
  if (static_cast<size_t>(i) >= w.size()) return kAfter;
  return w[static_cast<size_t>(i)];
}

}  // namespace


void static_tag_features(std::span<const WordInfo> words, size_t i, uint32_t version, std::vector<uint64_t>& keys) {
  using hash::feature_key;
  const ptrdiff_t p = static_cast<ptrdiff_t>(i);
  const WordInfo& w = at(words, p);
  const WordInfo& l1 = at(words, p - 1);
  const WordInfo& l2 = at(words, p - 2);
  const WordInfo& r1 = at(words, p + 1);
  const WordInfo& r2 = at(words, p + 2);
  const uint64_t nsyl = w.syllables < 4 ? w.syllables : 4;
  keys.push_back(feature_key(0, 0));
  keys.push_back(feature_key(1, w.lower));
  keys.push_back(feature_key(2, w.form));
  keys.push_back(feature_key(3, w.first));
  keys.push_back(feature_key(4, w.last));
  keys.push_back(feature_key(5, w.shape));
  keys.push_back(feature_key(6, w.suffix));
  keys.push_back(feature_key(7, nsyl));
  keys.push_back(feature_key(8, l1.lower));
  keys.push_back(feature_key(9, r1.lower));
  keys.push_back(feature_key(10, l2.lower));
  keys.push_back(feature_key(11, r2.lower));
  keys.push_back(feature_key(12, l1.last));
  keys.push_back(feature_key(13, r1.first));
  keys.push_back(feature_key(14, l1.lower, w.lower));
  keys.push_back(feature_key(15, w.lower, r1.lower));
  keys.push_back(feature_key(16, l1.shape, w.shape));
  keys.push_back(feature_key(17, w.shape, r1.shape));
  keys.push_back(feature_key(18, l1.lower, r1.lower));
  keys.push_back(feature_key(19, w.first, nsyl));
  keys.push_back(feature_key(20, w.last, nsyl));
  keys.push_back(feature_key(21, w.redup, w.shape));
  // Ambiguity classes (tag dictionary): of the word, and of the words to its right,
  // whose tags a left-to-right tagger has not chosen yet.
  keys.push_back(feature_key(40, w.amb));
  keys.push_back(feature_key(41, r1.amb));
  keys.push_back(feature_key(42, r2.amb));
  keys.push_back(feature_key(43, w.amb, r1.amb));
  keys.push_back(feature_key(44, w.lower, r1.amb));
  keys.push_back(feature_key(45, w.amb, w.shape));
  keys.push_back(feature_key(46, w.suffix3));
  keys.push_back(feature_key(47, w.initial, w.shape));
  keys.push_back(feature_key(48, p == 0, w.shape));
  keys.push_back(feature_key(49, l1.amb, w.amb));
  keys.push_back(feature_key(50, w.amb == 0, w.amb_first, w.amb_last));
  keys.push_back(feature_key(51, w.amb == 0, w.amb_last, nsyl));
  keys.push_back(feature_key(52, w.amb == 0, w.amb_first, nsyl));
  // Distributional classes of the syllables: what kind of word an unseen one looks like.
  keys.push_back(feature_key(60, w.cls_first, w.cls_last));
  keys.push_back(feature_key(61, w.amb == 0, w.cls_last, nsyl));
  keys.push_back(feature_key(62, w.amb == 0, w.cls_first, nsyl));
  keys.push_back(feature_key(63, l1.cls_last, w.cls_first));
  keys.push_back(feature_key(64, w.cls_last, r1.cls_first));
  // Word clusters from unlabelled text, at every level: what the word is like in 30M
  // words of news and Wikipedia, and what its neighbours are like.
  const auto& c = w.cluster;
  keys.push_back(feature_key(70, c[0]));
  keys.push_back(feature_key(71, c[1]));
  keys.push_back(feature_key(72, c[2]));
  keys.push_back(feature_key(73, c[3]));
  keys.push_back(feature_key(74, w.amb == 0, c[1], w.shape));
  keys.push_back(feature_key(75, l1.cluster[2], c[2]));
  keys.push_back(feature_key(76, c[2], r1.cluster[2]));
  keys.push_back(feature_key(77, r1.cluster[1]));
  keys.push_back(feature_key(78, l1.cluster[1]));
  if (version < 5) return;
  // Version 5: the word with the kind of word before and after it ("về" before a noun
  // phrase is ADP, before a clause VERB).
  keys.push_back(feature_key(80, w.lower, r1.cluster[1]));
  keys.push_back(feature_key(81, l1.cluster[1], w.lower));
}

void dynamic_tag_features(std::span<const WordInfo> words, size_t i, int prev1, int prev2,
                          std::vector<uint64_t>& keys) {
  using hash::feature_key;
  const ptrdiff_t p = static_cast<ptrdiff_t>(i);
  const uint64_t t1 = static_cast<uint64_t>(prev1 + 2), t2 = static_cast<uint64_t>(prev2 + 2);
  keys.push_back(feature_key(30, t1));
  keys.push_back(feature_key(31, t2, t1));
  keys.push_back(feature_key(32, t1, at(words, p).lower));
  keys.push_back(feature_key(33, t2));
  keys.push_back(feature_key(34, t1, at(words, p + 1).lower));
  keys.push_back(feature_key(35, t1, at(words, p).amb));
  keys.push_back(feature_key(36, t1, at(words, p + 1).amb));
  keys.push_back(feature_key(37, t1, at(words, p).cluster[1]));
}

}  // namespace vitext::tag
