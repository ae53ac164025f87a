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

float sigmoid(float x) { return 1.0f / (1.0f + std::exp(-x)); }
// tanh through exp: libm's tanhf (expm1f inside) cost a sixth of the parser's time.
float fast_tanh(float x) { return 2.0f / (1.0f + std::exp(-2.0f * x)) - 1.0f; }

// y = leaky_relu(x W^T + b, 0.1) for every row of x.
void mlp(const Linear& l, const std::vector<float>& x, size_t rows, std::vector<float>& y) {
  const size_t out = l.weight_t.cols;
  y.resize(rows * out);
  for (size_t t = 0; t < rows; ++t) std::copy(l.bias.begin(), l.bias.end(), y.begin() + static_cast<std::ptrdiff_t>(t * out));
  matmul_add(x.data(), rows, l.weight_t.rows, l.weight_t.values.data(), out, y.data());
  for (float& v : y) v = v < 0 ? 0.1f * v : v;
}

// One LSTM direction over `rows` inputs, writing hidden states into out[t * stride + offset].
void lstm_direction(const LstmDirection& d, const std::vector<float>& x, size_t rows, bool backward, size_t stride,
                    size_t offset, std::vector<float>& out) {
  const size_t h = d.recurrent_t.rows, g4 = 4 * h;
  std::vector<float> gates(rows * g4), state(h, 0.0f), cell(h, 0.0f);
  for (size_t t = 0; t < rows; ++t) std::copy(d.bias.begin(), d.bias.end(), gates.begin() + static_cast<std::ptrdiff_t>(t * g4));
  matmul_add(x.data(), rows, d.input_t.rows, d.input_t.values.data(), g4, gates.data());
  for (size_t step = 0; step < rows; ++step) {
    const size_t t = backward ? rows - 1 - step : step;
    float* g = gates.data() + t * g4;
    if (step > 0) matmul_add(state.data(), 1, h, d.recurrent_t.values.data(), g4, g);
    for (size_t k = 0; k < h; ++k) {
      const float in = sigmoid(g[k]), forget = sigmoid(g[h + k]), candidate = fast_tanh(g[2 * h + k]),
                  output = sigmoid(g[3 * h + k]);
      cell[k] = forget * cell[k] + in * candidate;
      state[k] = output * fast_tanh(cell[k]);
    }
    std::copy(state.begin(), state.end(), out.begin() + static_cast<std::ptrdiff_t>(t * stride + offset));
  }
}

// What the decoder needs from one member.
struct MemberOutput {
  std::vector<float> arc_logp;        // [dep * m + head], log-softmax over heads
  std::vector<float> rel_dep, rel_head;  // label MLP outputs, rows of rel_dim
};

void run_member(const BiaffineModel& model, const BiaffineMember& b, const SentenceIds& ids, MemberOutput& out) {
  const size_t m = ids.word.size(), wd = b.word.cols, td = b.upos.cols, in = model.input_dim();
  std::vector<float> x(m * in, 0.0f);
  for (size_t t = 0; t < m; ++t) {
    float* row = x.data() + t * in;
    std::copy_n(b.word.row(static_cast<size_t>(ids.word[t])), wd, row);
    for (int s : ids.syllables[t]) {
      const float* e = b.syllable.row(static_cast<size_t>(s));
      for (size_t k = 0; k < wd; ++k) row[wd + k] += e[k];
    }
    const float share = 1.0f / static_cast<float>(ids.syllables[t].size());
    for (size_t k = 0; k < wd; ++k) row[wd + k] *= share;
    std::copy_n(b.upos.row(static_cast<size_t>(ids.upos[t])), td, row + 2 * wd);
    std::copy_n(b.xpos.row(static_cast<size_t>(ids.xpos[t])), td, row + 2 * wd + td);
  }
  const size_t h = model.hidden();
  for (size_t layer = 0; layer + 1 < b.lstm.size(); layer += 2) {
    std::vector<float> states(m * 2 * h);
    lstm_direction(b.lstm[layer], x, m, false, 2 * h, 0, states);
    lstm_direction(b.lstm[layer + 1], x, m, true, 2 * h, h, states);
    x.swap(states);  // the next layer reads this one's states
  }
  std::vector<float> dep, head;
  mlp(b.arc_dep, x, m, dep);
  mlp(b.arc_head, x, m, head);
  const size_t a = b.arc.cols;
  // u_d = [dep_d, 1] U: the bilinear form's left half, then a dot product per head.
  std::vector<float> u(m * a);
  for (size_t t = 0; t < m; ++t) std::copy_n(b.arc.row(a), a, u.begin() + static_cast<std::ptrdiff_t>(t * a));
  matmul_add(dep.data(), m, a, b.arc.values.data(), a, u.data());
  out.arc_logp.resize(m * m);
  for (size_t d = 1; d < m; ++d) {
    float* row = out.arc_logp.data() + d * m;
    float top = -std::numeric_limits<float>::infinity();
    for (size_t j = 0; j < m; ++j) top = std::max(top, row[j] = dot(u.data() + d * a, head.data() + j * a, a));
    double sum = 0;
    for (size_t j = 0; j < m; ++j) sum += std::exp(static_cast<double>(row[j] - top));
    const float norm = top + static_cast<float>(std::log(sum));
    for (size_t j = 0; j < m; ++j) row[j] -= norm;
  }
  mlp(b.rel_dep, x, m, out.rel_dep);
  mlp(b.rel_head, x, m, out.rel_head);
}

