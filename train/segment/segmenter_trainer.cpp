#include "segment/segmenter_trainer.h"

#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <algorithm>

#include "vitext/conllu.h"
#include "segment/bigram_list.h"
#include "segment/decoder.h"
#include "segment/features.h"
#include "segment/name_lexicon.h"
#include "segment/text_pipeline.h"
#include "segment/units.h"

namespace vitext::train {
namespace {

using segment::Unit;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// One training (or dev) sentence: its units, gold tags, and gold words as token ranges.
struct Example {
  std::vector<Unit> units;
  std::vector<uint8_t> gold;                            // tag per unit
  std::vector<std::pair<uint32_t, uint32_t>> words;     // gold words as unit ranges
  std::vector<uint8_t> word_pos;                        // coarse part of speech per word
  int fold = 0;
  // Cached features: gap_offset[i]..gap_offset[i+1] index `feature_ids` (training only).
  std::vector<uint32_t> gap_offset;
  std::vector<uint32_t> feature_ids;
  // Features weighed per tag of the gap before: prev_offset[i]..prev_offset[i+1] index
  // after_b_ids (that tag is B) and after_i_ids (it is I).
  std::vector<uint32_t> prev_offset;
  std::vector<uint32_t> after_b_ids, after_i_ids;
};

// Runs the text pipeline on the sentence's raw text and aligns its tokens with the gold
// words by non-space byte offsets. False when they cannot be aligned.
bool make_example(const ConlluSentence& sentence, Example& ex) {
  std::string text = sentence.text;
  if (text.empty()) {
    for (const auto& w : sentence.words) text += (text.empty() ? "" : " ") + w.form;
  }
  Document doc(text);
  if (!prepare_for_segmentation(doc).ok()) return false;
  std::vector<uint32_t> ns(text.size() + 1, 0);  // non-space bytes before each offset
  for (size_t i = 0; i < text.size(); ++i) ns[i + 1] = ns[i] + (is_space(text[i]) ? 0 : 1);
  std::unordered_set<uint32_t> boundaries;
  std::vector<std::pair<uint32_t, uint32_t>> gold_spans;
  uint32_t pos = 0;
  boundaries.insert(0);
  for (const auto& w : sentence.words) {
    uint32_t len = 0;
    for (char c : w.form) len += is_space(c) ? 0 : 1;
    gold_spans.emplace_back(pos, pos + len);
    pos += len;
    boundaries.insert(pos);
  }
  if (pos != ns[text.size()]) return false;
  segment::build_units(doc, 0, static_cast<uint32_t>(doc.tokens.size()), ex.units);
  ex.gold.assign(ex.units.size(), segment::kBegin);
  std::vector<uint32_t> tok_start(doc.tokens.size()), tok_end(doc.tokens.size());
  for (size_t t = 0; t < doc.tokens.size(); ++t) {
    tok_start[t] = ns[doc.tokens[t].span.start];
    tok_end[t] = ns[doc.tokens[t].span.end];
    if (t > 0 && !boundaries.count(tok_start[t])) ex.gold[t] = segment::kInside;
  }
  size_t t = 0;
  for (size_t k = 0; k < gold_spans.size(); ++k) {
    const auto [gs, ge] = gold_spans[k];
    while (t < tok_start.size() && tok_start[t] < gs) ++t;
    size_t u = t;
    while (u < tok_end.size() && tok_end[u] <= ge && tok_start[u] >= gs) ++u;
    if (t < tok_start.size() && tok_start[t] == gs && u > t && tok_end[u - 1] == ge) {
      ex.words.emplace_back(static_cast<uint32_t>(t), static_cast<uint32_t>(u));
      ex.word_pos.push_back(segment::coarse_pos_bit(sentence.words[k].upos));
    }
  }
  return true;
}

Status load_examples(const std::string& path, std::vector<Example>& out, size_t& skipped) {
  std::vector<ConlluSentence> sentences;
  if (Status s = read_conllu_file(path, sentences); !s.ok()) return s;
  for (const auto& sentence : sentences) {
    Example ex;
    if (make_example(sentence, ex)) out.push_back(std::move(ex));
    else ++skipped;
  }
  return Status::Ok();
}

// Lexicon entries of the gold words: sequence hashes of 2..kMaxLexiconWord units (value
// 1), and one-syllable words with their part of speech (kStandalone | coarse POS bit).
void add_words(const Example& ex, std::vector<std::pair<uint64_t, uint8_t>>& entries) {
  for (size_t w = 0; w < ex.words.size(); ++w) {
    const auto [a, b] = ex.words[w];
    size_t len = b - a;
    if (len == 1 && segment::is_syllable(ex.units[a].shape)) {
      entries.emplace_back(segment::sequence_hash(ex.units.data() + a, 1), segment::kStandalone | ex.word_pos[w]);
      continue;
    }
    if (len < 2 || len > static_cast<size_t>(segment::kMaxLexiconWord)) continue;
    bool joinable = true;
    for (size_t k = a + 1; k < b; ++k) joinable &= ex.units[k].joinable;
    if (joinable) entries.emplace_back(segment::sequence_hash(ex.units.data() + a, len), 1);
  }
}

void compute_features(Example& ex, const segment::Lexicon& lexicon, uint32_t hash_bits,
                      segment::SentenceFeatures& scratch) {
  uint64_t hashes[segment::kMaxFeatures];
  scratch.prepare(ex.units.data(), ex.units.size(), lexicon);
  ex.gap_offset.assign(ex.units.size() + 1, 0);
  ex.prev_offset.assign(ex.units.size() + 1, 0);
  ex.feature_ids.clear();
  ex.after_b_ids.clear();
  ex.after_i_ids.clear();
  auto id = [hash_bits](uint64_t h) { return static_cast<uint32_t>(h >> (64 - hash_bits)); };
  for (size_t i = 0; i < ex.units.size(); ++i) {
    ex.gap_offset[i] = static_cast<uint32_t>(ex.feature_ids.size());
    ex.prev_offset[i] = static_cast<uint32_t>(ex.after_b_ids.size());
    if (i == 0 || !ex.units[i].joinable) continue;
    int k = scratch.gap_features(i, hashes);
    for (int f = 0; f < k; ++f) ex.feature_ids.push_back(id(hashes[f]));
    k = scratch.prev_tag_features(i, hashes);
    for (int f = 0; f < k; ++f) {
      ex.after_b_ids.push_back(id(segment::with_prev_tag(hashes[f], segment::kBegin)));
      ex.after_i_ids.push_back(id(segment::with_prev_tag(hashes[f], segment::kInside)));
    }
  }
  ex.gap_offset[ex.units.size()] = static_cast<uint32_t>(ex.feature_ids.size());
  ex.prev_offset[ex.units.size()] = static_cast<uint32_t>(ex.after_b_ids.size());
}

// The word lexicon with the part-of-speech bits of a one-syllable word merged over all
// its occurrences.
segment::FingerprintMap build_word_lexicon(std::vector<std::pair<uint64_t, uint8_t>> entries) {
  std::sort(entries.begin(), entries.end());
  std::vector<std::pair<uint64_t, uint8_t>> merged;
  for (const auto& [hash, value] : entries) {
    if (!merged.empty() && merged.back().first == hash) merged.back().second |= value;
    else merged.emplace_back(hash, value);
  }
  return segment::FingerprintMap::build(merged);
}

// Averaged perceptron state: w is the current weight vector; the average is
// w - acc / steps (the usual lazy-averaging identity).
struct Perceptron {
  std::vector<float> w, acc;
  float trans[2][2] = {{0, 0}, {0, 0}}, trans_acc[2][2] = {{0, 0}, {0, 0}};
  double steps = 1;

