// The accurate parser's model file (src/parse/biaffine_model.h), its forward pass
// (src/parse/biaffine_parser.h) and Parser's accurate mode.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "biaffine_reference.h"
#include "biaffine_testing.h"
#include "parse/biaffine_model.h"
#include "parse/biaffine_parser.h"
#include "parser_testing.h"
#include "vitext/parser.h"

namespace vitext {
namespace {

using testing::is_tree;
using testing::label_names;
using testing::single_root_projective_trees;
using testing::SyntheticBiaffine;
using testing::tree_score;

// --- the model file -----------------------------------------------------------------------

// An embedding table's values as floats (it keeps the file's float16 values).
std::vector<float> as_floats(const parse::HalfMatrix& m) {
  std::vector<float> out(m.values.size(), 0.0f);
  for (size_t r = 0; r < m.rows; ++r) m.add_row(r, out.data() + r * m.cols);
  return out;
}

// Tensors land where the parser reads them: embeddings as written, Linear and LSTM weights
// transposed, the two LSTM biases summed, the label tensor regrouped by input row.
TEST(BiaffineModel, LoadsTensorsInTheTrainingLayout) {
  SyntheticBiaffine spec;
  parse::BiaffineModel model;
  const Status s = parse::BiaffineModel::load(spec.bytes(), model);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(model.labels(), spec.labels);
  EXPECT_EQ(model.root_label(), 3u);
  EXPECT_EQ(model.vote_weight(), spec.vote_weight);
  EXPECT_EQ(model.label_vote_weight(), 0.0f);  // a config without it
  EXPECT_EQ(model.input_dim(), 2 * spec.word_dim + 2 * spec.tag_dim);
  EXPECT_EQ(model.upos_id("VERB"), 4);
  EXPECT_EQ(model.xpos_id("PUNCT"), 5);
  EXPECT_EQ(model.upos_id("SYM"), parse::BiaffineModel::kUnknown);
  ASSERT_EQ(model.members().size(), 2u);
  for (uint32_t k = 0; k < spec.members; ++k) {
    std::map<std::string, testing::Tensor> t;
    for (auto& tensor : spec.tensors(k)) t[tensor.name] = tensor;
    const parse::BiaffineMember& b = model.members()[k];
    EXPECT_EQ(as_floats(b.word), t["word.weight"].values);
    EXPECT_EQ(as_floats(b.syllable), t["syll.weight"].values);
    EXPECT_EQ(b.xpos.values, t["xpos.weight"].values);
    EXPECT_EQ(b.arc.values, t["arc_weight"].values);
    ASSERT_EQ(b.lstm.size(), 2 * spec.layers);
    const testing::Tensor& wih = t["lstm.weight_ih_l1_reverse"];
    const parse::LstmDirection& d = b.lstm[3];
    ASSERT_EQ(d.input_t.rows, wih.shape[1]);
    ASSERT_EQ(d.input_t.cols, wih.shape[0]);
    for (size_t r = 0; r < wih.shape[0]; ++r)
      for (size_t c = 0; c < wih.shape[1]; ++c) EXPECT_EQ(d.input_t.row(c)[r], wih.at(r, c));
    for (size_t i = 0; i < d.bias.size(); ++i)
      EXPECT_EQ(d.bias[i], t["lstm.bias_ih_l1_reverse"].values[i] + t["lstm.bias_hh_l1_reverse"].values[i]);
    const testing::Tensor& rel_head = t["rel_head.linear.weight"];
    for (size_t r = 0; r < rel_head.shape[0]; ++r)
      for (size_t c = 0; c < rel_head.shape[1]; ++c) EXPECT_EQ(b.rel_head.weight_t.row(c)[r], rel_head.at(r, c));
    const testing::Tensor& rel = t["rel_weight"];
    const size_t side = spec.rel_dim + 1;
    for (size_t l = 0; l < spec.labels.size(); ++l)
      for (size_t i = 0; i < side; ++i)
        for (size_t j = 0; j < side; ++j) EXPECT_EQ(b.rel_t.row(i)[l * side + j], rel.at(l, i, j));
  }
}

// The float16 conversion the synthetic models rely on, and the loader's reading of it:
// normal, subnormal, signed zero, infinity.
TEST(BiaffineModel, HalfPrecisionValues) {
  EXPECT_EQ(testing::float_to_half(1.0f), 0x3C00u);
  EXPECT_EQ(testing::float_to_half(-2.0f), 0xC000u);
  EXPECT_EQ(testing::float_to_half(0.5f / 32), 0x2400u);
  EXPECT_EQ(testing::float_to_half(std::ldexp(1.0f, -24)), 0x0001u);  // the smallest subnormal
  EXPECT_EQ(testing::float_to_half(65504.0f), 0x7BFFu);
  EXPECT_EQ(testing::float_to_half(1e6f), 0x7C00u);
  SyntheticBiaffine spec;
  auto sections = spec.sections();
  const std::vector<float> values = {1.0f, -0.0f, std::ldexp(1.0f, -24), std::ldexp(3.0f, -20), -65504.0f, 0.333f};
  for (auto& [name, payload] : sections)
    if (name == "m0/upos.weight") {
      std::vector<float> weights(spec.tensors(0)[2].values);
      std::copy(values.begin(), values.end(), weights.begin());
      payload = testing::tensor_payload({static_cast<uint32_t>(spec.upos.size() + 3), spec.tag_dim}, weights);
    }
  parse::BiaffineModel model;
  ASSERT_TRUE(parse::BiaffineModel::load(SyntheticBiaffine::serialize(sections), model).ok());
  const auto& got = model.members()[0].upos.values;
  for (size_t i = 0; i + 1 < values.size(); ++i) EXPECT_EQ(got[i], values[i]) << i;
  EXPECT_TRUE(std::signbit(got[1]));
  EXPECT_NEAR(got[5], 0.333f, 1e-4f);
}

// The members run as train/biaffine_parser.py defines them: on sentences short enough to
// list every tree, the decoded tree is the best under a plain double-precision forward pass,
// and each label the best non-root label under it.
TEST(BiaffineParser, MatchesAReferenceForwardPass) {
  const std::vector<std::string> pool = {"công an", "tỉnh", "bắt", "đối tượng", ".", "nói", "xyz", "người dân",
                                         "công an tỉnh bắt đối nói", "tỉnh tỉnh", ""};
  const std::vector<std::string> tags = {"NOUN", "VERB", "PUNCT", "ADV", "N", "V", "X"};
  std::mt19937 rng(3);
  int compared_trees = 0, compared_labels = 0;
  for (uint32_t seed : {1u, 2u, 3u}) {
    SyntheticBiaffine spec;
    spec.seed = seed;
    spec.members = seed;  // one, two and three members
    spec.vote_weight = 0.0f;
    parse::BiaffineModel model;
    ASSERT_TRUE(parse::BiaffineModel::load(spec.bytes(), model).ok());
    for (int trial = 0; trial < 25; ++trial) {
      const size_t n = 1 + rng() % 6;
      std::vector<std::string> forms, upos, xpos;
      for (size_t i = 0; i < n; ++i) {
        forms.push_back(pool[rng() % pool.size()]);
        upos.push_back(tags[rng() % tags.size()]);
        xpos.push_back(tags[rng() % tags.size()]);
      }
      const std::vector<std::string_view> f(forms.begin(), forms.end()), u(upos.begin(), upos.end()),
          x(xpos.begin(), xpos.end());
      std::vector<int> heads;
      std::vector<uint16_t> labels;
      parse::biaffine_parse(model, f, u, x, {}, heads, labels);

      const testing::ReferenceBiaffine reference(spec, forms, upos, xpos);
      std::vector<double> ranked;
      for (const auto& tree : single_root_projective_trees(static_cast<int>(n)))
        ranked.push_back(tree_score(reference.arc_scores(), tree));
      std::sort(ranked.rbegin(), ranked.rend());
      const double got = tree_score(reference.arc_scores(), heads);
      EXPECT_NEAR(got, ranked[0], 1e-3) << "seed " << seed << " trial " << trial;
      // Where the best tree wins clearly, float arithmetic cannot explain another choice.
      compared_trees += ranked.size() == 1 || ranked[0] - ranked[1] > 1e-3;

      for (size_t d = 1; d <= n; ++d) {
        if (heads[d - 1] == 0) {
          EXPECT_EQ(labels[d - 1], model.root_label());
          continue;
        }
        auto logp = reference.label_logp(d, static_cast<size_t>(heads[d - 1]));
        logp[model.root_label()] = -std::numeric_limits<double>::infinity();
        std::vector<double> sorted = logp;
        std::sort(sorted.rbegin(), sorted.rend());
        if (sorted[0] - sorted[1] < 1e-4) continue;  // a near tie
        EXPECT_EQ(labels[d - 1], std::max_element(logp.begin(), logp.end()) - logp.begin())
            << "seed " << seed << " trial " << trial << " word " << d;
        ++compared_labels;
      }
    }
  }
  EXPECT_GT(compared_trees, 50);
  EXPECT_GT(compared_labels, 100);
}

// --- Parser's accurate mode ---------------------------------------------------------------

// A synthetic accurate model over the fast parser's labels and the hand treebank's tags.
SyntheticBiaffine accurate_spec(const Parser& fast, float vote_weight, float label_vote_weight = 0.0f) {
  SyntheticBiaffine spec;
  spec.labels.clear();
  for (size_t i = 0; i < fast.num_labels(); ++i) spec.labels.push_back(fast.label_name(static_cast<uint16_t>(i)));
  spec.upos = {"NOUN", "VERB", "PUNCT", "ADV", "ADJ", "PROPN", "ADP"};
  spec.xpos = {"N", "V", "PUNCT", "ADV", "ADJ", "NNP", "PRE"};
  spec.vote_weight = vote_weight;
  spec.label_vote_weight = label_vote_weight;
  return spec;
}

Parser load_parser(const std::string& fast_bytes) {
  Parser parser;
  const Status s = Parser::load(fast_bytes, parser);
  EXPECT_TRUE(s.ok()) << s.message();
  return parser;
}

// A fast parser with an accurate model enabled.
Parser accurate_parser(const std::string& fast_bytes, const std::string& accurate_bytes) {
  Parser parser = load_parser(fast_bytes);
  const Status s = parser.enable_accurate(accurate_bytes);
  EXPECT_TRUE(s.ok()) << s.message();
  EXPECT_TRUE(parser.accurate());
  return parser;
}

struct Sentence {
  std::vector<std::string_view> forms, upos;
};

// Random sentences of the given lengths from a vocabulary with unknown words, empty forms and
// unknown or empty tags; each length also as punctuation only.
std::vector<Sentence> random_sentences(const std::vector<size_t>& lengths, uint32_t seed) {
  static const std::vector<std::string> vocab = {"Công an", "tỉnh", "bắt", ".", ",", "nói", "rất", "nhanh",
                                                 "xyz", "", "2023", "người dân", "Đối tượng"};
  static const std::vector<std::string> tags = {"NOUN", "VERB", "PUNCT", "ADV", "ADJ", "X", ""};
  std::mt19937 rng(seed);
  std::vector<Sentence> out;
  for (size_t n : lengths)
    for (bool only_punct : {false, true}) {
      Sentence s;
      for (size_t k = 0; k < n; ++k) {
        s.forms.push_back(only_punct ? std::string_view(k % 2 ? "," : ".") : std::string_view(vocab[rng() % vocab.size()]));
        s.upos.push_back(only_punct ? std::string_view("PUNCT") : std::string_view(tags[rng() % tags.size()]));
      }
      out.push_back(std::move(s));
    }
  return out;
}

std::vector<Sentence> hand_sentences(const std::vector<ConlluSentence>& treebank) {
  std::vector<Sentence> out;
  for (const auto& s : treebank) {
    Sentence t;
    t.forms = testing::forms_of(s);
    for (const auto& w : s.words) t.upos.push_back(w.upos);
    out.push_back(std::move(t));
  }
  return out;
}

TEST(BiaffineParser, AccurateModeAlwaysReturnsAValidTree) {
  const std::string fast_bytes = testing::train_small(1);
  const Parser fast = load_parser(fast_bytes);
  const Parser accurate = accurate_parser(fast_bytes, accurate_spec(fast, 2.0f).bytes());
  ASSERT_TRUE(accurate.accurate());
  EXPECT_FALSE(fast.accurate());

  std::vector<size_t> lengths = {1, 2, 3, 60, parse::kMaxBiaffineWords, parse::kMaxBiaffineWords + 1, 500};
  std::mt19937 rng(9);
  for (int i = 0; i < 25; ++i) lengths.push_back(1 + rng() % 60);
  size_t differs = 0;
  for (const Sentence& s : random_sentences(lengths, 17)) {
    std::vector<int> heads, fast_heads;
    std::vector<uint16_t> labels, fast_labels;
    accurate.parse(s.forms, s.upos, s.upos, heads, labels);
    fast.parse(s.forms, s.upos, s.upos, fast_heads, fast_labels);
    const size_t n = s.forms.size();
    ASSERT_EQ(heads.size(), n);
    ASSERT_EQ(labels.size(), n);
    ASSERT_TRUE(is_tree(heads, label_names(accurate, labels))) << "n=" << n;
    if (n > parse::kMaxBiaffineWords) {  // too long: the fast tree
      EXPECT_EQ(heads, fast_heads) << "n=" << n;
      EXPECT_EQ(labels, fast_labels) << "n=" << n;
    }
    differs += heads != fast_heads || labels != fast_labels;
  }
  EXPECT_GT(differs, 0u) << "the accurate model never changed a tree";
  std::vector<int> heads;
  std::vector<uint16_t> labels;
  accurate.parse({}, {}, {}, heads, labels);
  EXPECT_TRUE(heads.empty());
  EXPECT_TRUE(labels.empty());
}

// Parser::parse in accurate mode is biaffine_parse with the fast tree (arcs and labels) as the
// vote, its labels mapped to the parser's; the same input always gives the same output.
TEST(BiaffineParser, AccurateModeVotesWithTheFastTreeDeterministically) {
  const std::string fast_bytes = testing::train_small(1);
  const Parser fast = load_parser(fast_bytes);
  const std::string model_bytes = accurate_spec(fast, 1.5f, 0.5f).bytes();
  const Parser accurate = accurate_parser(fast_bytes, model_bytes), again = accurate_parser(fast_bytes, model_bytes);
  parse::BiaffineModel model;
  ASSERT_TRUE(parse::BiaffineModel::load(model_bytes, model).ok());
  EXPECT_EQ(model.label_vote_weight(), 0.5f);

  const auto treebank = testing::hand_treebank();
  auto sentences = hand_sentences(treebank);
  for (Sentence& s : random_sentences({1, 4, 9, 17, 30}, 23)) sentences.push_back(std::move(s));
  for (const Sentence& s : sentences) {
    std::vector<int> heads, heads2, heads3, fast_heads, direct_heads;
    std::vector<uint16_t> labels, labels2, labels3, fast_labels, direct_labels;
    accurate.parse(s.forms, s.upos, s.upos, heads, labels);
    accurate.parse(s.forms, s.upos, s.upos, heads2, labels2);
    again.parse(s.forms, s.upos, s.upos, heads3, labels3);
    EXPECT_EQ(heads, heads2);
    EXPECT_EQ(labels, labels2);
    EXPECT_EQ(heads, heads3);
    EXPECT_EQ(labels, labels3);
    fast.parse(s.forms, s.upos, s.upos, fast_heads, fast_labels);
    std::vector<int> vote_labels;  // the fast labels as the accurate model's ids
    for (uint16_t l : fast_labels)
      vote_labels.push_back(static_cast<int>(std::find(model.labels().begin(), model.labels().end(), fast.label_name(l)) -
                                             model.labels().begin()));
    parse::biaffine_parse(model, s.forms, s.upos, s.upos, {fast_heads, vote_labels}, direct_heads, direct_labels);
    EXPECT_EQ(heads, direct_heads);
    ASSERT_EQ(labels.size(), direct_labels.size());
    for (size_t i = 0; i < labels.size(); ++i) EXPECT_EQ(accurate.label_name(labels[i]), model.labels()[direct_labels[i]]);
  }
}

// A batch gives each sentence the tree it gets alone: the sentences of a document (longer and
// shorter ones, an empty one, with and without votes) parsed together and one by one.
TEST(BiaffineParser, ABatchParsesEachSentenceAsAlone) {
  const std::string fast_bytes = testing::train_small(1);
  const Parser fast = load_parser(fast_bytes);
  SyntheticBiaffine spec = accurate_spec(fast, 0.5f, 0.5f);
  spec.hidden = 17;  // more than one 16-column strip of the recurrent product, and a rest
  parse::BiaffineModel model;
  ASSERT_TRUE(parse::BiaffineModel::load(spec.bytes(), model).ok());
  const std::vector<Sentence> sentences = random_sentences({0, 1, 7, 3, 30, 2, 12, 5, 41, 7}, 31);
  std::vector<std::vector<int>> fast_heads(sentences.size()), vote_labels(sentences.size());
  std::vector<parse::BiaffineSentence> batch;
  for (size_t i = 0; i < sentences.size(); ++i) {
    const Sentence& s = sentences[i];
    std::vector<uint16_t> fast_labels;
    fast.parse(s.forms, s.upos, s.upos, fast_heads[i], fast_labels);
    for (uint16_t l : fast_labels) vote_labels[i].push_back(l % 3 == 0 ? -1 : l % static_cast<int>(spec.labels.size()));
    batch.push_back({s.forms, s.upos, s.upos, {}});
    if (i % 2 == 0) batch.back().vote = {fast_heads[i], vote_labels[i]};
  }
  std::vector<parse::BiaffineTree> trees;
  parse::biaffine_parse_batch(model, batch, trees);
  ASSERT_EQ(trees.size(), batch.size());
  for (size_t i = 0; i < batch.size(); ++i) {
    std::vector<int> heads;
    std::vector<uint16_t> labels;
    parse::biaffine_parse(model, batch[i].forms, batch[i].upos, batch[i].xpos, batch[i].vote, heads, labels);
    EXPECT_EQ(trees[i].heads, heads) << "sentence " << i;
    EXPECT_EQ(trees[i].labels, labels) << "sentence " << i;
  }
}

// Parser::apply on a document (which parses its sentences in batches) sets what Parser::parse
// gives each sentence alone, across more sentences than one batch holds.
TEST(BiaffineParser, AccurateDocumentEqualsSentenceBySentence) {
  const std::string fast_bytes = testing::train_small(1);
  const Parser fast = load_parser(fast_bytes);
  const Parser accurate = accurate_parser(fast_bytes, accurate_spec(fast, 0.25f, 0.5f).bytes());
  std::vector<size_t> lengths;
  std::mt19937 rng(5);
  for (int i = 0; i < 60; ++i) lengths.push_back(1 + rng() % 25);
  const std::vector<Sentence> sentences = random_sentences(lengths, 37);  // 120 sentences
  std::string text;
  for (const Sentence& s : sentences)
    for (std::string_view f : s.forms) text += std::string(f) + " ";
  Document doc(text);
  doc.text = text;
  uint32_t at = 0;
  for (const Sentence& s : sentences) {
    ::vitext::Sentence range;
    range.word_begin = static_cast<uint32_t>(doc.words.size());
    for (size_t i = 0; i < s.forms.size(); ++i) {
      Word w;
      w.span = w.view = Span{at, static_cast<uint32_t>(at + s.forms[i].size())};
      w.upos = w.xpos = std::string(s.upos[i]);
      doc.words.push_back(w);
      at += static_cast<uint32_t>(s.forms[i].size() + 1);
    }
    range.word_end = static_cast<uint32_t>(doc.words.size());
    doc.sentences.push_back(range);
  }
  ASSERT_TRUE(accurate.apply(doc).ok());
  size_t differs = 0;
  for (size_t k = 0; k < sentences.size(); ++k) {
    const Sentence& s = sentences[k];
    std::vector<int> heads, fast_heads;
    std::vector<uint16_t> labels, fast_labels;
    accurate.parse(s.forms, s.upos, s.upos, heads, labels);
    fast.parse(s.forms, s.upos, s.upos, fast_heads, fast_labels);
    differs += heads != fast_heads;
    const uint32_t first = doc.sentences[k].word_begin;
    for (size_t i = 0; i < heads.size(); ++i) {
      EXPECT_EQ(doc.words[first + i].head, heads[i]) << "sentence " << k << " word " << i;
      EXPECT_EQ(doc.words[first + i].deprel, accurate.label_name(labels[i])) << "sentence " << k << " word " << i;
    }
  }
  EXPECT_GT(differs, 0u) << "the accurate model never changed a tree";
}

// A vote that outweighs any difference of log-probabilities: the fast parser's (projective,
// single-rooted) tree wins, and with a label vote as large, its labels too.
TEST(BiaffineParser, HugeVoteWeightKeepsTheFastTree) {
  const std::string fast_bytes = testing::train_small(2);
  const Parser fast = load_parser(fast_bytes);
  const Parser accurate = accurate_parser(fast_bytes, accurate_spec(fast, 1e4f).bytes()),
               accurate_labels = accurate_parser(fast_bytes, accurate_spec(fast, 1e4f, 1e4f).bytes());
  size_t labels_differ = 0;
  const auto treebank = testing::hand_treebank();
  auto sentences = hand_sentences(treebank);
  for (Sentence& s : random_sentences({1, 2, 5, 12, 33, 60}, 29)) sentences.push_back(std::move(s));
  for (const Sentence& s : sentences) {
    std::vector<int> heads, fast_heads;
    std::vector<uint16_t> labels, fast_labels;
    accurate.parse(s.forms, s.upos, s.upos, heads, labels);
    fast.parse(s.forms, s.upos, s.upos, fast_heads, fast_labels);
    EXPECT_EQ(heads, fast_heads) << "n=" << s.forms.size();
    EXPECT_TRUE(is_tree(heads, label_names(accurate, labels)));
    labels_differ += labels != fast_labels;
    accurate_labels.parse(s.forms, s.upos, s.upos, heads, labels);
    EXPECT_EQ(heads, fast_heads) << "n=" << s.forms.size();
    EXPECT_EQ(labels, fast_labels) << "n=" << s.forms.size();
  }
  EXPECT_GT(labels_differ, 0u) << "without the label vote, the accurate model never chose another label";
}

// --- loading errors -----------------------------------------------------------------------

// The bytes of spec with one section's payload replaced (or removed, when `payload` is null).
std::string with_section(const SyntheticBiaffine& spec, const std::string& name, const std::string* payload) {
  auto sections = spec.sections();
  auto it = std::find_if(sections.begin(), sections.end(), [&](const auto& s) { return s.first == name; });
  EXPECT_NE(it, sections.end()) << name;
  if (it == sections.end()) return {};
  if (payload) it->second = *payload;
  else sections.erase(it);
  return SyntheticBiaffine::serialize(sections);
}

// Loads bytes that must fail with kModelError and a message containing `expected`.
void expect_model_error(const std::string& bytes, const std::string& expected) {
  parse::BiaffineModel model;
  const Status s = parse::BiaffineModel::load(bytes, model);
  EXPECT_EQ(s.code(), StatusCode::kModelError) << expected;
  EXPECT_NE(s.message().find(expected), std::string::npos) << "'" << s.message() << "' lacks '" << expected << "'";
}

TEST(BiaffineModel, BrokenModelsGiveClearErrors) {
  const SyntheticBiaffine spec;
  const std::string good = spec.bytes();
  // The last cut takes the padding after the last section and at least one byte of it.
  for (size_t cut : {size_t(0), size_t(7), size_t(40), good.size() / 2, good.size() - 8}) {
    parse::BiaffineModel model;
    EXPECT_EQ(parse::BiaffineModel::load(std::string_view(good).substr(0, cut), model).code(), StatusCode::kModelError)
        << cut;
  }
  const auto shape = [&](std::vector<uint32_t> sizes) {
    size_t count = 1;
    for (uint32_t s : sizes) count *= s;
    return testing::tensor_payload(sizes, std::vector<float>(count, 0.25f));
  };
  const uint32_t a = spec.arc_dim, h = spec.hidden;
  std::string p = shape({a + 1, a + 1});
  expect_model_error(with_section(spec, "m1/arc_weight", &p), "tensor 'm1/arc_weight' has unexpected sizes");
  p = shape({4 * h, 1});
  expect_model_error(with_section(spec, "m0/lstm.bias_ih_l1", &p), "'m0/lstm.bias_ih_l1' has unexpected sizes");
  p = shape({});
  expect_model_error(with_section(spec, "m0/rel_dep.linear.bias", &p), "'m0/rel_dep.linear.bias' has unexpected sizes");
  p = shape({a + 1, a}).substr(0, 10);  // the sizes cut short
  expect_model_error(with_section(spec, "m1/arc_weight", &p), "'m1/arc_weight' has unexpected sizes");
  p = shape({a + 1, a});
  p.pop_back();
  expect_model_error(with_section(spec, "m1/arc_weight", &p), "'m1/arc_weight' truncated");
  p += "xyz";
  expect_model_error(with_section(spec, "m1/arc_weight", &p), "'m1/arc_weight' truncated");
  expect_model_error(with_section(spec, "m1/rel_weight", nullptr), "no tensor 'm1/rel_weight'");
  expect_model_error(with_section(spec, "vocab", nullptr), "not an accurate parser model");
  p = spec.vocab() + "x";
  expect_model_error(with_section(spec, "vocab", &p), "bad vocab section");
  p = spec.config().substr(0, 12);
  expect_model_error(with_section(spec, "config", &p), "bad config section");
  p = spec.config() + "labe";  // a label vote weight
  parse::BiaffineModel model;
  EXPECT_TRUE(parse::BiaffineModel::load(with_section(spec, "config", &p), model).ok());
  p += "l";
  expect_model_error(with_section(spec, "config", &p), "bad config section");

  SyntheticBiaffine bad = spec;
  bad.labels = {"nsubj", "obj", "punct"};
  expect_model_error(bad.bytes(), "no 'root' label");
  bad.labels = {"nsubj", "root", "obj", "root"};
  expect_model_error(bad.bytes(), "the label 'root' is listed twice");
  for (auto [field, name] : {std::pair{&SyntheticBiaffine::members, "members"}, {&SyntheticBiaffine::hidden, "hidden"},
                             {&SyntheticBiaffine::layers, "layers"}, {&SyntheticBiaffine::max_syllables, "max_syllables"}}) {
    bad = spec;
    bad.*field = 0;
    expect_model_error(bad.bytes(), std::string(name) + " 0 is out of range");
  }
  bad = spec;
  bad.members = 17;
  expect_model_error(bad.bytes(), "members 17 is out of range (1..16)");
  bad = spec;
  bad.version = 2;
  expect_model_error(bad.bytes(), "has format 2");
  bad = spec;
  bad.members = 3;  // the config promises a member the file lacks
  p = bad.config();
  expect_model_error(with_section(spec, "config", &p), "no tensor 'm2/word.weight'");
}

// Sections with random bytes changed or cut (checksums made to match): the loader fails
// cleanly or gives a model that parses to a tree.
TEST(BiaffineModel, MutatedSectionsLoadOrFailCleanly) {
  const SyntheticBiaffine spec;
  const auto good = spec.sections();
  const std::vector<std::string_view> forms = {"Công an", "tỉnh", "xyz", "bắt", "."}, tags = {"NOUN", "NOUN", "X", "VERB", "PUNCT"};
  std::mt19937 rng(31);
  int loaded = 0;
  for (int trial = 0; trial < 400; ++trial) {
    auto sections = good;
    // Mostly config and vocab, whose sizes and strings steer the rest of the loading.
    std::string& payload = sections[trial % 3 == 2 ? 3 + rng() % (sections.size() - 3) : 1 + trial % 2].second;
    if (payload.empty()) continue;
    if (rng() % 4 == 0) {
      payload.resize(rng() % payload.size());
    } else {
      for (int k = 0; k < 1 + static_cast<int>(rng() % 3); ++k)
        payload[rng() % payload.size()] = static_cast<char>(rng() % 2 ? rng() : payload[rng() % payload.size()] ^ 0x80);
    }
    parse::BiaffineModel model;
    const Status s = parse::BiaffineModel::load(SyntheticBiaffine::serialize(sections), model);
    if (!s.ok()) {
      EXPECT_EQ(s.code(), StatusCode::kModelError);
      continue;
    }
    ++loaded;
    std::vector<int> heads;
    std::vector<uint16_t> labels;
    parse::biaffine_parse(model, forms, tags, tags, {}, heads, labels);
    std::vector<std::string> names;
    for (uint16_t l : labels) names.push_back(model.labels().at(l));
    EXPECT_TRUE(is_tree(heads, names)) << "trial " << trial;
  }
  EXPECT_GT(loaded, 20);  // changed weights and vocabulary strings load
}

// Values a trained model never holds, which would break the decoder, are refused.
TEST(BiaffineModel, RefusesValuesThatAreNotFinite) {
  const SyntheticBiaffine spec;
  for (float v : {std::numeric_limits<float>::infinity(), -std::numeric_limits<float>::infinity(),
                  std::numeric_limits<float>::quiet_NaN()}) {
    auto values = spec.tensors(1)[0].values;
    values[5] = v;
    const std::string p = testing::tensor_payload(spec.tensors(1)[0].shape, values);
    expect_model_error(with_section(spec, "m1/word.weight", &p), "'m1/word.weight' has a value that is not finite");
    SyntheticBiaffine bad = spec;
    bad.vote_weight = v;
    expect_model_error(bad.bytes(), "a vote weight is not finite");
    bad = spec;
    bad.label_vote_weight = v;
    expect_model_error(bad.bytes(), "a vote weight is not finite");
  }
}

TEST(BiaffineParser, EnableAccurateErrors) {
  Parser unloaded;
  const SyntheticBiaffine spec;
  EXPECT_EQ(unloaded.enable_accurate(spec.bytes()).code(), StatusCode::kModelError);
  EXPECT_FALSE(unloaded.accurate());

  Parser parser;
  ASSERT_TRUE(Parser::load(testing::train_small(1), parser).ok());
  SyntheticBiaffine other = accurate_spec(parser, 2.0f);
  other.labels.push_back("dep:unheard");
  Status s = parser.enable_accurate(other.bytes());
  EXPECT_EQ(s.code(), StatusCode::kModelError);
  EXPECT_NE(s.message().find("'dep:unheard', which the parser model lacks"), std::string::npos) << s.message();
  EXPECT_FALSE(parser.accurate());
  const std::string good = accurate_spec(parser, 2.0f).bytes();
  EXPECT_EQ(parser.enable_accurate(good.substr(0, good.size() / 3)).code(), StatusCode::kModelError);
  EXPECT_FALSE(parser.accurate());

  EXPECT_EQ(parser.set_mode(ParserMode::kAccurate, "/nonexistent/parser-accurate.bin").code(), StatusCode::kIoError);
  EXPECT_TRUE(parser.set_mode(ParserMode::kFast, "").ok());
  EXPECT_FALSE(parser.accurate());
  ASSERT_TRUE(parser.enable_accurate(good).ok());
  EXPECT_TRUE(parser.accurate());
}

}  // namespace
}  // namespace vitext
