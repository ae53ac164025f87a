// Reference computations for the accurate-parser tests, written as plainly as possible:
// every single-rooted projective tree of a short sentence, and the forward pass of
// train/biaffine_parser.py's BiaffineParser (eval mode) in double precision, read from the
// PyTorch-layout tensors of a SyntheticBiaffine rather than from the loaded model.
#pragma once

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "biaffine_testing.h"

namespace vitext::testing {

// Every head assignment of n words (heads[d - 1] in 0..n) that is a tree with exactly one
// word on the root and no crossing arcs.
inline std::vector<std::vector<int>> single_root_projective_trees(int n) {
  std::vector<std::vector<int>> trees;
  std::vector<int> heads(static_cast<size_t>(n), 0);
  const auto head = [&](int d) { return heads[static_cast<size_t>(d - 1)]; };
  // Whether a is h or below h (a path of at most n steps; -1 marks a cycle).
  const auto below = [&](int a, int h) {
    for (int steps = 0; steps <= n; ++steps) {
      if (a == h) return 1;
      if (a == 0) return 0;
      a = head(a);
    }
    return -1;
  };
  while (true) {
    bool ok = std::count(heads.begin(), heads.end(), 0) == 1;
    for (int d = 1; d <= n && ok; ++d) ok = head(d) != d && below(d, 0) == 1;
    for (int d = 1; d <= n && ok; ++d)
      for (int k = std::min(d, head(d)) + 1; k < std::max(d, head(d)) && ok; ++k) ok = below(k, head(d)) == 1;
    if (ok) trees.push_back(heads);
    int d = 0;  // the next assignment, as an odometer
    while (d < n && ++heads[static_cast<size_t>(d)] > n) heads[static_cast<size_t>(d++)] = 0;
    if (d == n) return trees;
  }
}

// scores[h * (n + 1) + d] summed over the arcs of a tree.
inline double tree_score(const std::vector<double>& scores, const std::vector<int>& heads) {
  double total = 0;
  for (size_t d = 1; d <= heads.size(); ++d) total += scores[static_cast<size_t>(heads[d - 1]) * (heads.size() + 1) + d];
  return total;
}

// The members' averaged arc log-probabilities and label log-probabilities for one sentence.
class ReferenceBiaffine {
 public:
  ReferenceBiaffine(const SyntheticBiaffine& spec, const std::vector<std::string>& forms,
                    const std::vector<std::string>& upos, const std::vector<std::string>& xpos)
      : spec_(spec), n_(forms.size()) {
    const size_t m = n_ + 1;
    arcs_.assign(m * m, 0.0);
    for (uint32_t k = 0; k < spec.members; ++k) {
      std::map<std::string, Tensor> t;
      for (Tensor& tensor : spec.tensors(k)) t[tensor.name] = std::move(tensor);
      std::vector<std::vector<double>> x;
      for (size_t i = 0; i <= n_; ++i) x.push_back(input(t, i == 0, i ? forms[i - 1] : "", i ? upos[i - 1] : "", i ? xpos[i - 1] : ""));
      for (uint32_t layer = 0; layer < spec.layers; ++layer) {
        const std::string l = "_l" + std::to_string(layer);
        auto forward = lstm(t, l, x, false), backward = lstm(t, l + "_reverse", x, true);
        for (size_t i = 0; i <= n_; ++i) {
          x[i] = forward[i];
          x[i].insert(x[i].end(), backward[i].begin(), backward[i].end());
        }
      }
      const auto dep = mlp(t, "arc_dep", x), head = mlp(t, "arc_head", x);
      const Tensor& u = t["arc_weight"];
      for (size_t d = 1; d < m; ++d) {
        std::vector<double> s(m, 0.0);
        for (size_t h = 0; h < m; ++h)
          for (size_t a = 0; a <= spec.arc_dim; ++a)
            for (size_t b = 0; b < spec.arc_dim; ++b) s[h] += (a < spec.arc_dim ? dep[d][a] : 1.0) * u.at(a, b) * head[h][b];
        const auto logp = log_softmax(s);
        for (size_t h = 0; h < m; ++h) arcs_[h * m + d] += logp[h] / spec.members;
      }
      rel_dep_.push_back(mlp(t, "rel_dep", x));
      rel_head_.push_back(mlp(t, "rel_head", x));
      rel_weight_.push_back(t["rel_weight"]);
    }
  }

  // [h * (n + 1) + d], as parse::eisner_single_root reads them.
  const std::vector<double>& arc_scores() const { return arcs_; }

  // The members' averaged label log-probabilities of the arc head -> dep.
  std::vector<double> label_logp(size_t dep, size_t head) const {
    std::vector<double> sum(spec_.labels.size(), 0.0);
    for (size_t k = 0; k < rel_dep_.size(); ++k) {
      std::vector<double> s(sum.size(), 0.0);
      for (size_t l = 0; l < s.size(); ++l)
        for (size_t a = 0; a <= spec_.rel_dim; ++a)
          for (size_t b = 0; b <= spec_.rel_dim; ++b)
            s[l] += (a < spec_.rel_dim ? rel_dep_[k][dep][a] : 1.0) * rel_weight_[k].at(l, a, b) *
                    (b < spec_.rel_dim ? rel_head_[k][head][b] : 1.0);
      const auto logp = log_softmax(s);
      for (size_t l = 0; l < sum.size(); ++l) sum[l] += logp[l] / static_cast<double>(rel_dep_.size());
    }
    return sum;
  }

