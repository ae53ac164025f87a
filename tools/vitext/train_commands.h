// `vitext train <component>`: each trainable component registers its own sub-subcommand
// from its own file (cmd_train_<component>.cpp) and is listed in cmd_train.cpp.
#pragma once

#include <functional>
#include <iostream>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

#include "commands.h"
#include "vitext/status.h"

namespace vitext::cli {

// A CLI11 check for a mapping spec ("dev", "train" or a comma-separated list of names),
// accepted by the train library's own `valid` (valid_relation_conventions, ...).
inline std::function<std::string(const std::string&)> mapping_spec_check(bool (*valid)(std::string_view)) {
  return [valid](const std::string& v) { return valid(v) ? std::string() : "unknown mapping in " + v; };
}

// Makes `sub`, when chosen, set `action` to run `train(*options, std::cerr)`; a failure is
// reported as "vitext train <what>: <message>" with the usage exit code.
template <typename Options>
void train_when_chosen(CLI::App* sub, Action& action, std::shared_ptr<Options> options, std::string what,
                       Status (*train)(const Options&, std::ostream&)) {
  sub->callback([options, what, train, &action] {
    action = [options, what, train] {
      Status s = train(*options, std::cerr);
      if (!s.ok()) {
        std::cerr << "vitext train " << what << ": " << s.message() << "\n";
        return kExitUsage;
      }
      return kExitOk;
    };
  });
}

void add_train_segmenter(CLI::App* train, Action& action);
void add_train_tagger(CLI::App* train, Action& action);
void add_train_parser(CLI::App* train, Action& action);
void add_train_reference(CLI::App* train, Action& action);
void add_train_clusters(CLI::App* train, Action& action);
void add_train_names(CLI::App* train, Action& action);

}  // namespace vitext::cli
