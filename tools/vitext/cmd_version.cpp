#include <iostream>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "vitext/models.h"

namespace vitext::cli {
namespace {

// The model's provenance lines (models/README.md, "Provenance"), from its meta section.
void print_provenance(const ModelInfo& model, const std::vector<ModelInfo>& all) {
  std::cout << "    content sha256 " << model.content_sha256 << "\n";
  nlohmann::json meta = nlohmann::json::parse(model.meta_json, nullptr, false);
  if (!meta.is_object() || !meta.contains("provenance")) {
    std::cout << "    provenance: not recorded\n";
    return;
  }
  const nlohmann::json& p = meta["provenance"];
  std::cout << "    commit " << p.value("commit", "unknown") << "\n";
  if (p.contains("stamped")) std::cout << "    note: " << p.value("stamped", "") << "\n";
  std::cout << "    command: " << p.value("command", "") << "\n";
  if (p.contains("data") && p["data"].is_array()) {
    for (const auto& d : p["data"]) std::cout << "    data: " << d.value("path", "") << " sha256 " << d.value("sha256", "") << "\n";
  }
  if (!model.tagger_sha256.empty()) {
    bool embedded = false;
    for (const ModelInfo& m : all) embedded |= m.name == "tagger" && m.content_sha256 == model.tagger_sha256;
    std::cout << "    trained with tagger " << model.tagger_sha256
              << (embedded ? " (the embedded tagger)" : " (NOT the embedded tagger)") << "\n";
  }
}

}  // namespace

void add_version_command(CLI::App& root, Action& action) {
  auto* sub = root.add_subcommand("version", "Print the version and the embedded models with their provenance");
  sub->callback([&action] {
    action = [] {
      std::cout << "vitext " << VITEXT_VERSION_STRING << "\n";
      const std::vector<ModelInfo> models = embedded_models();
      for (const char* name : {"segmenter", "segmenter-vlsp", "tagger", "parser", "parser-accurate", "names"}) {
        const ModelInfo* found = nullptr;
        for (const ModelInfo& m : models) found = m.name == name ? &m : found;
        std::cout << "  model " << name << ": "
                  << (found ? std::to_string(found->bytes) + " bytes" : std::string("not embedded")) << "\n";
        if (found) print_provenance(*found, models);
      }
      return kExitOk;
    };
  });
}

}  // namespace vitext::cli
