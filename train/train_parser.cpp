#include "train_parser.h"

#include <algorithm>
#include <limits>
#include <map>
#include <random>

#include <nlohmann/json.hpp>

#include "arc_hybrid_oracle.h"
#include "averaged_perceptron.h"
#include "io/conllu.h"
#include "ml/sparse_linear.h"
#include "parse/arc_hybrid.h"
#include "parse/parse_features.h"
#include "punct_attachment.h"
#include "train_io.h"
#include "train_tagger.h"
#include "vitext/parser.h"
#include "vitext/tagger.h"

namespace vitext::train {
namespace {

struct ParseExample {
  std::vector<parse::ParseWord> words;  // 0 = root
  GoldTree gold;
};

ParseExample make_example(const ConlluSentence& s, const std::map<std::string, uint32_t>& labels) {
  std::vector<std::string_view> forms, upos, xpos;
  ParseExample ex;
  ex.gold.heads.push_back(parse::kNone);
  ex.gold.labels.push_back(0);
  for (const auto& w : s.words) {
    forms.push_back(w.form);
    upos.push_back(w.upos);
    xpos.push_back(w.xpos);
    ex.gold.heads.push_back(w.head);
    auto it = labels.find(w.deprel);
    ex.gold.labels.push_back(it == labels.end() ? 0 : it->second);
  }
  parse::describe_parse_words(forms, upos, xpos, ex.words);
  return ex;
}

// Replaces the tags of `sents` with the tagger's predictions.
void retag(const Tagger& tagger, std::vector<ConlluSentence>& sents) {
  std::vector<std::string_view> forms;
  std::vector<std::string> upos, xpos;
  for (auto& s : sents) {
    forms.clear();
    for (const auto& w : s.words) forms.push_back(w.form);
    tagger.tag(forms, upos, xpos);
    for (size_t i = 0; i < s.words.size(); ++i) {
      s.words[i].upos = upos[i];
      s.words[i].xpos = xpos[i];
    }
  }
}

bool well_formed(const ConlluSentence& s) {
  const int n = static_cast<int>(s.words.size());
  for (const auto& w : s.words)
    if (w.head < 0 || w.head > n) return false;
  return n > 0;
}

}  // namespace

Status train_parser(const ParserTrainOptions& opt, std::ostream& log) {
  if (opt.train_paths.empty()) return Status::InvalidArgument("train parser: no --train file");
  if (opt.epochs < 1) return Status::InvalidArgument("train parser: --epochs must be >= 1");
  std::vector<ConlluSentence> train_sents, dev_sents;
  if (Status s = read_conllu_files(opt.train_paths, train_sents); !s.ok()) return s;
  if (!opt.dev_path.empty()) {
    if (Status s = read_conllu_file(opt.dev_path, dev_sents); !s.ok()) return s;
  }
  std::erase_if(train_sents, [](const ConlluSentence& s) { return !well_formed(s); });
  if (train_sents.empty()) return Status::InvalidInput("train parser: no usable sentences");
  if (opt.punct == "following")
    log << "punctuation: " << attach_punct_to_following_phrase(train_sents) << " comma/colon heads re-attached\n";

  if (!opt.tagger_path.empty()) {
    Tagger tagger;
    if (Status s = Tagger::load_file(opt.tagger_path, tagger); !s.ok()) return s;
    retag(tagger, dev_sents);
    if (opt.jackknife > 1) {
      if (Status s = jackknife_tags(train_sents, opt.jackknife, opt.seed, log); !s.ok()) return s;
    }
  }

  std::map<std::string, uint32_t> label_ids;
  label_ids.emplace("root", 0);
  for (const auto& s : train_sents)
    for (const auto& w : s.words) label_ids.emplace(w.deprel, 0);
  std::vector<std::string> labels;
  for (auto& [name, id] : label_ids) {
    id = static_cast<uint32_t>(labels.size());
    labels.push_back(name);
  }
  const parse::TransitionSet ts{static_cast<uint32_t>(labels.size()), label_ids.at("root")};
  std::vector<ParseExample> train, dev;
  for (const auto& s : train_sents) train.push_back(make_example(s, label_ids));
  for (const auto& s : dev_sents) dev.push_back(make_example(s, label_ids));
  log << "train parser: " << train.size() << " sentences, " << labels.size() << " labels, " << ts.num_classes()
      << " classes\n";

  AveragedPerceptron model(ts.num_classes());
  std::mt19937_64 rng(opt.seed);
  std::uniform_real_distribution<double> coin(0.0, 1.0);
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<uint64_t> keys;
  std::vector<float> scores;
  std::vector<int> costs;
  parse::ParseState state;
  for (int epoch = 1; epoch <= opt.epochs; ++epoch) {
    shuffle_in_place(order, rng);
    size_t steps = 0, errors = 0;
    for (size_t si : order) {
      const ParseExample& ex = train[si];
      state.reset(static_cast<int>(ex.words.size()) - 1);
      while (!state.terminal()) {
        keys.clear();
        parse::parse_features(state, ex.words, keys);
        model.score(keys, scores);
        transition_costs(state, ts, ex.gold, costs);
        const int min_cost = *std::min_element(costs.begin(), costs.end());
        uint32_t pred = 0, best_gold = 0;
        float pred_score = -std::numeric_limits<float>::infinity(), gold_score = pred_score;
        bool have_pred = false, have_gold = false;
        for (uint32_t c = 0; c < ts.num_classes(); ++c) {
          if (costs[c] >= kInvalidCost) continue;
          if (!have_pred || scores[c] > pred_score) {
            pred = c;
            pred_score = scores[c];
            have_pred = true;
          }
          if (costs[c] == min_cost && (!have_gold || scores[c] > gold_score)) {
            best_gold = c;
            gold_score = scores[c];
            have_gold = true;
          }
        }
        model.tick();
        ++steps;
        uint32_t next = best_gold;
        if (costs[pred] > min_cost) {
          ++errors;
          model.update(keys, best_gold, pred);
          if (epoch > 1 && coin(rng) < opt.explore) next = pred;
        }
        state.apply(ts, next);
      }
    }
    log << "epoch " << epoch << ": transition errors " << 100.0 * double(errors) / double(steps) << "%";
    if (!dev.empty()) {
      ml::SparseLinear avg = model.finalize(opt.min_weight, opt.min_updates);
      Parser parser;
      // Round-trips through the model format so dev scores are those of the file.
      (void)Parser::load(Parser::serialize(avg, labels, "{}"), parser);
      size_t uas = 0, las = 0, total = 0;
      std::vector<int> heads;
      std::vector<uint16_t> lab;
      std::vector<std::string_view> forms, upos, xpos;
      for (const auto& s : dev_sents) {
        forms.clear();
        upos.clear();
        xpos.clear();
        for (const auto& w : s.words) {
          forms.push_back(w.form);
          upos.push_back(w.upos);
          xpos.push_back(w.xpos);
        }
        parser.parse(forms, upos, xpos, heads, lab);
        for (size_t i = 0; i < s.words.size(); ++i) {
          ++total;
          if (heads[i] == s.words[i].head) {
            ++uas;
            las += parser.label_name(lab[i]) == s.words[i].deprel;
          }
        }
      }
      log << ", dev UAS " << 100.0 * double(uas) / double(total) << " LAS " << 100.0 * double(las) / double(total);
    }
    log << "\n";
  }
  ml::SparseLinear final_model = model.finalize(opt.min_weight, opt.min_updates);
  nlohmann::json meta = {{"component", "parser"},
                         {"feature_version", parse::kParseFeatureVersion},
                         {"training_data", opt.train_paths},
                         {"tags", opt.tagger_path.empty() ? "gold" : "jackknifed (" + std::to_string(opt.jackknife) + " folds)"},
                         {"seed", opt.seed},
                         {"epochs", opt.epochs},
                         {"explore", opt.explore},
                         {"punct", opt.punct},
                         {"min_weight", opt.min_weight},
                         {"min_updates", opt.min_updates},
                         {"features", final_model.num_features()},
                         {"licence", "CC BY-SA 4.0 (trained on UD Vietnamese VTB)"}};
  std::string bytes = Parser::serialize(final_model, labels, meta.dump());
  log << "model: " << final_model.num_features() << " features, " << bytes.size() << " bytes\n";
  return write_model_bytes(opt.out_path, bytes);
}

}  // namespace vitext::train
