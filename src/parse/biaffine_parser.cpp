#include "parse/biaffine_parser.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/word_key.h"
#include "parse/dense.h"
#include "parse/eisner.h"
#include "segment/syllable_key.h"
#include "tag/word_info.h"

namespace vitext::parse {
namespace {

// Embedding ids of the root token and the words of a sentence.
struct SentenceIds {
  std::vector<int> word, upos, xpos;
  std::vector<std::vector<int>> syllables;  // at most max_syllables ids, never empty
};

void sentence_ids(const BiaffineModel& model, std::span<const std::string_view> forms,
                  std::span<const std::string_view> upos, std::span<const std::string_view> xpos, SentenceIds& ids) {
  const size_t n = forms.size(), limit = model.max_syllables();
  ids.word.assign(1, BiaffineModel::kRoot);
  ids.upos.assign(1, BiaffineModel::kRoot);
  ids.xpos.assign(1, BiaffineModel::kRoot);
  ids.syllables.assign(1, {BiaffineModel::kRoot});
  for (size_t i = 0; i < n; ++i) {
    const std::string key = word_key(forms[i]);
    ids.word.push_back(model.word_id(tag::describe_word(forms[i]).lower));
    ids.upos.push_back(model.upos_id(upos[i]));
    ids.xpos.push_back(model.xpos_id(xpos[i]));
    std::vector<int> syl;
    size_t start = 0;
    while (start <= key.size()) {
      size_t end = key.find(' ', start);
      if (end == std::string::npos) end = key.size();
      syl.push_back(model.syllable_id(segment::fold_syllable(std::string_view(key).substr(start, end - start)).key));
      start = end + 1;
    }
    if (syl.size() > limit) {  // long names: the first syllables and the last, as in training
      syl[limit - 1] = syl.back();
      syl.resize(limit);
    }
    ids.syllables.push_back(std::move(syl));
  }
}


// y = leaky_relu(x W^T + b, 0.1) for every row of x.
void mlp(const Linear& l, const std::vector<float>& x, size_t rows, std::vector<float>& y) {
  const size_t out = l.weight_t.cols;
  y.resize(rows * out);
  for (size_t t = 0; t < rows; ++t) std::copy(l.bias.begin(), l.bias.end(), y.begin() + static_cast<std::ptrdiff_t>(t * out));
  matmul_add(x.data(), rows, l.weight_t.rows, l.weight_t.values.data(), out, y.data());
  for (float& v : y) v = v < 0 ? 0.1f * v : v;
}

// Where each sentence's rows lie in the batch's matrices (all sentences' tokens, the root
// first, one after another), and the order the recurrent steps visit them in.
struct BatchLayout {
  std::vector<size_t> begin, length;  // per sentence: first row, rows (words + 1)
  std::vector<size_t> by_length;      // sentence indices, longest first
  size_t rows = 0;
};

BatchLayout layout(const std::vector<SentenceIds>& ids) {
  BatchLayout b;
  for (const SentenceIds& s : ids) {
    b.begin.push_back(b.rows);
    b.length.push_back(s.word.size());
    b.rows += s.word.size();
  }
  b.by_length.resize(ids.size());
  for (size_t i = 0; i < ids.size(); ++i) b.by_length[i] = i;
  std::stable_sort(b.by_length.begin(), b.by_length.end(),
                   [&](size_t x, size_t y) { return b.length[x] > b.length[y]; });
  return b;
}

// The tag ids of every row of the batch.
struct BatchTags {
  std::vector<int> upos, xpos;
};

// One LSTM direction over every sentence of the batch, writing hidden states into
// out[row * stride + offset]. The input projections of all rows are one product; step k then
// advances every sentence longer than k together, the longest first, so that the ones still
// running are the first rows of the state matrix and the recurrent product is matrix-matrix.
// x has `in` columns: all of the layer's inputs, or in layer 0 the word and syllable parts
// (the tags' parts come from LstmDirection::upos_gates and xpos_gates, by `tags`).
void lstm_direction(const LstmDirection& d, const std::vector<float>& x, size_t in, const BatchTags* tags,
                    const BatchLayout& b, bool backward, size_t stride, size_t offset, std::vector<float>& out) {
  const size_t h = d.recurrent_t.rows, g4 = 4 * h, n = b.by_length.size();
  std::vector<float> gates(b.rows * g4), state(n * h, 0.0f), cell(n * h, 0.0f), step_gates(n * g4);
  for (size_t t = 0; t < b.rows; ++t) {
    float* g = gates.data() + t * g4;
    std::copy(d.bias.begin(), d.bias.end(), g);
    if (!tags) continue;
    const float *u = d.upos_gates.row(static_cast<size_t>(tags->upos[t])),
                *v = d.xpos_gates.row(static_cast<size_t>(tags->xpos[t]));
    for (size_t k = 0; k < g4; ++k) g[k] += u[k] + v[k];
  }
  matmul_add(x.data(), b.rows, in, d.input_t.values.data(), g4, gates.data());
  const size_t steps = n == 0 ? 0 : b.length[b.by_length[0]];
  std::vector<size_t> row(n);
  size_t running = n;
  for (size_t step = 0; step < steps; ++step) {
    while (running > 0 && b.length[b.by_length[running - 1]] <= step) --running;
    for (size_t j = 0; j < running; ++j) {
      const size_t s = b.by_length[j], len = b.length[s];
      row[j] = b.begin[s] + (backward ? len - 1 - step : step);
      std::copy_n(gates.begin() + static_cast<std::ptrdiff_t>(row[j] * g4), g4,
                  step_gates.begin() + static_cast<std::ptrdiff_t>(j * g4));
    }
    if (step > 0) matmul_add(state.data(), running, h, d.recurrent_t.values.data(), g4, step_gates.data());
    for (size_t j = 0; j < running; ++j) {
      const float* g = step_gates.data() + j * g4;
      float *c = cell.data() + j * h, *st = state.data() + j * h;
      lstm_cell(g, c, st, h);
      std::copy_n(st, h, out.begin() + static_cast<std::ptrdiff_t>(row[j] * stride + offset));
    }
  }
}

// What the decoder needs from one member, for every row of the batch.
struct MemberOutput {
  std::vector<float> arc_dep, arc_head;  // [dep_d, 1] U and the arc head MLP, rows of arc_dim
  std::vector<float> rel_dep, rel_head;  // label MLP outputs, rows of rel_dim
};

void run_member(const BiaffineModel& model, const BiaffineMember& b, const std::vector<SentenceIds>& batch,
                const BatchLayout& rows, MemberOutput& out) {
  const size_t m = rows.rows, wd = b.word.cols, in = 2 * wd;
  std::vector<float> x(m * in, 0.0f);
  BatchTags tags;
  size_t t = 0;
  for (const SentenceIds& ids : batch)
    for (size_t i = 0; i < ids.word.size(); ++i, ++t) {
      float* row = x.data() + t * in;
      b.word.add_row(static_cast<size_t>(ids.word[i]), row);
      for (int s : ids.syllables[i]) b.syllable.add_row(static_cast<size_t>(s), row + wd);
      const float share = 1.0f / static_cast<float>(ids.syllables[i].size());
      for (size_t k = 0; k < wd; ++k) row[wd + k] *= share;
      tags.upos.push_back(ids.upos[i]);
      tags.xpos.push_back(ids.xpos[i]);
    }
  const size_t h = model.hidden();
  for (size_t layer = 0; layer + 1 < b.lstm.size(); layer += 2) {
    std::vector<float> states(m * 2 * h);
    const BatchTags* layer_tags = layer == 0 ? &tags : nullptr;
    const size_t width = layer == 0 ? in : 2 * h;
    lstm_direction(b.lstm[layer], x, width, layer_tags, rows, false, 2 * h, 0, states);
    lstm_direction(b.lstm[layer + 1], x, width, layer_tags, rows, true, 2 * h, h, states);
    x.swap(states);  // the next layer reads this one's states
  }
  std::vector<float> dep;
  mlp(b.arc_dep, x, m, dep);
  mlp(b.arc_head, x, m, out.arc_head);
  const size_t a = b.arc.cols;
  // u_d = [dep_d, 1] U: the bilinear form's left half; a dot product per head gives the score.
  out.arc_dep.resize(m * a);
  for (size_t r = 0; r < m; ++r) std::copy_n(b.arc.row(a), a, out.arc_dep.begin() + static_cast<std::ptrdiff_t>(r * a));
  matmul_add(dep.data(), m, a, b.arc.values.data(), a, out.arc_dep.data());
  mlp(b.rel_dep, x, m, out.rel_dep);
  mlp(b.rel_head, x, m, out.rel_head);
}

// The arc log-probabilities of the sentence whose rows start at `first` (m of them), times w,
// added into scores[head * m + dep]: a log-softmax over heads for each dependent.
void add_arc_logp(const MemberOutput& o, size_t a, size_t first, size_t m, double w, std::vector<double>& scores) {
  std::vector<float> row(m);
  for (size_t d = 1; d < m; ++d) {
    const float* u = o.arc_dep.data() + (first + d) * a;
    float top = -std::numeric_limits<float>::infinity();
    for (size_t j = 0; j < m; ++j) top = std::max(top, row[j] = dot(u, o.arc_head.data() + (first + j) * a, a));
    double sum = 0;
    for (size_t j = 0; j < m; ++j) sum += std::exp(static_cast<double>(row[j] - top));
    const float norm = top + static_cast<float>(std::log(sum));
    for (size_t j = 0; j < m; ++j) scores[j * m + d] += w * (row[j] - norm);
  }
}

// For every word d (1..n) of the sentence whose rows start at `first`, with its head
// heads[d - 1]: the log-softmax over labels of the arc, times w, added into
// sums[(d - 1) * labels + l]. One product [dep_d, 1] W_l for all words and labels at once, so
// the label tensor is read from memory once per sentence.
void add_label_logp(const BiaffineMember& b, const MemberOutput& o, size_t first, const std::vector<int>& heads,
                    double w, std::vector<double>& sums) {
  const size_t r = b.rel_dep.weight_t.cols, side = r + 1, n = heads.size(), labels = b.rel_t.cols / side;
  std::vector<float> left(n * side), right(side), v(n * b.rel_t.cols, 0.0f);
  for (size_t d = 1; d <= n; ++d) {
    std::copy_n(o.rel_dep.data() + (first + d) * r, r, left.begin() + static_cast<std::ptrdiff_t>((d - 1) * side));
    left[(d - 1) * side + r] = 1.0f;
  }
  matmul_add(left.data(), n, side, b.rel_t.values.data(), b.rel_t.cols, v.data());
  std::vector<double> scores(labels);
  for (size_t d = 1; d <= n; ++d) {
    std::copy_n(o.rel_head.data() + (first + static_cast<size_t>(heads[d - 1])) * r, r, right.begin());
    right[r] = 1.0f;
    const float* vd = v.data() + (d - 1) * b.rel_t.cols;
    double top = -std::numeric_limits<double>::infinity();
    for (size_t l = 0; l < labels; ++l) top = std::max(top, scores[l] = dot(vd + l * side, right.data(), side));
    double total = 0;
    for (double sc : scores) total += std::exp(sc - top);
    const double norm = top + std::log(total);
    for (size_t l = 0; l < labels; ++l) sums[(d - 1) * labels + l] += w * (scores[l] - norm);
  }
}

// Decodes one sentence of the batch from the members' outputs.
void decode(const BiaffineModel& model, const std::vector<MemberOutput>& outputs, size_t first,
            const BiaffineSentence& sentence, BiaffineTree& tree) {
  const size_t n = sentence.forms.size(), m = n + 1, members = outputs.size();
  std::vector<int>& heads = tree.heads;
  std::vector<uint16_t>& labels = tree.labels;
  const TreeVote& vote = sentence.vote;
  const double share = 1.0 / static_cast<double>(members);
  std::vector<double> scores(m * m, 0.0);  // [head * m + dep]
  for (size_t k = 0; k < members; ++k)
    add_arc_logp(outputs[k], model.members()[k].arc.cols, first, m, share, scores);
  const bool voting = vote.heads.size() == n;
  if (voting)
    for (size_t d = 1; d < m; ++d)
      if (vote.heads[d - 1] >= 0 && static_cast<size_t>(vote.heads[d - 1]) < m)
        scores[static_cast<size_t>(vote.heads[d - 1]) * m + d] += model.vote_weight();
  eisner_single_root(scores, static_cast<int>(n), heads);

  // The root's child is labelled root and no other word is, as in the fast parser.
  const size_t root = model.root_label(), num_labels = model.labels().size();
  std::vector<double> label_sums(n * num_labels, 0.0);
  for (size_t k = 0; k < members; ++k) add_label_logp(model.members()[k], outputs[k], first, heads, share, label_sums);
  labels.assign(n, 0);
  for (size_t d = 1; d < m; ++d) {
    if (heads[d - 1] == 0) {
      labels[d - 1] = static_cast<uint16_t>(root);
      continue;
    }
    double* sum = label_sums.data() + (d - 1) * num_labels;
    if (voting && vote.labels.size() == n && vote.heads[d - 1] == heads[d - 1] && vote.labels[d - 1] >= 0 &&
        static_cast<size_t>(vote.labels[d - 1]) < num_labels)
      sum[vote.labels[d - 1]] += model.label_vote_weight();
    sum[root] = -std::numeric_limits<double>::infinity();
    labels[d - 1] = static_cast<uint16_t>(std::max_element(sum, sum + num_labels) - sum);
  }
}

}  // namespace

void biaffine_parse_batch(const BiaffineModel& model, std::span<const BiaffineSentence> sentences,
                          std::vector<BiaffineTree>& trees) {
  trees.assign(sentences.size(), {});
  std::vector<SentenceIds> ids;
  std::vector<size_t> which;  // the sentences with words
  for (size_t i = 0; i < sentences.size(); ++i) {
    const BiaffineSentence& s = sentences[i];
    trees[i].heads.assign(s.forms.size(), 0);
    trees[i].labels.assign(s.forms.size(), 0);
    if (s.forms.empty() || model.members().empty()) continue;
    which.push_back(i);
    sentence_ids(model, s.forms, s.upos, s.xpos, ids.emplace_back());
  }
  if (which.empty()) return;
  const BatchLayout rows = layout(ids);
  std::vector<MemberOutput> outputs(model.members().size());
  for (size_t k = 0; k < outputs.size(); ++k) run_member(model, model.members()[k], ids, rows, outputs[k]);
  for (size_t j = 0; j < which.size(); ++j) decode(model, outputs, rows.begin[j], sentences[which[j]], trees[which[j]]);
}

void biaffine_parse(const BiaffineModel& model, std::span<const std::string_view> forms,
                    std::span<const std::string_view> upos, std::span<const std::string_view> xpos,
                    const TreeVote& vote, std::vector<int>& heads, std::vector<uint16_t>& labels) {
  const BiaffineSentence sentence{forms, upos, xpos, vote};
  std::vector<BiaffineTree> trees;
  biaffine_parse_batch(model, {&sentence, 1}, trees);
  heads = std::move(trees[0].heads);
  labels = std::move(trees[0].labels);
}

}  // namespace vitext::parse
