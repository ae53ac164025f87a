#include <iostream>

#include "train_commands.h"
#include "relation_conventions.h"
#include "word_conventions.h"
#include "train_parser.h"

namespace vitext::cli {

void add_train_parser(CLI::App* train, Action& action) {
  auto* sub = train->add_subcommand("parser", "Train the dependency parser from CoNLL-U");
  auto opt = std::make_shared<vitext::train::ParserTrainOptions>();
  sub->add_option("--train", opt->train_paths, "Training CoNLL-U file(s)")->required();
  sub->add_option("--dev", opt->dev_path, "Development CoNLL-U file (UAS/LAS per epoch)");
  sub->add_option("--out", opt->out_path, "Output model file")->required();
  sub->add_option("--tagger", opt->tagger_path, "Tagger model: dev is re-tagged with it");
  sub->add_option("--jackknife", opt->jackknife, "With --tagger: train on k-fold jackknifed tags (k >= 2)");
  sub->add_option("--seed", opt->seed, "Random seed (shuffling, exploration)");
  sub->add_option("--epochs", opt->epochs, "Training epochs");
  sub->add_option("--beam", opt->beam, "1: greedy (dynamic oracle); k > 1: beam search of width k, trained globally")
      ->capture_default_str();
  sub->add_option("--greedy-epochs", opt->greedy_epochs, "With --beam: train greedily for these first epochs")
      ->capture_default_str();
  sub->add_option("--ensemble", opt->ensemble, "Perceptrons trained on different sentence orders, weights averaged")
      ->capture_default_str();
  sub->add_option("--explore", opt->explore, "Probability of following a wrong prediction (dynamic oracle)");
  sub->add_option("--punct", opt->punct, "Training commas/colons: 'following' re-attaches them to the next phrase "
                  "(the dev/UD convention), 'as-is' keeps the file's heads")
      ->check(CLI::IsMember({"following", "as-is"}))
      ->capture_default_str();
  sub->add_option("--directional-verbs", opt->directional_verbs,
                  "'dev' relates directional verbs after a verb by compound:dir and has the jackknife taggers "
                  "tag them VERB (the dev convention), 'train' keeps the file's relations and tags")
      ->check(CLI::IsMember({"dev", "train"}))
      ->capture_default_str();
  sub->add_option("--relations", opt->relations,
                  "'dev' relabels relations that train and dev label differently by dev's rule, 'train' keeps the "
                  "file's, or a comma-separated list of noun-compounds, noun-obliques, adjective-clauses, "
                  "quantity-adverbs, adjective-complements, adjective-obliques, conjunctions")
      ->check(mapping_spec_check(vitext::train::valid_relation_conventions))
      ->capture_default_str();
  sub->add_option("--word-conventions", opt->word_conventions,
                  "'dev' rewrites words that train and dev tag and attach differently by dev's rule, for the "
                  "trees and the jackknife taggers; 'train' keeps the file's; or a comma-separated list of "
                  "relational-nouns, numeral-modifiers, comparative-hon, name-abbreviations")
      ->check(mapping_spec_check(vitext::train::valid_word_conventions))
      ->capture_default_str();
  sub->add_option("--write-trees", opt->write_trees,
                  "Also write the trees the parser learns from (conventions applied, jackknifed tags) to "
                  "PREFIX.train.conllu, and dev with the tagger's tags to PREFIX.dev.conllu");
  sub->add_option("--extra-trees", opt->extra_tree_paths,
                  "CoNLL-U trees learnt from as they are (no mappings, no re-tagging), after the treebank's: "
                  "e.g. unlabelled sentences two parsers agree on (train/agreed_trees.sh)");
  sub->add_option("--min-weight", opt->min_weight, "Drop averaged weights smaller than this");
  sub->add_option("--min-updates", opt->min_updates, "Drop features updated fewer times than this (model size)")
      ->capture_default_str();
  train_when_chosen(sub, action, opt, "parser", vitext::train::train_parser);
}

}  // namespace vitext::cli
