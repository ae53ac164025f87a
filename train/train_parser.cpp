#include "train_parser.h"

#include <algorithm>
#include <limits>
#include <map>
#include <random>

#include <nlohmann/json.hpp>

#include "arc_hybrid_oracle.h"
#include "averaged_perceptron.h"
#include "beam_trainer.h"
#include "vitext/conllu.h"
#include "ml/sparse_linear.h"
#include "parse/arc_hybrid.h"
#include "parse/parse_features.h"
#include "directional_verbs.h"
#include "punct_attachment.h"
#include "relation_conventions.h"
#include "provenance.h"
#include "train_io.h"
#include "train_tagger.h"
#include "word_conventions.h"
#include "vitext/parser.h"
#include "vitext/tagger.h"

namespace vitext::train {
namespace {

struct ParseExample {
  std::vector<parse::ParseWord> words;  // 0 = root
  GoldTree gold;
};

ParseExample make_example(const ConlluSentence& s, const std::map<std::string, uint32_t>& labels,
                          const tag::WordClusters& clusters) {
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
  parse::describe_parse_words(forms, upos, xpos, clusters, ex.words);
  return ex;
}

// Replaces the tags of `sents` with the tagger's predictions.
void retag(const Tagger& tagger, std::vector<ConlluSentence>& sents) {
  for (auto& s : sents) tagger.apply(s);
}

Status write_training_trees(const std::string& prefix, const std::vector<ConlluSentence>& train_sents,
                            const std::vector<ConlluSentence>& dev_sents, std::ostream& log) {
  if (Status s = write_conllu_file(prefix + ".train.conllu", train_sents); !s.ok()) return s;
  log << "training trees written to " << prefix << ".train.conllu\n";
  if (dev_sents.empty()) return Status::Ok();
  if (Status s = write_conllu_file(prefix + ".dev.conllu", dev_sents); !s.ok()) return s;
  log << "dev trees written to " << prefix << ".dev.conllu\n";
  return Status::Ok();
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
  // Words first: a promoted "sau" is a noun the relation mappings read.
  if (Status s = apply_word_conventions(opt.word_conventions, train_sents, log); !s.ok()) return s;
  if (Status s = apply_relation_conventions(opt.relations, train_sents, log); !s.ok()) return s;
  if (opt.punct == "following")
    log << "punctuation: " << attach_punct_to_following_phrase(train_sents) << " comma/colon heads re-attached\n";
  if (opt.directional_verbs == "dev")
    log << "directional verbs: " << relate_directional_complements(train_sents) << " relations made compound:dir\n";

  // The word clusters come with the tagger: its jackknife folds and the parser use them.
  tag::WordClusters clusters;
  if (!opt.tagger_path.empty()) {
    Tagger tagger;
    if (Status s = Tagger::load_file(opt.tagger_path, tagger); !s.ok()) return s;
    clusters = tagger.word_clusters();
    retag(tagger, dev_sents);
    if (opt.jackknife > 1) {
      if (Status s = jackknife_tags(train_sents, opt.jackknife, opt.seed, log, opt.directional_verbs,
                                     opt.word_conventions, clusters); !s.ok()) return s;
    }
  }

  if (!opt.write_trees.empty())
    if (Status s = write_training_trees(opt.write_trees, train_sents, dev_sents, log); !s.ok()) return s;
  if (!opt.extra_tree_paths.empty()) {
    std::vector<ConlluSentence> extra;
    if (Status s = read_conllu_files(opt.extra_tree_paths, extra); !s.ok()) return s;
    std::erase_if(extra, [](const ConlluSentence& s) { return !well_formed(s); });
    log << "extra trees: " << extra.size() << " sentences\n";
    train_sents.insert(train_sents.end(), std::make_move_iterator(extra.begin()), std::make_move_iterator(extra.end()));
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
  for (const auto& s : train_sents) train.push_back(make_example(s, label_ids, clusters));
  for (const auto& s : dev_sents) dev.push_back(make_example(s, label_ids, clusters));
  log << "train parser: " << train.size() << " sentences, " << labels.size() << " labels, " << ts.num_classes()
      << " classes\n";

  // Two classifiers over the same features: which move (SHIFT, LEFT, RIGHT), and, once an
  // arc move is chosen, which label (classes numbered as in TransitionSet).
  // Members of an ensemble differ in sentence order and exploration; their averaged
  // weights are averaged again (as the segmenter's), which evens out the order effects
  // a small treebank shows (about ±0.3 LAS between seeds).
  const auto beam_width = static_cast<uint32_t>(std::max(1, opt.beam));
  const int members = std::max(1, opt.ensemble);
  std::vector<AveragedPerceptron> all_moves, all_arcs;
  all_moves.reserve(size_t(members));
  all_arcs.reserve(size_t(members));
  for (int member = 0; member < members; ++member) {
    AveragedPerceptron& moves = all_moves.emplace_back(3);
    AveragedPerceptron& arcs = all_arcs.emplace_back(ts.num_classes());
    std::mt19937_64 rng(opt.seed + 7919 * uint64_t(member));
    std::uniform_real_distribution<double> coin(0.0, 1.0);
    std::vector<size_t> order(train.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::vector<uint64_t> keys;
    std::vector<float> move_scores, arc_scores;
    std::vector<int> costs;
    parse::ParseState state;
    BeamTrainer beam_trainer(ts, opt.beam, moves, arcs);
    for (int epoch = 1; epoch <= opt.epochs; ++epoch) {
      shuffle_in_place(order, rng);
      size_t steps = 0, errors = 0;
      for (size_t si : order) {
        const ParseExample& ex = train[si];
        if (beam_width > 1 && epoch > opt.greedy_epochs) {
          ++steps;
          errors += beam_trainer.train(ex.words, ex.gold);
          continue;
        }
        state.reset(static_cast<int>(ex.words.size()) - 1);
        while (!state.terminal()) {
          keys.clear();
          parse::parse_features(state, ex.words, keys);
          transition_costs(state, ts, ex.gold, costs);
          // A move costs what its best label costs.
          int move_cost[3] = {costs[0], kInvalidCost, kInvalidCost};
          for (uint32_t c = 1; c < ts.num_classes(); ++c) {
            const auto m = static_cast<size_t>(ts.move_of(c));
            move_cost[m] = std::min(move_cost[m], costs[c]);
          }
          const int min_cost = std::min({move_cost[0], move_cost[1], move_cost[2]});
          moves.score(keys, move_scores);
          int pred = -1, gold = -1;
          for (int m = 0; m < 3; ++m) {
            if (move_cost[m] >= kInvalidCost) continue;
            if (pred < 0 || move_scores[size_t(m)] > move_scores[size_t(pred)]) pred = m;
            if (move_cost[m] == min_cost && (gold < 0 || move_scores[size_t(m)] > move_scores[size_t(gold)])) gold = m;
          }
          moves.tick();
          arcs.tick();
          ++steps;
          int next = gold;
          bool follow_model = false;  // exploration: continue from the model's mistake
          if (move_cost[pred] > min_cost) {
            ++errors;
            moves.update(keys, static_cast<uint32_t>(gold), static_cast<uint32_t>(pred));
            if (epoch > 1 && coin(rng) < opt.explore) {
              next = pred;
              follow_model = true;
            }
          }
          if (next == 0) {
            state.apply(ts, 0);
            continue;
          }
          // The label: among the classes of the chosen move, the cheapest is the truth.
          keys.clear();
          parse::label_features(state, ex.words, next == 1 ? parse::Move::kLeft : parse::Move::kRight, keys);
          arcs.score(keys, arc_scores);
          const uint32_t first = next == 1 ? ts.left(0) : ts.right(0);
          int64_t best_label = -1, gold_label = -1;
          int label_min = kInvalidCost;
          for (uint32_t c = first; c < first + ts.num_labels; ++c) label_min = std::min(label_min, costs[c]);
          for (uint32_t c = first; c < first + ts.num_labels; ++c) {
            if (costs[c] >= kInvalidCost) continue;
            if (best_label < 0 || arc_scores[c] > arc_scores[size_t(best_label)]) best_label = c;
            if (costs[c] == label_min && (gold_label < 0 || arc_scores[c] > arc_scores[size_t(gold_label)])) gold_label = c;
          }
          if (costs[size_t(best_label)] > label_min) {
            ++errors;
            arcs.update(keys, static_cast<uint32_t>(gold_label), static_cast<uint32_t>(best_label));
            if (!follow_model && epoch > 1 && coin(rng) < opt.explore) follow_model = true;
          }
          state.apply(ts, static_cast<uint32_t>(follow_model ? best_label : gold_label));
        }
      }
      log << "epoch " << epoch << (beam_width > 1 && epoch > opt.greedy_epochs ? ": sentences updated " : ": transition errors ")
          << 100.0 * double(errors) / double(steps) << "%";
      if (!dev.empty()) {
        Parser parser;
        // Round-trips through the model format so dev scores are those of the file.
        (void)Parser::load(Parser::serialize(moves.finalize(opt.min_weight, opt.min_updates),
                                             arcs.finalize(opt.min_weight, opt.min_updates), labels, clusters, "{}",
                                             beam_width),
                           parser);
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
  }
  ml::SparseLinear final_moves = AveragedPerceptron::finalize_mean(all_moves, opt.min_weight, opt.min_updates);
  ml::SparseLinear final_arcs = AveragedPerceptron::finalize_mean(all_arcs, opt.min_weight, opt.min_updates);
  nlohmann::json meta = {{"component", "parser"},
                         {"feature_version", parse::kParseFeatureVersion},
                         {"training_data", opt.train_paths},
                         {"extra_trees", opt.extra_tree_paths},
                         {"tags", opt.tagger_path.empty() ? "gold" : "jackknifed (" + std::to_string(opt.jackknife) + " folds)"},
                         {"seed", opt.seed},
                         {"epochs", opt.epochs},
                         {"beam", beam_width},
                         {"ensemble", members},
                         {"explore", opt.explore},
                         {"punct", opt.punct},
                         {"directional_verbs", opt.directional_verbs},
                         {"relations", opt.relations},
                         {"word_conventions", opt.word_conventions},
                         {"min_weight", opt.min_weight},
                         {"min_updates", opt.min_updates},
                         {"features", final_moves.num_features() + final_arcs.num_features()},
                         {"word_clusters", clusters.levels()},
                         {"clustered_words", clusters.size()},
                         {"licence", "CC BY-SA 4.0 (trained on UD Vietnamese VTB)"}};
  std::string bytes = Parser::serialize(final_moves, final_arcs, labels, clusters, meta.dump(), beam_width);
  std::vector<std::string> data_files = opt.train_paths;
  data_files.insert(data_files.end(), opt.extra_tree_paths.begin(), opt.extra_tree_paths.end());
  if (Status s = stamp_provenance(bytes, data_files, opt.tagger_path); !s.ok()) return s;
  log << "model: " << final_moves.num_features() << " move features, " << final_arcs.num_features()
      << " label features, " << bytes.size() << " bytes\n";
  return write_model_bytes(opt.out_path, bytes);
}

}  // namespace vitext::train
