// `vitext train <component>`: each trainable component registers its own sub-subcommand
// from its own file (cmd_train_<component>.cpp) and is listed in cmd_train.cpp.
#pragma once

#include "commands.h"

namespace vitext::cli {

void add_train_segmenter(CLI::App* train, Action& action);
void add_train_tagger(CLI::App* train, Action& action);
void add_train_parser(CLI::App* train, Action& action);

}  // namespace vitext::cli
