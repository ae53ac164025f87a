// `vitext train segmenter --train FILE.conllu [--train ...] [--dev FILE] --out FILE`
#include <fstream>
#include <iostream>
#include <memory>

#include "provenance.h"
#include "segment/segmenter_trainer.h"
#include "train_commands.h"

namespace vitext::cli {

void add_train_segmenter(CLI::App* train, Action& action) {
  auto opts = std::make_shared<vitext::train::SegmenterTrainOptions>();
  auto out = std::make_shared<std::string>();
  auto* sub = train->add_subcommand("segmenter", "Train the word segmenter");
  sub->add_option("--train", opts->train_files, "Training CoNLL-U file (repeatable)")->required();
  sub->add_option("--dev", opts->dev_file, "Dev CoNLL-U file, scored after each epoch (not trained on)");
  sub->add_option("--bigrams", opts->bigrams_file,
                  "Ranked syllable bigram list (default: ../shared/data/lexical/vie.word.bigrams if present; "
                  "'none' to train without)");
  sub->add_option("--out", *out, "Where to write the model")->required();
  sub->add_option("--epochs", opts->epochs, "Training epochs")->capture_default_str();
  sub->add_option("--seed", opts->seed, "Random seed (sentence order)")->capture_default_str();
  sub->add_option("--hash-bits", opts->hash_bits, "log2 of the feature weight table size")->capture_default_str();
  sub->add_option("--folds", opts->folds, "Jackknife folds for the lexicon features")->capture_default_str();
  sub->add_option("--classes", opts->classes, "Syllable classes learnt from the bigram list (0: none)")
      ->capture_default_str();
  sub->add_option("--ensemble", opts->ensemble, "Perceptrons (one per sentence order) averaged into the model")
      ->capture_default_str();
  sub->add_option("--given-names", opts->given_name_files,
                  "Given-name list, one name per line (repeatable; default: the lists in "
                  "../shared/data/gazetteers if present; 'none' for none)");
  sub->add_option("--syllable-stats", opts->syllable_stats_files,
                  "Syllable statistics from large text (train/segment_stats.sh output; repeatable); adds the "
                  "corpus features");
  sub->add_option("--stats-min-rdr", opts->stats.min_rdr, "Least RDR occurrences of a pair that count")
      ->capture_default_str();
  sub->add_option("--stats-min-news", opts->stats.min_news, "Least news occurrences of a pair that count")
      ->capture_default_str();
  sub->add_option("--conventions", opts->conventions,
                  "Word conventions of the training words, recorded in the model: vtb (UD VTB) or vlsp "
                  "(RDRsegmenter's, bench/train_vlsp.sh)")
      ->check(CLI::IsMember({"vtb", "vlsp"}))
      ->capture_default_str();
  sub->add_flag("--case-augment", opts->case_augment, "Also train on a lower-cased copy of every sentence");
  sub->callback([&action, opts, out] {
    action = [opts, out] {
      auto options = *opts;
      if (options.bigrams_file.empty()) {
        const char* fallback = "../shared/data/lexical/vie.word.bigrams";
        if (std::ifstream(fallback)) options.bigrams_file = fallback;
      } else if (options.bigrams_file == "none") {
        options.bigrams_file.clear();
      }
      if (options.given_name_files.empty()) {
        for (const char* fallback : {"../shared/data/gazetteers/given-names-male.txt",
                                     "../shared/data/gazetteers/given-names-female.txt"}) {
          if (std::ifstream(fallback)) options.given_name_files.push_back(fallback);
        }
      } else if (options.given_name_files == std::vector<std::string>{"none"}) {
        options.given_name_files.clear();
      }
      options.log = &std::cerr;
      vitext::segment::SegmenterModel model;
      if (Status s = vitext::train::train_segmenter(options, model); !s.ok()) {
        std::cerr << "vitext train segmenter: " << s.message() << "\n";
        return static_cast<int>(kExitUsage);
      }
      std::string bytes = model.serialize();
      std::vector<std::string> data = options.train_files;
      if (!options.bigrams_file.empty()) data.push_back(options.bigrams_file);
      data.insert(data.end(), options.given_name_files.begin(), options.given_name_files.end());
      data.insert(data.end(), options.syllable_stats_files.begin(), options.syllable_stats_files.end());
      if (Status s = vitext::train::stamp_provenance(bytes, data); !s.ok()) {
        std::cerr << "vitext train segmenter: " << s.message() << "\n";
        return static_cast<int>(kExitUsage);
      }
      std::ofstream f(*out, std::ios::binary);
      if (!f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()))) {
        std::cerr << "vitext train segmenter: cannot write " << *out << "\n";
        return static_cast<int>(kExitUsage);
      }
      std::cerr << "wrote " << *out << " (" << bytes.size() << " bytes)\n";
      return static_cast<int>(kExitOk);
    };
  });
}

}  // namespace vitext::cli
