// `vitext train names --corpus news.jsonl.zst --exclude eval/news/sentences.tsv --out models/names.bin`
#include "train_commands.h"
#include "train_names.h"

namespace vitext::cli {

void add_train_names(CLI::App* train, Action& action) {
  auto* sub = train->add_subcommand("names", "Learn a lexicon of names from unlabelled text typed by the extraction rules");
  auto opt = std::make_shared<vitext::train::NamesTrainOptions>();
  sub->add_option("--corpus", opt->corpus_paths, "JSON Lines articles (id, text); gzip or zstd")->required();
  sub->add_option("--exclude", opt->exclude_paths,
                  "TSV whose first column lists article ids to leave out (the evaluation articles)");
  sub->add_option("--out", opt->out_path, "Output lexicon (models/names.bin)")->required();
  sub->add_option("--max-documents", opt->max_documents, "Read at most this many articles (0: all)")
      ->capture_default_str();
  sub->add_option("--min-typed", opt->min_typed, "Times a name of two words or more was typed by a rule")
      ->capture_default_str();
  sub->add_option("--min-typed-single", opt->min_typed_single, "Times a one-word name was typed by a rule")
      ->capture_default_str();
  sub->add_option("--min-share", opt->min_share, "Share of its typed occurrences the dominant type must have")
      ->capture_default_str();
  sub->add_option("--min-typed-ratio", opt->min_typed_ratio,
                  "Share of all its capitalised occurrences that were typed")
      ->capture_default_str();
  train_when_chosen(sub, action, opt, "names", vitext::train::train_names);
}

}  // namespace vitext::cli
