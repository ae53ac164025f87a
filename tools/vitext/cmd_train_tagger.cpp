#include <iostream>

#include "train_commands.h"
#include "train_tagger.h"
#include "word_conventions.h"

namespace vitext::cli {

void add_train_tagger(CLI::App* train, Action& action) {
  auto* sub = train->add_subcommand("tagger", "Train the part-of-speech tagger from CoNLL-U");
  auto opt = std::make_shared<vitext::train::TaggerTrainOptions>();
  sub->add_option("--train", opt->train_paths, "Training CoNLL-U file(s)")->required();
  sub->add_option("--dev", opt->dev_path, "Development CoNLL-U file (accuracy per epoch)");
  sub->add_option("--out", opt->out_path, "Output model file")->required();
  sub->add_option("--seed", opt->seed, "Random seed (shuffling)");
  sub->add_option("--epochs", opt->epochs, "Training epochs");
  sub->add_option("--min-weight", opt->min_weight, "Drop averaged weights smaller than this");
  sub->add_option("--rare-dropout", opt->rare_dropout, "Chance of hiding a once-seen word (unknown-word training)");
  sub->add_option("--bigrams", opt->bigrams_path,
                  "Ranked syllable bigram list for distributional syllable classes (default: " +
                      std::string(vitext::train::kDefaultBigramsPath) + " if present; 'none' for no classes)");
  sub->add_option("--classes", opt->classes, "Number of syllable classes");
  sub->add_option("--word-clusters", opt->word_clusters_path,
                  "Word clusters learnt from unlabelled text (TSV of `vitext train clusters`, train/vectors.sh); "
                  "stored in the model, and in the parser trained with this tagger");
  sub->add_option("--cluster-words", opt->cluster_words, "Store the clusters of this many words (the first of the file)")
      ->capture_default_str();
  sub->add_option("--ensemble", opt->ensemble, "Perceptrons (own sentence order and jackknife folds) averaged into the model");
  sub->add_option("--directional-verbs", opt->directional_verbs,
                  "'dev' retags directional verbs after a verb VERB in the training trees (the dev convention), "
                  "'train' keeps their tags")
      ->check(CLI::IsMember({"dev", "train"}));
  sub->add_option("--word-conventions", opt->word_conventions,
                  "'dev' retags words that train and dev tag differently (sau, trước, ngoài, khoảng, hơn, VN, "
                  "HCM, initials) by dev's rule; 'train' keeps the file's tags; or a comma-separated list of "
                  "relational-nouns, numeral-modifiers, comparative-hon, name-abbreviations")
      ->check(mapping_spec_check(vitext::train::valid_word_conventions))
      ->capture_default_str();
  sub->add_option("--feature-version", opt->feature_version,
                  "Feature templates to train (src/tag/tag_features.h); older ones reproduce older models")
      ->capture_default_str();
  train_when_chosen(sub, action, opt, "tagger", vitext::train::train_tagger);
}

}  // namespace vitext::cli
