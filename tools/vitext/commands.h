// The vitext CLI: one file per subcommand (cmd_<name>.cpp), each exposing one function
// that registers its subcommand on the root app and, when chosen, sets `action`.
#pragma once

#include <functional>

#include <CLI/CLI.hpp>

namespace vitext::cli {

// Exit codes shared by every subcommand (docs/cli.md).
enum ExitCode : int {
  kExitOk = 0,            // every document processed
  kExitSomeErrors = 1,    // some documents were errors; all others were written
  kExitUsage = 2,         // bad flag, unreadable file or model: nothing useful was done
};

using Action = std::function<int()>;

void add_version_command(CLI::App& root, Action& action);
void add_convert_command(CLI::App& root, Action& action);
void add_process_command(CLI::App& root, Action& action);
void add_sentences_command(CLI::App& root, Action& action);
void add_tokenize_command(CLI::App& root, Action& action);
void add_facts_command(CLI::App& root, Action& action);
void add_analyze_command(CLI::App& root, Action& action);
void add_segment_command(CLI::App& root, Action& action);
void add_train_command(CLI::App& root, Action& action);
void add_normalize_command(CLI::App& root, Action& action);
void add_parse_command(CLI::App& root, Action& action);
void add_tag_command(CLI::App& root, Action& action);
void add_serve_command(CLI::App& root, Action& action);
void add_index_command(CLI::App& root, Action& action);
void add_search_command(CLI::App& root, Action& action);

}  // namespace vitext::cli
