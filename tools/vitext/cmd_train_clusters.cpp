// `vitext train clusters --vectors words.vec --out clusters.tsv`
#include "train_commands.h"
#include "word_clusters.h"

namespace vitext::cli {

void add_train_clusters(CLI::App* train, Action& action) {
  auto* sub = train->add_subcommand("clusters", "Cluster word vectors (fastText .vec) into nested word clusters");
  auto opt = std::make_shared<vitext::train::ClusterOptions>();
  sub->add_option("--vectors", opt->vectors_path, "Word vectors, fastText .vec text format");
  sub->add_option("--corpus", opt->corpus_path,
                  "Or a corpus (a sentence a line, words separated by spaces): cluster the words by their neighbours");
  sub->add_option("--contexts", opt->contexts, "--corpus: the most frequent words that describe a word's neighbours")
      ->capture_default_str();
  sub->add_option("--dim", opt->dim, "--corpus: dimensions of the projected context vectors")->capture_default_str();
  sub->add_option("--out", opt->out_path, "Output TSV: word, then its cluster at each level")->required();
  sub->add_option("--words", opt->words, "Cluster this many words (the first of the file)")->capture_default_str();
  sub->add_option("--levels", opt->levels, "Clusters per level, finest first (each nests in the next)")
      ->delimiter(',')
      ->capture_default_str();
  sub->add_option("--iterations", opt->iterations, "k-means rounds per level")->capture_default_str();
  sub->add_option("--seed", opt->seed, "Random seed (k-means++ seeding)")->capture_default_str();
  train_when_chosen(sub, action, opt, "clusters", vitext::train::train_word_clusters);
}

}  // namespace vitext::cli
