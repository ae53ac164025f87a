#include "parse/parse_features.h"

#include "core/hash.h"
#include "tag/word_info.h"

namespace vitext::parse {

void describe_parse_words(std::span<const std::string_view> forms, std::span<const std::string_view> upos,
                          std::span<const std::string_view> xpos, const tag::WordClusters& clusters,
                          std::vector<ParseWord>& out) {
  out.resize(forms.size() + 1);
  const uint64_t root = hash::hash_bytes("<root>");
  out[0] = ParseWord{root, root, root, root, root, root, root};
  for (size_t i = 0; i < forms.size(); ++i) {
    tag::WordInfo info = tag::describe_word(forms[i]);
    ParseWord& p = out[i + 1];
    p.w = info.lower;
    const auto c = clusters.find(info.lower);
    p.fine = c[0];
    p.coarse = c[2];
    p.first = info.first;
    p.last = info.last;
    p.t = hash::hash_bytes(i < upos.size() ? upos[i] : std::string_view());
    p.x = hash::hash_bytes(i < xpos.size() ? xpos[i] : std::string_view());
  }
}

namespace {

constexpr uint64_t kNoWord = 0x5bd1e9955bd1e995ull;

struct Slot {
  uint64_t w = kNoWord, t = kNoWord, x = kNoWord, last = kNoWord, first = kNoWord, fine = kNoWord, coarse = kNoWord;
  uint64_t label = 0x7f;  // label of the arc into this word, if attached
};

Slot slot(const ParseState& s, std::span<const ParseWord> words, int i) {
  Slot out;
  if (i == kNone) return out;
  const ParseWord& p = words[static_cast<size_t>(i)];
  out.w = p.w;
  out.t = p.t;
  out.x = p.x;
  out.last = p.last;
  out.first = p.first;
  out.fine = p.fine;
  out.coarse = p.coarse;
  if (i > 0 && s.head(i) != kNone) out.label = s.label(i);
  return out;
}

uint64_t bucket(int d) {
  if (d < 0) return 99;
  if (d <= 4) return static_cast<uint64_t>(d);
  if (d <= 7) return 5;
  if (d <= 12) return 6;
  return 7;
}

}  // namespace

void parse_features(const ParseState& st, std::span<const ParseWord> words, std::vector<uint64_t>& keys) {
  using hash::feature_key;
  const int is0 = st.stack(0), is1 = st.stack(1), is2 = st.stack(2);
  const int ib0 = st.b0(), ib1 = st.buffer(1), ib2 = st.buffer(2);
  const Slot s0 = slot(st, words, is0), s1 = slot(st, words, is1), s2 = slot(st, words, is2);
  const Slot b0 = slot(st, words, ib0), b1 = slot(st, words, ib1), b2 = slot(st, words, ib2);
  const Slot s0l = slot(st, words, st.left_child(is0, 0)), s0l2 = slot(st, words, st.left_child(is0, 1));
  const Slot s0r = slot(st, words, st.right_child(is0, 0)), s0r2 = slot(st, words, st.right_child(is0, 1));
  const Slot s1l = slot(st, words, st.left_child(is1, 0)), s1r = slot(st, words, st.right_child(is1, 0));
  const Slot b0l = slot(st, words, st.left_child(ib0, 0)), b0l2 = slot(st, words, st.left_child(ib0, 1));
  const uint64_t d_s0b0 = (is0 != kNone && ib0 != kNone) ? bucket(ib0 - is0) : 98;
  const uint64_t d_s1s0 = (is1 != kNone && is0 != kNone) ? bucket(is0 - is1) : 98;
  const uint64_t s0vl = static_cast<uint64_t>(st.left_count(is0)), s0vr = static_cast<uint64_t>(st.right_count(is0));
  const uint64_t b0vl = static_cast<uint64_t>(st.left_count(ib0)), s1vr = static_cast<uint64_t>(st.right_count(is1));
  const uint64_t buffer_empty = ib0 == kNone;
  uint32_t id = 0;
  auto add = [&](uint64_t a, uint64_t b = 0, uint64_t c = 0) { keys.push_back(feature_key(id++, a, b, c)); };

  add(0);
  // Single words.
  add(s0.w); add(s0.t); add(s0.w, s0.t); add(s0.x);
  add(s1.w); add(s1.t); add(s1.w, s1.t);
  add(b0.w); add(b0.t); add(b0.w, b0.t); add(b0.x);
  add(b1.w); add(b1.t); add(b1.w, b1.t);
  add(b2.w); add(b2.t);
  add(s2.t); add(s2.w);
  add(s0.last, s0.t); add(b0.first, b0.t); add(s0.first); add(b0.last);
  // Pairs.
  add(s0.w, s0.t, b0.w); add(s0.w, b0.w, b0.t); add(s0.w, s0.t, b0.t); add(s0.t, b0.w, b0.t);
  add(s0.w, b0.w); add(s0.t, b0.t); add(b0.t, b1.t); add(s0.x, b0.x);
  add(s1.w, s0.w); add(s1.t, s0.t); add(s1.w, s1.t, s0.t); add(s1.t, s0.w, s0.t); add(s1.x, s0.x);
  add(s1.t, b0.t); add(s1.w, b0.w);
  // Tag trigrams.
  add(b0.t, b1.t, b2.t); add(s0.t, b0.t, b1.t); add(s1.t, s0.t, b0.t); add(s2.t, s1.t, s0.t);
  add(s0.t, s0l.t, b0.t); add(s0.t, s0r.t, b0.t); add(s0.t, b0.t, b0l.t); add(s1.t, s1r.t, s0.t);
  add(s1.t, s1l.t, s0.t); add(s1.t, s0.t, s0r.t); add(s1.t, s0.t, s0l.t);
  // Distance.
  add(s0.w, d_s0b0); add(s0.t, d_s0b0); add(b0.w, d_s0b0); add(b0.t, d_s0b0); add(s0.t, b0.t, d_s0b0);
  add(s1.t, s0.t, d_s1s0); add(s1.w, d_s1s0); add(s0.w, d_s1s0);
  // Valency.
  add(s0.w, s0vr); add(s0.t, s0vr); add(s0.w, s0vl); add(s0.t, s0vl); add(b0.w, b0vl); add(b0.t, b0vl);
  add(s1.t, s1vr); add(s0.t, s1.t, buffer_empty);
  // Children: words, tags and arc labels.
  add(s0l.w); add(s0l.t); add(s0l.label); add(s0r.w); add(s0r.t); add(s0r.label);
  add(b0l.w); add(b0l.t); add(b0l.label); add(s1l.t); add(s1l.label); add(s1r.t); add(s1r.label);
  add(s0l2.t); add(s0l2.label); add(s0r2.t); add(s0r2.label); add(b0l2.t); add(b0l2.label);
  add(s0.t, s0l.t, s0l2.t); add(s0.t, s0r.t, s0r2.t); add(b0.t, b0l.t, b0l2.t);
  add(s0.t, s0l.label, s0r.label); add(b0.t, b0l.label); add(s1.t, s1r.label, s0.t);
  add(s0.w, s0l.label); add(s0.w, s0r.label);
  // Label sets (Zhang & Nivre 2011).
  add(s0.t, st.left_labels(is0)); add(s0.t, st.right_labels(is0)); add(b0.t, st.left_labels(ib0));
  add(s1.t, st.right_labels(is1)); add(s0.w, st.right_labels(is0)); add(b0.w, st.left_labels(ib0));
  // Words in pairs with the buffer.
  add(b0.w, b1.w); add(s0.w, b0.w, b1.t); add(s0.t, b0.w, b1.w);
  // Word clusters: rare words act like the frequent ones they share a cluster with.
  add(s0.fine); add(b0.fine); add(s1.fine); add(b1.fine);
  add(s0.fine, b0.t); add(s0.t, b0.fine); add(s0.coarse, b0.coarse); add(s1.coarse, s0.coarse);
  add(s0.fine, b0.fine); add(s0.coarse, s0.t, b0.t); add(b0.coarse, s0.t, b0.t);
}

void label_features(const ParseState& st, std::span<const ParseWord> words, Move move, std::vector<uint64_t>& keys) {
  using hash::feature_key;
  const int n = st.n();
  const int id = st.stack(0);
  const int ih = move == Move::kLeft ? st.b0() : st.stack(1);
  auto at = [&](int i) { return (i >= 0 && i <= n) ? i : kNone; };
  const Slot d = slot(st, words, id), h = slot(st, words, ih);
  const Slot d_prev = slot(st, words, id > 0 ? at(id - 1) : kNone), d_next = slot(st, words, id > 0 ? at(id + 1) : kNone);
  const Slot h_prev = slot(st, words, ih > 0 ? at(ih - 1) : kNone), h_next = slot(st, words, ih > 0 ? at(ih + 1) : kNone);
  const Slot dl = slot(st, words, st.left_child(id, 0)), dr = slot(st, words, st.right_child(id, 0));
  const uint64_t dist = (id != kNone && ih != kNone) ? bucket(ih > id ? ih - id : id - ih) : 98;
  const uint64_t dvl = static_cast<uint64_t>(st.left_count(id)), dvr = static_cast<uint64_t>(st.right_count(id));
  // The direction is part of every key: the classes of a key then belong to one side.
  uint32_t tmpl = move == Move::kLeft ? 0 : 1000;
  auto add = [&](uint64_t a, uint64_t b = 0, uint64_t c = 0) { keys.push_back(feature_key(tmpl++, a, b, c)); };

  add(0);
  // The dependent and the head.
  add(d.w); add(d.t); add(d.x); add(d.w, d.t); add(d.first); add(d.last);
  add(h.w); add(h.t); add(h.x); add(h.w, h.t); add(h.first); add(h.last);
  // The pair.
  add(d.t, h.t); add(d.x, h.x); add(d.w, h.t); add(d.t, h.w); add(d.w, h.w);
  add(d.last, h.t); add(d.t, h.last);
  // Distance.
  add(dist); add(d.t, h.t, dist); add(d.w, dist); add(h.w, dist);
  // Neighbours in the sentence.
  add(d.t, d_next.t); add(d.t, d_prev.t); add(d.t, h.t, d_next.t); add(d.t, h.t, d_prev.t);
  add(h.t, h_next.t); add(h.t, h_prev.t); add(d.w, d_next.w);
  // Children so far.
  add(d.t, st.left_labels(id)); add(d.t, st.right_labels(id)); add(h.t, st.left_labels(ih));
  add(h.t, st.right_labels(ih)); add(d.t, dl.label, dr.label); add(d.t, dl.t, dr.t); add(d.t, dvl, dvr);
  add(d.w, dl.label); add(d.w, dr.label);
  // Word clusters.
  add(d.fine); add(h.fine); add(d.fine, h.t); add(d.t, h.fine); add(d.coarse, h.coarse); add(d.fine, h.fine);
}

}  // namespace vitext::parse
