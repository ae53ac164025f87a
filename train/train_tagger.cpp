#include "train_tagger.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "averaged_perceptron.h"
#include "directional_verbs.h"
#include "word_clusters.h"
#include "word_conventions.h"
#include "vitext/conllu.h"
#include "provenance.h"
#include "train_io.h"
#include "core/hash.h"
#include "ml/sparse_linear.h"
#include "segment/bigram_list.h"
#include "segment/fingerprint_map.h"
#include "tag/syllable_classes.h"
#include "tag/tag_dictionary.h"
#include "tag/tag_features.h"
#include "tag/word_info.h"
#include "vitext/tagger.h"

namespace vitext::train {
namespace {

struct TaggedSentence {
  std::vector<tag::WordInfo> words;
  std::vector<int> gold;
};

// UD VTB train writes the original VTB tags ("Adv", "Pre", "Nc", "," ...), dev and the
// later releases upper-case ones ("ADV", "PRE", "N", "PUNCT"). One convention keeps a
// model trained on both from splitting every tag in two.
std::string dev_style_xpos(const ConlluWord& w) {
  if (w.upos == "PUNCT") return "PUNCT";
  if (w.upos == "SYM") return "SYM";
  std::string x = w.xpos;
  for (char& c : x) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  if (x == "NC") return "N";
  if (x == "SC" && w.upos == "SCONJ") return "C";
  return x;
}

std::string tag_name(const ConlluWord& w) { return w.upos + "\t" + dev_style_xpos(w); }

constexpr size_t kDictionaryFolds = 10;

// Ambiguity classes for the training sentences come from the other folds, so words seen
// in one fold only look unknown, as unseen words will at run time. Ensemble member 0 puts
// every tenth sentence in a fold; later members draw their folds at random, so they also
// differ in which words look unknown.
void annotate_jackknifed(std::vector<TaggedSentence>& sents, const std::vector<ConlluSentence>& conllu,
                         uint64_t seed, int member) {
  std::vector<size_t> fold(sents.size());
  for (size_t i = 0; i < fold.size(); ++i) fold[i] = i;
  if (member > 0) {
    std::mt19937_64 rng(seed * 7919 + static_cast<uint64_t>(member));
    shuffle_in_place(fold, rng);
  }
  for (size_t& f : fold) f %= kDictionaryFolds;
  std::vector<std::vector<std::pair<uint64_t, uint32_t>>> fold_entries(kDictionaryFolds);
  for (size_t i = 0; i < sents.size(); ++i)
    for (size_t k = 0; k < sents[i].words.size(); ++k)
      fold_entries[fold[i]].emplace_back(sents[i].words[k].lower, tag::upos_bit(conllu[i].words[k].upos));
  for (size_t f = 0; f < kDictionaryFolds; ++f) {
    std::vector<std::pair<uint64_t, uint32_t>> rest;
    for (size_t g = 0; g < kDictionaryFolds; ++g)
      if (g != f) rest.insert(rest.end(), fold_entries[g].begin(), fold_entries[g].end());
    const tag::TagDictionary d = tag::TagDictionary::build(std::move(rest));
    for (size_t i = 0; i < sents.size(); ++i)
      if (fold[i] == f) d.annotate(sents[i].words);
  }
}

std::vector<TaggedSentence> prepare(const std::vector<ConlluSentence>& sents, const std::map<std::string, int>& ids) {
  std::vector<TaggedSentence> out;
  for (const auto& s : sents) {
    TaggedSentence t;
    std::vector<std::string_view> forms;
    for (const auto& w : s.words) {
      forms.push_back(w.form);
      auto it = ids.find(tag_name(w));
      t.gold.push_back(it == ids.end() ? -1 : it->second);
    }
    tag::describe_words(forms, t.words);
    out.push_back(std::move(t));
  }
  return out;
}

// Syllable classes from the bigram list; none when no list is given, or when the default
// list is absent (a checkout without ../shared).
Status syllable_classes(const TaggerTrainOptions& opt, std::ostream& log, segment::FingerprintMap& out) {
  out = segment::FingerprintMap::build({});
  if (opt.bigrams_path.empty() || opt.bigrams_path == "none") return Status::Ok();
  if (opt.classes < 2 || opt.classes > 254) return Status::InvalidArgument("train tagger: --classes must be 2..254");
  if (opt.bigrams_path == kDefaultBigramsPath && !std::ifstream(opt.bigrams_path)) {
    log << "train tagger: no " << opt.bigrams_path << ", no syllable classes\n";
    return Status::Ok();
  }
  std::vector<BigramPair> pairs;
  if (Status s = read_bigram_list(opt.bigrams_path, pairs); !s.ok()) return s;
  out = cluster_syllables(pairs, opt.classes);
  return Status::Ok();
}

// Greedy decoding with a scoring function; returns the predicted ids.
template <typename Score>
void decode(const TaggedSentence& s, uint32_t version, std::vector<uint64_t>& keys, std::vector<int>& pred,
            Score&& score) {
  pred.assign(s.words.size(), 0);
  int p1 = tag::kNoTag, p2 = tag::kNoTag;
  for (size_t i = 0; i < s.words.size(); ++i) {
    keys.clear();
    tag::static_tag_features(s.words, i, version, keys);
    tag::dynamic_tag_features(s.words, i, p1, p2, keys);
    pred[i] = score(i, keys);
    p2 = p1;
    p1 = pred[i];
  }
}

Status train_tagger_with_classes(const std::vector<ConlluSentence>& train_trees,
                                 const std::vector<ConlluSentence>& dev_sents, const TaggerTrainOptions& opt,
                                 const segment::FingerprintMap& classes, const tag::WordClusters& clusters,
                                 std::ostream& log, std::string& bytes) {
  if (opt.epochs < 1) return Status::InvalidArgument("train tagger: --epochs must be >= 1");
  if (opt.feature_version < tag::kOldestTagFeatureVersion || opt.feature_version > tag::kTagFeatureVersion)
    return Status::InvalidArgument("train tagger: --feature-version must be " +
                                   std::to_string(tag::kOldestTagFeatureVersion) + ".." +
                                   std::to_string(tag::kTagFeatureVersion));
  if (opt.directional_verbs != "dev" && opt.directional_verbs != "train")
    return Status::InvalidArgument("train tagger: --directional-verbs must be 'dev' or 'train'");
  std::vector<ConlluSentence> train_sents = train_trees;
  if (Status s = apply_word_conventions(opt.word_conventions, train_sents, log); !s.ok()) return s;
  if (opt.directional_verbs == "dev")
    log << "directional verbs: " << tag_directional_verbs(train_sents) << " training words retagged VERB\n";
  std::map<std::string, int> ids;
  for (const auto& s : train_sents)
    for (const auto& w : s.words) ids.emplace(tag_name(w), 0);
  if (ids.empty()) return Status::InvalidInput("train tagger: no words in the training data");
  std::vector<std::string> upos, xpos;
  for (auto& [name, id] : ids) {
    id = static_cast<int>(upos.size());
    auto tab = name.find('\t');
    upos.push_back(name.substr(0, tab));
    xpos.push_back(name.substr(tab + 1));
  }
  const uint32_t n = static_cast<uint32_t>(upos.size());
  auto train = prepare(train_sents, ids);
  auto dev = prepare(dev_sents, ids);
  std::vector<std::pair<uint64_t, uint32_t>> entries;
  for (size_t i = 0; i < train.size(); ++i)
    for (size_t k = 0; k < train[i].words.size(); ++k)
      entries.emplace_back(train[i].words[k].lower, tag::upos_bit(train_sents[i].words[k].upos));
  const tag::TagDictionary dictionary = tag::TagDictionary::build(std::move(entries));
  for (auto& s : dev) dictionary.annotate(s.words);
  for (auto& s : dev) tag::annotate_classes(classes, s.words);
  for (auto& s : train) tag::annotate_classes(classes, s.words);
  for (auto& s : dev) clusters.annotate(s.words);
  for (auto& s : train) clusters.annotate(s.words);
  size_t train_words = 0;
  for (const auto& s : train) train_words += s.words.size();
  log << "train tagger: " << train.size() << " sentences, " << train_words << " words, " << n << " tags\n";

  // Dev accuracy (UPOS and XPOS) of a model, greedy decoding as at run time.
  auto dev_accuracy = [&](const ml::SparseLinear& m) {
    std::vector<uint64_t> keys;
    std::vector<int> pred;
    std::vector<float> sc(n);
    size_t up = 0, xp = 0, all = 0;
    for (size_t d = 0; d < dev.size(); ++d) {
      decode(dev[d], opt.feature_version, keys, pred, [&](size_t, const std::vector<uint64_t>& k) {
        m.score(k, sc.data());
        return static_cast<int>(std::max_element(sc.begin(), sc.end()) - sc.begin());
      });
      for (size_t i = 0; i < pred.size(); ++i, ++all) {
        up += upos[size_t(pred[i])] == dev_sents[d].words[i].upos;
        xp += xpos[size_t(pred[i])] == dev_sents[d].words[i].xpos;
      }
    }
    std::ostringstream out;
    out << 100.0 * double(up) / double(all ? all : 1) << " " << 100.0 * double(xp) / double(all ? all : 1);
    return out.str();
  };
  // Each member sees the sentences in its own order and its own jackknife folds; their
  // averaged weights are averaged again (one model, as fast to run as a single one).
  const int members = std::max(1, opt.ensemble);
  std::vector<AveragedPerceptron> models;
  for (int member = 0; member < members; ++member) {
    annotate_jackknifed(train, train_sents, opt.seed, member);
    AveragedPerceptron& model = models.emplace_back(n);
    std::mt19937_64 rng(opt.seed + 1000003ull * static_cast<uint64_t>(member));
    std::uniform_real_distribution<double> coin(0.0, 1.0);
    std::unordered_map<uint64_t, int> counts;
    for (const auto& s : train)
      for (const auto& w : s.words) ++counts[w.lower];
    const uint64_t unknown = hash::hash_bytes("<unknown>");
    std::vector<size_t> order(train.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::vector<uint64_t> keys;
    std::vector<int> pred;
    std::vector<float> scores;
    for (int epoch = 1; epoch <= opt.epochs; ++epoch) {
      shuffle_in_place(order, rng);
      size_t correct = 0, total = 0;
      for (size_t si : order) {
        // Rare words sometimes lose their identity so the model learns to tag unknown
        // words from syllables, shape and context.
        TaggedSentence s = train[si];
        for (auto& w : s.words) {
          if (opt.rare_dropout > 0 && counts[w.lower] <= 1 && coin(rng) < opt.rare_dropout) {
            w.lower = unknown;
            w.form = unknown;
            w.amb = 0;
          }
        }
        decode(s, opt.feature_version, keys, pred, [&](size_t i, const std::vector<uint64_t>& k) {
          model.score(k, scores);
          int guess = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
          model.tick();
          model.update(k, static_cast<uint32_t>(s.gold[i]), static_cast<uint32_t>(guess));
          correct += guess == s.gold[i];
          ++total;
          return guess;
        });
      }
      log << "epoch " << epoch << ": train accuracy " << 100.0 * double(correct) / double(total);
      if (!dev.empty()) log << ", dev UPOS/XPOS " << dev_accuracy(model.finalize(opt.min_weight));
      log << "\n";
    }
  }
  ml::SparseLinear final_model = AveragedPerceptron::finalize_mean(models, opt.min_weight);
  if (members > 1 && !dev.empty()) log << "ensemble of " << members << ": dev UPOS/XPOS " << dev_accuracy(final_model) << "\n";
  nlohmann::json meta = {{"component", "tagger"},
                         {"feature_version", opt.feature_version},
                         {"training_data", opt.train_paths},
                         {"seed", opt.seed},
                         {"epochs", opt.epochs},
                         {"min_weight", opt.min_weight},
                         {"rare_dropout", opt.rare_dropout},
                         {"ensemble", members},
                         {"directional_verbs", opt.directional_verbs},
                         {"word_conventions", opt.word_conventions},
                         {"features", final_model.num_features()},
                         {"dictionary_words", dictionary.size()},
                         {"syllable_classes", classes.size() ? opt.classes : 0},
                         {"classed_syllables", classes.size()},
                         {"word_clusters", clusters.levels()},
                         {"clustered_words", clusters.size()},
                         {"xpos", "upper-case (dev) convention"},
                         {"licence", "CC BY-SA 4.0 (trained on UD Vietnamese VTB)"}};
  bytes = Tagger::serialize(final_model, dictionary, classes, clusters, upos, xpos, meta.dump(), opt.feature_version);
  log << "model: " << final_model.num_features() << " features, " << bytes.size() << " bytes\n";
  return Status::Ok();
}

}  // namespace

Status train_tagger_model(const std::vector<ConlluSentence>& train_sents,
                          const std::vector<ConlluSentence>& dev_sents, const TaggerTrainOptions& opt,
                          std::ostream& log, std::string& bytes) {
  segment::FingerprintMap classes;
  if (Status s = syllable_classes(opt, log, classes); !s.ok()) return s;
  tag::WordClusters clusters;
  if (!opt.word_clusters_path.empty()) {
    if (Status s = read_word_clusters(opt.word_clusters_path, opt.cluster_words, clusters); !s.ok()) return s;
    log << "word clusters: " << clusters.size() << " words\n";
  }
  return train_tagger_with_classes(train_sents, dev_sents, opt, classes, clusters, log, bytes);
}

Status train_tagger(const TaggerTrainOptions& opt, std::ostream& log) {
  if (opt.train_paths.empty()) return Status::InvalidArgument("train tagger: no --train file");
  std::vector<ConlluSentence> train_sents, dev_sents;
  if (Status s = read_conllu_files(opt.train_paths, train_sents); !s.ok()) return s;
  if (!opt.dev_path.empty()) {
    if (Status s = read_conllu_file(opt.dev_path, dev_sents); !s.ok()) return s;
  }
  std::string bytes;
  if (Status s = train_tagger_model(train_sents, dev_sents, opt, log, bytes); !s.ok()) return s;
  std::vector<std::string> data = opt.train_paths;
  if (!opt.bigrams_path.empty() && opt.bigrams_path != "none" && std::ifstream(opt.bigrams_path)) data.push_back(opt.bigrams_path);
  if (!opt.word_clusters_path.empty()) data.push_back(opt.word_clusters_path);
  if (Status s = stamp_provenance(bytes, data); !s.ok()) return s;
  return write_model_bytes(opt.out_path, bytes);
}

Status jackknife_tags(std::vector<ConlluSentence>& sents, int folds, uint64_t seed, std::ostream& log,
                      const std::string& directional_verbs, const std::string& word_conventions,
                      const tag::WordClusters& clusters) {
  if (folds < 2) return Status::InvalidArgument("jackknife: need at least 2 folds");
  std::vector<std::vector<std::string>> upos(sents.size()), xpos(sents.size());
  TaggerTrainOptions opt;
  opt.seed = seed;
  opt.directional_verbs = directional_verbs;
  opt.word_conventions = word_conventions;
  std::ostringstream quiet;
  segment::FingerprintMap classes;  // computed once for all folds
  if (Status s = syllable_classes(opt, log, classes); !s.ok()) return s;
  for (int f = 0; f < folds; ++f) {
    std::vector<ConlluSentence> rest;
    for (size_t i = 0; i < sents.size(); ++i)
      if (static_cast<int>(i % size_t(folds)) != f) rest.push_back(sents[i]);
    std::string bytes;
    if (Status s = train_tagger_with_classes(rest, {}, opt, classes, clusters, quiet, bytes); !s.ok()) return s;
    Tagger tagger;
    if (Status s = Tagger::load(bytes, tagger); !s.ok()) return s;
    std::vector<std::string_view> forms;
    for (size_t i = static_cast<size_t>(f); i < sents.size(); i += size_t(folds)) {
      forms.clear();
      for (const auto& w : sents[i].words) forms.push_back(w.form);
      tagger.tag(forms, upos[i], xpos[i]);
    }
  }
  size_t same = 0, total = 0;
  for (size_t i = 0; i < sents.size(); ++i) {
    for (size_t k = 0; k < sents[i].words.size(); ++k) {
      ++total;
      same += sents[i].words[k].upos == upos[i][k];
      sents[i].words[k].upos = upos[i][k];
      sents[i].words[k].xpos = xpos[i][k];
    }
  }
  log << "jackknife: " << folds << " folds, UPOS accuracy " << 100.0 * double(same) / double(total ? total : 1) << "\n";
  return Status::Ok();
}

}  // namespace vitext::train
