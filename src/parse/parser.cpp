#include "vitext/parser.h"

#include <algorithm>
#include <limits>

#include "core/model_file.h"
#include "core/sentence_words.h"
#include "ml/sparse_linear.h"
#include "models/model_loading.h"
#include "parse/arc_hybrid.h"
#include "parse/biaffine_model.h"
#include "parse/biaffine_parser.h"
#include "parse/beam_decoder.h"
#include "parse/parse_features.h"
#include "tag/word_clusters.h"

namespace vitext {

Parser::Parser() = default;
Parser::~Parser() = default;
Parser::Parser(Parser&&) noexcept = default;
Parser& Parser::operator=(Parser&&) noexcept = default;

std::string Parser::serialize(const ml::SparseLinear& moves, const ml::SparseLinear& arcs,
                              const std::vector<std::string>& labels, const tag::WordClusters& clusters,
                              const std::string& meta_json, uint32_t beam_width) {
  ByteWriter w;
  w.put<uint32_t>(parse::kParseFeatureVersion);
  w.put<uint32_t>(beam_width);
  w.put<uint32_t>(static_cast<uint32_t>(labels.size()));
  for (const auto& l : labels) w.put_string(l);
  moves.serialize(w);
  arcs.serialize(w);
  ModelWriter mw;
  mw.add("meta", meta_json);
  mw.add("parser", w.take());
  add_written(mw, "wordclusters", clusters);
  return mw.serialize();
}

Status Parser::load(std::string_view bytes, Parser& out) {
  ModelReader reader;
  ByteReader in{std::string_view()};
  if (Status s = open_component_model(bytes, "parser", parse::kParseFeatureVersion, reader, in); !s.ok()) return s;
  const uint32_t beam = in.get<uint32_t>();
  if (in.ok() && (beam == 0 || beam > kMaxBeamWidth)) return Status::ModelError("parser model: bad beam width");
  uint32_t n = in.get<uint32_t>();
  if (!in.ok() || n == 0 || n > 1024) return Status::ModelError("parser model: bad label count");
  Parser p;
  p.beam_width_ = beam;
  for (uint32_t i = 0; i < n && in.ok(); ++i) p.labels_.push_back(in.get_string());
  if (!in.ok()) return Status::ModelError("parser model: truncated label list");
  bool has_root = false;
  for (uint32_t i = 0; i < n; ++i) {
    if (p.labels_[i] == "root") {
      p.root_label_ = i;
      has_root = true;
    }
  }
  if (!has_root) return Status::ModelError("parser model: no 'root' label");
  // Every move needs a label it may use: LEFT and RIGHT below the root need a non-root one.
  if (n < 2) return Status::ModelError("parser model: no label besides 'root'");
  auto moves = std::make_unique<ml::SparseLinear>();
  auto arcs = std::make_unique<ml::SparseLinear>();
  if (Status s = ml::SparseLinear::deserialize(in, *moves); !s.ok()) return s;
  if (Status s = ml::SparseLinear::deserialize(in, *arcs); !s.ok()) return s;
  if (moves->num_classes() != 3 || arcs->num_classes() != 1 + 2 * n)
    return Status::ModelError("parser model: class count mismatch");
  if (!in.at_end()) return Status::ModelError("parser model: trailing bytes");
  auto clusters = std::make_unique<tag::WordClusters>();
  ByteReader cin(reader.section("wordclusters"));
  if (!clusters->read(cin) || !cin.at_end()) return Status::ModelError("parser model: corrupt word clusters");
  p.clusters_ = std::move(clusters);
  p.model_ = std::move(moves);
  p.arcs_ = std::move(arcs);
  out = std::move(p);
  return Status::Ok();
}

Status Parser::load_default(Parser& out) {
  return load_embedded_model("parser", "this build has no embedded parser model (models/parser.bin)", out);
}

Status Parser::load_file(const std::string& path, Parser& out) { return load_model_file(path, out); }

Status Parser::enable_accurate(std::string_view model_bytes) {
  if (!model_) return Status::ModelError("accurate parser: load the parser model first");
  auto model = std::make_shared<parse::BiaffineModel>();
  if (Status s = parse::BiaffineModel::load(model_bytes, *model); !s.ok()) return s;
  std::vector<uint16_t> ids;
  for (const std::string& label : model->labels()) {
    auto it = std::find(labels_.begin(), labels_.end(), label);
    if (it == labels_.end())
      return Status::ModelError("accurate parser model has the label '" + label + "', which the parser model lacks: "
                                "train both from the same trees");
    ids.push_back(static_cast<uint16_t>(it - labels_.begin()));
  }
  labels_for_accurate_.assign(labels_.size(), -1);
  for (size_t i = 0; i < ids.size(); ++i) labels_for_accurate_[ids[i]] = static_cast<int>(i);
  accurate_ = std::move(model);
  accurate_labels_ = std::move(ids);
  return Status::Ok();
}

Status Parser::enable_accurate_default() {
  return load_embedded_model("parser-accurate",
                             "this build has no embedded accurate parser model (models/parser-accurate.bin)",
                             [this](std::string_view bytes) { return enable_accurate(bytes); });
}

Status Parser::enable_accurate_file(const std::string& path) {
  return load_model_file(path, [this](std::string_view bytes) { return enable_accurate(bytes); });
}

Status Parser::set_mode(ParserMode mode, const std::string& accurate_model_path) {
  if (mode == ParserMode::kFast) return Status::Ok();
  return accurate_model_path.empty() ? enable_accurate_default() : enable_accurate_file(accurate_model_path);
}

void Parser::parse(std::span<const std::string_view> forms, std::span<const std::string_view> upos,
                   std::span<const std::string_view> xpos, std::vector<int>& heads,
                   std::vector<uint16_t>& labels) const {
  parse_fast(forms, upos, xpos, heads, labels);
  if (!accurate_ || forms.empty() || forms.size() > parse::kMaxBiaffineWords) return;
  std::vector<int> accurate_heads, vote_labels(labels.size());
  for (size_t i = 0; i < labels.size(); ++i) vote_labels[i] = labels_for_accurate_[labels[i]];
  std::vector<uint16_t> accurate_labels;
  parse::biaffine_parse(*accurate_, forms, upos, xpos, {heads, vote_labels}, accurate_heads, accurate_labels);
  heads = std::move(accurate_heads);
  for (size_t i = 0; i < labels.size(); ++i) labels[i] = accurate_labels_[accurate_labels[i]];
}

void Parser::parse_fast(std::span<const std::string_view> forms, std::span<const std::string_view> upos,
                        std::span<const std::string_view> xpos, std::vector<int>& heads,
                        std::vector<uint16_t>& labels) const {
  const size_t n = forms.size();
  heads.assign(n, 0);
  labels.assign(n, static_cast<uint16_t>(root_label_));
  if (!model_ || n == 0) return;
  parse::TransitionSet ts{static_cast<uint32_t>(labels_.size()), root_label_};
  std::vector<parse::ParseWord> words;
  parse::describe_parse_words(forms, upos, xpos, *clusters_, words);
  parse::ParseState state;
  if (beam_width_ > 1) {
    parse::beam_decode(*model_, *arcs_, ts, words, static_cast<int>(beam_width_), state);
    for (size_t i = 0; i < n; ++i) {
      heads[i] = state.head(static_cast<int>(i + 1));
      labels[i] = static_cast<uint16_t>(state.label(static_cast<int>(i + 1)));
    }
    return;
  }
  state.reset(static_cast<int>(n));
  std::vector<uint64_t> keys;
  keys.reserve(128);
  std::vector<float> scores(ts.num_classes());
  float move_scores[3];
  while (!state.terminal()) {
    keys.clear();
    parse::parse_features(state, words, keys);
    model_->score(keys, move_scores);
    // Some move is always valid before the terminal state (ParseState); with at least one
    // non-root label (checked at load) every valid move has a valid label.
    const bool valid[3] = {state.can_shift(), state.can_left(), state.can_right()};
    int move = -1;
    for (int m = 0; m < 3; ++m)
      if (valid[m] && (move < 0 || move_scores[m] > move_scores[move])) move = m;
    if (move == 0) {
      state.apply(ts, 0);
      continue;
    }
    // The label: LEFT never uses the root label, RIGHT uses it exactly when s1 is the root
    // (see ParseState::valid).
    uint32_t best = 0;
    if (move == 2 && state.stack(1) == 0) {
      best = ts.right(ts.root_label);
    } else {
      keys.clear();
      parse::label_features(state, words, move == 1 ? parse::Move::kLeft : parse::Move::kRight, keys);
      arcs_->score(keys, scores.data());
      float best_score = -std::numeric_limits<float>::infinity();
      for (uint32_t l = 0; l < ts.num_labels; ++l) {
        const uint32_t c = move == 1 ? ts.left(l) : ts.right(l);
        if (l != ts.root_label && (best == 0 || scores[c] > best_score)) {
          best = c;
          best_score = scores[c];
        }
      }
    }
    state.apply(ts, best);  // some transition is always valid before the terminal state
  }
  for (size_t i = 0; i < n; ++i) {
    heads[i] = state.head(static_cast<int>(i + 1));
    labels[i] = static_cast<uint16_t>(state.label(static_cast<int>(i + 1)));
  }
}

void Parser::apply(ConlluSentence& sentence) const {
  std::vector<std::string_view> forms, upos, xpos;
  for (const ConlluWord& w : sentence.words) {
    forms.push_back(w.form);
    upos.push_back(w.upos);
    xpos.push_back(w.xpos);
  }
  std::vector<int> heads;
  std::vector<uint16_t> labels;
  parse(forms, upos, xpos, heads, labels);
  for (size_t i = 0; i < sentence.words.size(); ++i) {
    sentence.words[i].head = heads[i];
    sentence.words[i].deprel = label_name(labels[i]);
    sentence.words[i].deps.clear();
  }
}

namespace {

// Sentences the accurate mode parses together (parse::biaffine_parse_batch): enough for the
// recurrent products to be matrix-matrix, few enough that the batch's activations (about 40
// floats per word and LSTM unit) stay small.
constexpr size_t kBatchSentences = 64, kBatchWords = 2048;

// A sentence's words as the parser reads them, and what it decides for them.
struct SentenceWork {
  size_t begin = 0, end = 0;
  std::vector<std::string_view> forms, upos, xpos;
  std::vector<int> heads, vote_labels;
  std::vector<uint16_t> labels;
};

}  // namespace

Status Parser::apply(Document& doc) const {
  if (!model_) return Status::ModelError("parser: no model loaded");
  std::vector<SentenceWork> batch;
  size_t batch_words = 0;
  // The fast tree of every sentence, then the accurate trees of a batch at once.
  const auto finish_batch = [&] {
    std::vector<parse::BiaffineSentence> inputs;
    std::vector<SentenceWork*> chosen;
    for (SentenceWork& w : batch)
      if (accurate_ && !w.forms.empty() && w.forms.size() <= parse::kMaxBiaffineWords) {
        w.vote_labels.resize(w.labels.size());
        for (size_t i = 0; i < w.labels.size(); ++i) w.vote_labels[i] = labels_for_accurate_[w.labels[i]];
        inputs.push_back({w.forms, w.upos, w.xpos, {w.heads, w.vote_labels}});
        chosen.push_back(&w);
      }
    std::vector<parse::BiaffineTree> trees;
    if (!inputs.empty()) parse::biaffine_parse_batch(*accurate_, inputs, trees);
    for (size_t j = 0; j < chosen.size(); ++j) {
      chosen[j]->heads = std::move(trees[j].heads);
      for (size_t i = 0; i < chosen[j]->labels.size(); ++i) chosen[j]->labels[i] = accurate_labels_[trees[j].labels[i]];
    }
    for (const SentenceWork& w : batch)
      for (size_t i = w.begin; i < w.end; ++i) {
        doc.words[i].head = w.heads[i - w.begin];
        doc.words[i].deprel = labels_[w.labels[i - w.begin]];
      }
    batch.clear();
    batch_words = 0;
  };
  Status s = for_each_sentence_words(doc, "parser", [&](size_t begin, size_t end) {
    SentenceWork& w = batch.emplace_back();
    w.begin = begin;
    w.end = end;
    for (size_t i = begin; i < end; ++i) {
      w.forms.push_back(doc.view_of(doc.words[i].view));
      w.upos.push_back(doc.words[i].upos);
      w.xpos.push_back(doc.words[i].xpos);
    }
    parse_fast(w.forms, w.upos, w.xpos, w.heads, w.labels);
    batch_words += end - begin;
    if (batch.size() >= kBatchSentences || batch_words >= kBatchWords) finish_batch();
  });
  finish_batch();  // the sentences before a bad range too, as a sentence at a time would
  return s;
}

}  // namespace vitext
