#include <iostream>

#include "commands.h"
#include "core/embedded_models.h"

namespace vitext::cli {

void add_version_command(CLI::App& root, Action& action) {
  auto* sub = root.add_subcommand("version", "Print the version and the embedded models");
  sub->callback([&action] {
    action = [] {
      std::cout << "vitext " << VITEXT_VERSION_STRING << "\n";
      for (const char* name : {"segmenter", "tagger", "parser"}) {
        auto bytes = vitext::embedded::find(name);
        std::cout << "  model " << name << ": "
                  << (bytes.empty() ? std::string("not embedded") : std::to_string(bytes.size()) + " bytes")
                  << "\n";
      }
      return kExitOk;
    };
  });
}

}  // namespace vitext::cli
