// `vitext train`: the parent of every component's training command.
#include "commands.h"
#include "train_commands.h"

namespace vitext::cli {

void add_train_command(CLI::App& root, Action& action) {
  auto* train = root.add_subcommand("train", "Train a model from annotated data (CoNLL-U)");
  train->require_subcommand(1);
  // One line per component; the registration lives in cmd_train_<component>.cpp.
  add_train_segmenter(train, action);
  add_train_tagger(train, action);
  add_train_parser(train, action);
  add_train_reference(train, action);
  add_train_clusters(train, action);
  add_train_names(train, action);
}

}  // namespace vitext::cli