  void update_feature(uint32_t id, float delta) {
    w[id] += delta;
    acc[id] += static_cast<float>(steps) * delta;
  }
  void update_trans(int a, int b, float delta) {
    trans[a][b] += delta;
    trans_acc[a][b] += static_cast<float>(steps) * delta;
  }
};

void decode_cached(const Example& ex, const float* w, const float (&trans)[2][2],
                   std::vector<float>& inside, std::vector<int8_t>& forced, std::vector<uint8_t>& tags,
                   std::vector<uint8_t>& back) {
  size_t n = ex.units.size();
  inside.assign(2 * n, 0.0f);  // [0, n): I after B; [n, 2n): I after I
  forced.assign(n, segment::kFree);
  tags.assign(n, 0);
  for (size_t i = 0; i < n; ++i) {
    if (i == 0 || !ex.units[i].joinable) {
      forced[i] = i > 0 && ex.units[i].attached ? segment::kInside : segment::kBegin;
      continue;
    }
    float s = 0;
    for (uint32_t k = ex.gap_offset[i]; k < ex.gap_offset[i + 1]; ++k) s += w[ex.feature_ids[k]];
    float after_b = s, after_i = s;
    for (uint32_t k = ex.prev_offset[i]; k < ex.prev_offset[i + 1]; ++k) {
      after_b += w[ex.after_b_ids[k]];
      after_i += w[ex.after_i_ids[k]];
    }
    inside[i] = after_b;
    inside[n + i] = after_i;
  }
  segment::viterbi(inside.data(), inside.data() + n, forced.data(), n, trans, tags.data(), back);
}

void score_tags(const Example& ex, const std::vector<uint8_t>& tags, SegmentationScore& score) {
  std::unordered_set<uint64_t> gold;
  for (auto [a, b] : ex.words) gold.insert((uint64_t{a} << 32) | b);
  // Gold words that did not align with tokens still count as gold.
  size_t n = ex.units.size();
  size_t gold_count = 0;
  for (size_t i = 0; i < n; ++i) gold_count += ex.gold[i] == segment::kBegin;
  score.gold += gold_count;
  for (size_t i = 0; i < n;) {
    size_t j = i + 1;
    while (j < n && tags[j] == segment::kInside) ++j;
    ++score.system;
    if (gold.count((uint64_t{i} << 32) | j)) ++score.correct;
    i = j;
  }
}

}  // namespace

Status train_segmenter(const SegmenterTrainOptions& options, segment::SegmenterModel& out) {
  std::ostream* log = options.log;
  if (options.train_files.empty()) return Status::InvalidArgument("no training file given (--train)");
  if (options.hash_bits < 12 || options.hash_bits > 26) return Status::InvalidArgument("--hash-bits must be 12..26");
  if (options.folds < 2) return Status::InvalidArgument("--folds must be at least 2");
  if (options.classes < 0 || options.classes > 254) return Status::InvalidArgument("--classes must be 0..254");
  std::vector<Example> train, dev;
  size_t skipped = 0;
  for (const auto& path : options.train_files) {
    if (Status s = load_examples(path, train, skipped); !s.ok()) return s;
  }
  if (!options.dev_file.empty()) {
    if (Status s = load_examples(options.dev_file, dev, skipped); !s.ok()) return s;
  }
  if (train.empty()) return Status::InvalidArgument("no usable training sentences");
  if (log) *log << "segmenter: " << train.size() << " training, " << dev.size() << " dev sentences (" << skipped
                << " skipped: text and words disagree)\n";

  segment::SegmenterModel model;
  model.hash_bits = options.hash_bits;
  size_t bigram_count = 0;
  if (!options.bigrams_file.empty()) {
    std::vector<BigramPair> pairs;
    if (Status s = read_bigram_list(options.bigrams_file, pairs); !s.ok()) return s;
    model.bigrams = pack_bigram_buckets(pairs);
    model.classes = cluster_syllables(pairs, options.classes);
    bigram_count = pairs.size();
  } else {
    model.bigrams = segment::FingerprintMap::build({});
    model.classes = segment::FingerprintMap::build({});
  }
  if (Status s = build_name_lexicon(options.given_name_files, model.names); !s.ok()) return s;
  size_t stats_pairs = 0;
  if (!options.syllable_stats_files.empty()) {
    if (Status s = pack_syllable_stats(options.syllable_stats_files, options.stats, model.corpus, stats_pairs); !s.ok())
      return s;
  }

  // Case augmentation: a copy of every sentence as if typed in lower case (its keys are
  // case-blind already; only the shapes change), so "hà nội" segments like "Hà Nội".
  if (options.case_augment) {
    const size_t original = train.size();
    for (size_t i = 0; i < original; ++i) {
      Example copy = train[i];
      for (Unit& u : copy.units)
        if (u.shape == segment::Shape::kTitle || u.shape == segment::Shape::kUpper) u.shape = segment::Shape::kLower;
      train.push_back(std::move(copy));
    }
  }
  // Jackknifed lexicons: fold k's sentences see the words of all other folds. Ensemble
  // member 0 takes every folds-th sentence into a fold; later members draw their folds at
  // random, so they also differ in what the lexicon hides from them.
  const size_t originals = options.case_augment ? train.size() / 2 : train.size();
  segment::SentenceFeatures scratch;
  auto jackknife = [&](int member) {
    std::vector<size_t> slot(originals);
    for (size_t i = 0; i < originals; ++i) slot[i] = i;
    std::mt19937_64 fold_rng(options.seed * 7919 + static_cast<uint64_t>(member));
    if (member > 0)
      for (size_t i = originals; i > 1; --i) std::swap(slot[i - 1], slot[fold_rng() % i]);
    for (size_t i = 0; i < train.size(); ++i) train[i].fold = static_cast<int>(slot[i % originals] % options.folds);
    std::vector<std::vector<std::pair<uint64_t, uint8_t>>> per_fold(options.folds);
    for (const auto& ex : train) add_words(ex, per_fold[ex.fold]);
    for (int k = 0; k < options.folds; ++k) {
      std::vector<std::pair<uint64_t, uint8_t>> entries;
      for (int j = 0; j < options.folds; ++j)
        if (j != k) entries.insert(entries.end(), per_fold[j].begin(), per_fold[j].end());
      segment::FingerprintMap fold_words = build_word_lexicon(std::move(entries));
      segment::Lexicon lexicon{&fold_words, &model.bigrams, &model.classes, &model.names, &model.corpus};
      for (auto& ex : train)
        if (ex.fold == k) compute_features(ex, lexicon, options.hash_bits, scratch);
    }
  };
  {
    std::vector<std::pair<uint64_t, uint8_t>> all_words;
    for (const auto& ex : train) add_words(ex, all_words);
    model.words = build_word_lexicon(std::move(all_words));
    for (auto& ex : dev) compute_features(ex, model.lexicon(), options.hash_bits, scratch);
  }
  if (log) *log << "segmenter: lexicon of " << model.words.size() << " training words, " << bigram_count
                << " bigrams, " << model.classes.size() << " syllables in classes, " << stats_pairs
                << " syllable pairs with statistics\n";

  const size_t table = size_t{1} << options.hash_bits;
  std::vector<float> averaged(table), summed(table, 0.0f);
  float avg_trans[2][2], summed_trans[2][2] = {{0, 0}, {0, 0}};
  // Each member sees the sentences in its own order; their averaged weights are averaged
  // again, which smooths the order-dependent noise of one perceptron.
  const int members = std::max(1, options.ensemble);
  for (int member = 0; member < members; ++member) {
    jackknife(member);
    Perceptron p;
    p.w.assign(table, 0.0f);
    p.acc.assign(table, 0.0f);
    std::vector<size_t> order(train.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::mt19937_64 rng(options.seed + static_cast<uint64_t>(member));
    std::vector<float> inside;
    std::vector<int8_t> forced;
    std::vector<uint8_t> tags, back;

    auto average = [&] {
      for (size_t i = 0; i < table; ++i) averaged[i] = p.w[i] - p.acc[i] / static_cast<float>(p.steps);
      for (int a = 0; a < 2; ++a)
        for (int b = 0; b < 2; ++b) avg_trans[a][b] = p.trans[a][b] - p.trans_acc[a][b] / static_cast<float>(p.steps);
    };

    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
      // Fisher-Yates with our own index draw: the same order on every platform.
      for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
      size_t errors = 0, gaps = 0;
      for (size_t idx : order) {
        const Example& ex = train[idx];
        decode_cached(ex, p.w.data(), p.trans, inside, forced, tags, back);
        size_t n = ex.units.size();
        bool differs = false;
        for (size_t i = 1; i < n; ++i) {
          gaps += forced[i] == segment::kFree;
          const uint8_t gold = ex.gold[i], guess = tags[i];
          if (gold == guess && (gold == segment::kBegin || ex.gold[i - 1] == tags[i - 1])) continue;
          differs = true;
          if (gold != guess) {
            ++errors;
            float delta = gold == segment::kInside ? 1.0f : -1.0f;
            for (uint32_t k = ex.gap_offset[i]; k < ex.gap_offset[i + 1]; ++k)
              p.update_feature(ex.feature_ids[k], delta);
          }
          auto update_prev = [&](uint8_t prev_tag, float delta) {
            const auto& ids = prev_tag == segment::kInside ? ex.after_i_ids : ex.after_b_ids;
            for (uint32_t k = ex.prev_offset[i]; k < ex.prev_offset[i + 1]; ++k) p.update_feature(ids[k], delta);
          };
          if (gold == segment::kInside) update_prev(ex.gold[i - 1], 1.0f);
          if (guess == segment::kInside) update_prev(tags[i - 1], -1.0f);
        }
        if (differs) {
          for (size_t i = 1; i <= n; ++i) {  // i == n: into the implicit word after the end
            p.update_trans(ex.gold[i - 1], i < n ? ex.gold[i] : uint8_t{segment::kBegin}, 1.0f);
            p.update_trans(tags[i - 1], i < n ? tags[i] : uint8_t{segment::kBegin}, -1.0f);
          }
        }
        p.steps += 1;
      }
      if (log) {
        *log << "epoch " << epoch << ": training gap errors " << errors << "/" << gaps;
        if (!dev.empty()) {
          average();
          SegmentationScore score;
          for (const auto& ex : dev) {
            decode_cached(ex, averaged.data(), avg_trans, inside, forced, tags, back);
            score_tags(ex, tags, score);
          }
          *log << ", dev word F1 " << score.f1();
        }
        *log << "\n";
      }
    }
    average();
    for (size_t i = 0; i < table; ++i) summed[i] += averaged[i];
    for (int a = 0; a < 2; ++a)
      for (int b = 0; b < 2; ++b) summed_trans[a][b] += avg_trans[a][b];
  }
  for (size_t i = 0; i < table; ++i) averaged[i] = summed[i] / static_cast<float>(members);
  for (int a = 0; a < 2; ++a)
    for (int b = 0; b < 2; ++b) avg_trans[a][b] = summed_trans[a][b] / static_cast<float>(members);
  model.weights = averaged;
  for (int a = 0; a < 2; ++a)
    for (int b = 0; b < 2; ++b) model.trans[a][b] = avg_trans[a][b];

  nlohmann::json meta;
  meta["component"] = "segmenter";
  meta["model_version"] = segment::kSegmenterModelVersion;
  meta["method"] = "averaged structured perceptron over B/I tags, hashed syllable n-gram, shape and lexicon features";
  meta["train"] = options.train_files;
  meta["train_sentences"] = train.size();
  if (!options.dev_file.empty()) meta["dev"] = options.dev_file;
  if (!options.bigrams_file.empty()) meta["bigrams"] = options.bigrams_file;
  meta["settings"] = {{"epochs", options.epochs}, {"seed", options.seed}, {"hash_bits", options.hash_bits},
                      {"folds", options.folds}, {"case_augment", options.case_augment},
                      {"classes", options.classes}};
  meta["given_names"] = options.given_name_files;
  if (!options.syllable_stats_files.empty()) {
    meta["syllable_stats"] = options.syllable_stats_files;
    meta["settings"]["stats_min_rdr"] = options.stats.min_rdr;
    meta["settings"]["stats_min_news"] = options.stats.min_news;
  }
  meta["conventions"] = options.conventions;
  constexpr const char* kLexicalCredits =
      "syllable bigram statistics derived from tesseract-ocr/langdata vie.word.bigrams (Apache 2.0); given-name "
      "syllables from duyet/vietnamese-namedb (MIT)";
  if (options.conventions == "vlsp") {
    meta["licence"] = "CC BY-SA 4.0 (learnt from segmented Vietnamese Wikipedia text, CC BY-SA)";
    meta["credits"] = std::string(
                          "word boundaries of VnCoreNLP 1.2's RDRsegmenter (Nguyen et al. 2018, Vu et al. 2018) on "
                          "Vietnamese news (2016-17) and Wikipedia (CC BY-SA) paragraphs; ") +
                      kLexicalCredits;
  } else {
    meta["licence"] = "CC BY-SA 4.0 (trained on UD Vietnamese VTB, CC BY-SA 4.0)";
    meta["credits"] = std::string("UD_Vietnamese-VTB (Nguyen et al. 2009, Universal Dependencies); ") + kLexicalCredits;
  }
  model.meta_json = meta.dump();
  out = std::move(model);
  return Status::Ok();
}

}  // namespace vitext::train
