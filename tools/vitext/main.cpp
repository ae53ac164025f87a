// vitext: Vietnamese text analysis from the command line.
#include <cstdio>
#include <iostream>

#include "commands.h"

int main(int argc, char** argv) {
  using namespace vitext::cli;
  CLI::App app{"vitext: fast, accurate Vietnamese text analysis.\n"
               "Every result carries byte offsets into your original input."};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("vitext ") + VITEXT_VERSION_STRING);
  Action action;
  add_version_command(app, action);
  add_convert_command(app, action);
  add_process_command(app, action);
  add_sentences_command(app, action);
  add_tokenize_command(app, action);
  add_facts_command(app, action);
  add_analyze_command(app, action);
  add_segment_command(app, action);
  add_train_command(app, action);
  add_normalize_command(app, action);
  add_parse_command(app, action);
  add_tag_command(app, action);
  add_serve_command(app, action);
  add_index_command(app, action);
  add_search_command(app, action);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  if (!action) return kExitUsage;
  try {
    return action();
  } catch (const std::exception& e) {
    std::cerr << "vitext: internal error: " << e.what() << "\n";
    return kExitUsage;
  }
}
