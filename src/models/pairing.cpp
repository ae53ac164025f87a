#include "models/pairing.h"

#include "vitext/models.h"

namespace vitext {

std::vector<std::string> tagger_pairing_warnings(const PipelineOptions& options) {
  bool accurate = options.parser == ParserMode::kAccurate;
  if (options.tagger_model.empty() && options.parser_model.empty() &&
      !(accurate && !options.accurate_parser_model.empty()))
    return {};
  std::vector<std::string> warnings;
  ModelInfo tagger;
  if (!describe_model("tagger", options.tagger_model, tagger).ok()) return warnings;
  std::vector<std::pair<std::string, std::string>> parsers = {{"parser", options.parser_model}};
  if (accurate) parsers.emplace_back("parser-accurate", options.accurate_parser_model);
  for (const auto& [name, path] : parsers) {
    ModelInfo parser;
    if (!describe_model(name, path, parser).ok()) continue;  // loading the stage reports it
    std::string warning = tagger_mismatch_warning(tagger, parser);
    if (!warning.empty()) warnings.push_back(std::move(warning));
  }
  return warnings;
}

}  // namespace vitext