 private:
  static std::vector<double> log_softmax(std::vector<double> s) {
    const double top = *std::max_element(s.begin(), s.end());
    double total = 0;
    for (double v : s) total += std::exp(v - top);
    for (double& v : s) v -= top + std::log(total);
    return s;
  }

  static int id(const std::vector<std::string>& vocab, const std::string& key) {
    auto it = std::find(vocab.begin(), vocab.end(), key);
    return it == vocab.end() ? 1 : static_cast<int>(it - vocab.begin()) + 3;  // 1: unknown
  }

  // [word vector, mean of syllable vectors, UPOS vector, XPOS vector]; forms are already keys.
  std::vector<double> input(std::map<std::string, Tensor>& t, bool root, const std::string& form,
                            const std::string& upos, const std::string& xpos) const {
    std::vector<int> syllables;
    for (size_t start = 0; !root && start <= form.size();) {
      size_t end = std::min(form.find(' ', start), form.size());
      syllables.push_back(id(spec_.syllables, form.substr(start, end - start)));
      start = end + 1;
    }
    if (syllables.size() > spec_.max_syllables) {  // the first syllables and the last
      syllables.erase(syllables.begin() + spec_.max_syllables - 1, syllables.end() - 1);
    }
    if (root) syllables = {2};
    std::vector<double> x;
    const auto row = [&](const Tensor& e, int r) {
      for (size_t c = 0; c < e.shape[1]; ++c) x.push_back(e.at(static_cast<size_t>(r), c));
    };
    row(t["word.weight"], root ? 2 : id(spec_.words, form));
    for (size_t c = 0; c < spec_.word_dim; ++c) {
      double sum = 0;
      for (int s : syllables) sum += t["syll.weight"].at(static_cast<size_t>(s), c);
      x.push_back(sum / static_cast<double>(syllables.size()));
    }
    row(t["upos.weight"], root ? 2 : id(spec_.upos, upos));
    row(t["xpos.weight"], root ? 2 : id(spec_.xpos, xpos));
    return x;
  }

  // PyTorch's LSTM: gates i, f, g, o from W_ih x + b_ih + W_hh h + b_hh.
  std::vector<std::vector<double>> lstm(std::map<std::string, Tensor>& t, const std::string& l,
                                        const std::vector<std::vector<double>>& x, bool backward) const {
    const Tensor &wi = t["lstm.weight_ih" + l], &wh = t["lstm.weight_hh" + l], &bi = t["lstm.bias_ih" + l],
                 &bh = t["lstm.bias_hh" + l];
    const size_t h = spec_.hidden;
    const auto sigmoid = [](double v) { return 1.0 / (1.0 + std::exp(-v)); };
    std::vector<std::vector<double>> out(x.size());
    std::vector<double> state(h, 0.0), cell(h, 0.0);
    for (size_t step = 0; step < x.size(); ++step) {
      const size_t i = backward ? x.size() - 1 - step : step;
      std::vector<double> g(4 * h);
      for (size_t r = 0; r < 4 * h; ++r) {
        g[r] = bi.values[r] + bh.values[r];
        for (size_t c = 0; c < x[i].size(); ++c) g[r] += wi.at(r, c) * x[i][c];
        for (size_t c = 0; c < h; ++c) g[r] += wh.at(r, c) * state[c];
      }
      for (size_t c = 0; c < h; ++c) {
        cell[c] = sigmoid(g[h + c]) * cell[c] + sigmoid(g[c]) * std::tanh(g[2 * h + c]);
        state[c] = sigmoid(g[3 * h + c]) * std::tanh(cell[c]);
      }
      out[i] = state;
    }
    return out;
  }

  // leaky_relu(W x + b, 0.1) per row.
  static std::vector<std::vector<double>> mlp(std::map<std::string, Tensor>& t, const std::string& name,
                                              const std::vector<std::vector<double>>& x) {
    const Tensor &w = t[name + ".linear.weight"], &b = t[name + ".linear.bias"];
    std::vector<std::vector<double>> out;
    for (const auto& row : x) {
      std::vector<double> y(w.shape[0]);
      for (size_t r = 0; r < y.size(); ++r) {
        y[r] = b.values[r];
        for (size_t c = 0; c < row.size(); ++c) y[r] += w.at(r, c) * row[c];
        if (y[r] < 0) y[r] *= 0.1;
      }
      out.push_back(std::move(y));
    }
    return out;
  }

  const SyntheticBiaffine& spec_;
  size_t n_;
  std::vector<double> arcs_;
  std::vector<std::vector<std::vector<double>>> rel_dep_, rel_head_;
  std::vector<Tensor> rel_weight_;
};

}  // namespace vitext::testing