// For every word d (1..n) with its head heads[d - 1]: the log-softmax over labels of the arc,
// times w, added into sums[(d - 1) * labels + l]. One product [dep_d, 1] W_l for all words
// and labels at once, so the label tensor is read from memory once per sentence.
void add_label_logp(const BiaffineMember& b, const MemberOutput& o, const std::vector<int>& heads, double w,
                    std::vector<double>& sums) {
  const size_t r = b.rel_dep.weight_t.cols, side = r + 1, n = heads.size(), labels = b.rel_t.cols / side;
  std::vector<float> left(n * side), right(side), v(n * b.rel_t.cols, 0.0f);
  for (size_t d = 1; d <= n; ++d) {
    std::copy_n(o.rel_dep.data() + d * r, r, left.begin() + static_cast<std::ptrdiff_t>((d - 1) * side));
    left[(d - 1) * side + r] = 1.0f;
  }
  matmul_add(left.data(), n, side, b.rel_t.values.data(), b.rel_t.cols, v.data());
  std::vector<double> scores(labels);
  for (size_t d = 1; d <= n; ++d) {
    std::copy_n(o.rel_head.data() + static_cast<size_t>(heads[d - 1]) * r, r, right.begin());
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

}  // namespace

void biaffine_parse(const BiaffineModel& model, std::span<const std::string_view> forms,
                    std::span<const std::string_view> upos, std::span<const std::string_view> xpos,
                    const TreeVote& vote, std::vector<int>& heads, std::vector<uint16_t>& labels) {
  const size_t n = forms.size(), m = n + 1, members = model.members().size();
  heads.assign(n, 0);
  labels.assign(n, 0);
  if (n == 0 || members == 0) return;
  SentenceIds ids;
  sentence_ids(model, forms, upos, xpos, ids);
  std::vector<MemberOutput> outputs(members);
  for (size_t k = 0; k < members; ++k) run_member(model, model.members()[k], ids, outputs[k]);

  const double share = 1.0 / static_cast<double>(members);
  std::vector<double> scores(m * m, 0.0);  // [head * m + dep]
  for (const MemberOutput& o : outputs)
    for (size_t d = 1; d < m; ++d)
      for (size_t h = 0; h < m; ++h) scores[h * m + d] += share * o.arc_logp[d * m + h];
  const bool voting = vote.heads.size() == n;
  if (voting)
    for (size_t d = 1; d < m; ++d)
      if (vote.heads[d - 1] >= 0 && static_cast<size_t>(vote.heads[d - 1]) < m)
        scores[static_cast<size_t>(vote.heads[d - 1]) * m + d] += model.vote_weight();
  eisner_single_root(scores, static_cast<int>(n), heads);

  // The root's child is labelled root and no other word is, as in the fast parser.
  const size_t root = model.root_label(), num_labels = model.labels().size();
  std::vector<double> label_sums(n * num_labels, 0.0);
  for (size_t k = 0; k < members; ++k) add_label_logp(model.members()[k], outputs[k], heads, share, label_sums);
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

}  // namespace vitext::parse
