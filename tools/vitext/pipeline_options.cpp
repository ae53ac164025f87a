#include "pipeline_options.h"

namespace vitext::cli {

void add_pipeline_options(CLI::App* app, PipelineOptions& o, bool with_until) {
  if (with_until) {
    std::string stages;
    for (const auto& n : Pipeline::stage_names()) stages += (stages.empty() ? "" : "|") + n;
    app->add_option("--until", o.until, "Last stage to run: " + stages)->capture_default_str();
  }
  app->add_option("--from", o.from,
                  "Input encoding: auto, utf-8, tcvn3, vni, viscii, viqr, cp1258 (auto detects legacy encodings)")
      ->capture_default_str();
  app->add_flag("--strict", o.strict, "Invalid UTF-8 is an error (default: replaced by U+FFFD and counted)");
  app->add_option("--tone", o.tone,
                  "Tone placement of the analysed view: new (hóa, thủy), old (hoá, thuỷ) or keep; "
                  "output text is always the original")
      ->capture_default_str();
  app->add_option("--segmenter-model", o.segmenter_model, "Segmenter model file (default: the embedded one)");
  app->add_option("--tagger-model", o.tagger_model, "Tagger model file (default: the embedded one)");
  app->add_option("--parser-model", o.parser_model, "Parser model file (default: the embedded one)");
  app->add_option("--parser", o.parser_mode, kParserModeHelp)->capture_default_str();
  app->add_option("--accurate-parser-model", o.accurate_parser_model, kAccurateParserModelHelp);
  app->add_option("--user-dict", o.user_dictionaries,
                  "File of extra words, one per line (e.g. 'An ninh điều tra'); may be repeated");
}

}  // namespace vitext::cli
