// Dependency parser: UD heads and relations for the words of each sentence, from a greedy
// arc-hybrid transition parser with two averaged-perceptron classifiers (which move, from
// features of the state; for an arc, which label, from features of the arc) trained with a
// dynamic oracle (src/parse/); beam search is optional. It always returns a well-formed tree: one word attached
// to the root, every other word to exactly one head, no cycles. Loaded models are
// immutable: share one Parser across threads.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "vitext/conllu.h"
#include "vitext/document.h"
#include "vitext/pipeline_options.h"
#include "vitext/status.h"

namespace vitext {

namespace ml {
class SparseLinear;
}
namespace tag {
class WordClusters;
}
namespace parse {
class BiaffineModel;
}


class Parser {
 public:
  Parser();
  ~Parser();
  Parser(Parser&&) noexcept;
  Parser& operator=(Parser&&) noexcept;

  static Status load(std::string_view bytes, Parser& out);
  // The model compiled into the binary (models/parser.bin).
  static Status load_default(Parser& out);
  static Status load_file(const std::string& path, Parser& out);

  bool loaded() const { return model_ != nullptr; }

  // Decoding: 1 = greedy, k > 1 = beam search keeping k derivations (slower, about k
  // times). A model stores the width it was trained with; this overrides it before the
  // parser is shared.
  static constexpr uint32_t kMaxBeamWidth = 256;
  uint32_t beam_width() const { return beam_width_; }
  void set_beam_width(uint32_t width) { beam_width_ = width < 1 ? 1 : width > kMaxBeamWidth ? kMaxBeamWidth : width; }

  // Accurate mode: neural graph parsers (BiLSTM + biaffine, trained by
  // train/biaffine_parser.py; models/parser-accurate.bin) decide the tree, with this parser's
  // tree as one vote. Slower by about two orders of magnitude (docs/benchmarks.md). Enable it
  // before the parser is shared; the model's labels must be this model's. Sentences longer than
  // parse::kMaxBiaffineWords keep the fast tree.
  Status enable_accurate(std::string_view model_bytes);
  Status enable_accurate_default();
  Status enable_accurate_file(const std::string& path);
  bool accurate() const { return accurate_ != nullptr; }
  // kFast (the default: nothing to do) or kAccurate (the model in accurate_model_path, or the
  // embedded one when it is empty).
  Status set_mode(ParserMode mode, const std::string& accurate_model_path);

  // Parses each sentence of doc.words (run the Tagger first: the parser reads upos/xpos).
  // Sets Word::head (0 = root, k = k-th word of the sentence) and Word::deprel.
  Status apply(Document& doc) const;
  // Parses words someone else segmented and tagged (Tagger::apply first): replaces HEAD and
  // DEPREL of every word of `sentence` and clears DEPS.
  void apply(ConlluSentence& sentence) const;

  // Lower-level API: heads[i] is 0 (root) or 1..n, labels[i] a label id.
  void parse(std::span<const std::string_view> forms, std::span<const std::string_view> upos,
             std::span<const std::string_view> xpos, std::vector<int>& heads, std::vector<uint16_t>& labels) const;
  const std::string& label_name(uint16_t id) const { return labels_[id]; }
  size_t num_labels() const { return labels_.size(); }

  // Used by the trainer to assemble a model.
  // `moves` scores SHIFT, LEFT, RIGHT; `arcs` the classes of parse::TransitionSet (labels).
  // `clusters`: the word clusters of the tagger it was trained with (section "wordclusters").
  static std::string serialize(const ml::SparseLinear& moves, const ml::SparseLinear& arcs,
                               const std::vector<std::string>& labels, const tag::WordClusters& clusters,
                               const std::string& meta_json, uint32_t beam_width = 1);

 private:
  void parse_fast(std::span<const std::string_view> forms, std::span<const std::string_view> upos,
                  std::span<const std::string_view> xpos, std::vector<int>& heads, std::vector<uint16_t>& labels) const;

  std::unique_ptr<ml::SparseLinear> model_;  // moves
  std::unique_ptr<ml::SparseLinear> arcs_;   // labels
  std::unique_ptr<tag::WordClusters> clusters_;
  std::vector<std::string> labels_;
  uint32_t root_label_ = 0;
  uint32_t beam_width_ = 1;
  std::shared_ptr<const parse::BiaffineModel> accurate_;
  std::vector<uint16_t> accurate_labels_;  // the accurate model's label ids as this model's
  std::vector<int> labels_for_accurate_;   // this model's label ids as the accurate model's (-1: none)
};

}  // namespace vitext
