#include "pipeline_options.h"

namespace vitext::cli {

CLI::Option* add_pipeline_flag(CLI::App* app, const std::string& flag, const std::string& option,
                               PipelineOptions& options, const std::string& help) {
  auto* opt = app->add_option_function<std::string>(
      "--" + flag,
      [&options, option, flag](const std::string& value) {
        Status st = parse_pipeline_option(option, value, options);
        if (!st.ok()) throw CLI::ValidationError("--" + flag, st.message());
      },
      help);
  return opt;
}

void add_text_pipeline_options(CLI::App* app, PipelineOptions& o) {
  add_pipeline_flag(app, "from", "from", o,
                    "Input encoding: " + option_values("from", ", ") + " (auto detects legacy encodings)")
      ->default_str(std::string(encoding_name(o.from)));
  app->add_flag("--strict", o.strict, "Invalid UTF-8 is an error (default: replaced by U+FFFD and counted)");
  add_pipeline_flag(app, "tone", "tone", o,
                    "Tone placement of the analysed view: new (hóa, thủy), old (hoá, thuỷ) or keep; "
                    "output text is always the original")
      ->default_str(std::string(tone_style_name(o.tone)));
}

void add_conventions_option(CLI::App* app, PipelineOptions& o) {
  add_pipeline_flag(app, "conventions", "conventions", o,
                    "Word conventions: vtb (UD VTB words, what the tagger and parser read) or vlsp (VnCoreNLP's "
                    "RDRsegmenter words, what PhoBERT expects; segmentation only: --until segment)")
      ->default_str(std::string(conventions_name(o.conventions)));
}

void add_user_dict_option(CLI::App* app, PipelineOptions& o) {
  app->add_option_function<std::vector<std::string>>(
      "--user-dict",
      [&o](const std::vector<std::string>& files) {
        for (const std::string& f : files) (void)parse_pipeline_option("user_dict", f, o);
      },
      "File of extra words, one per line (e.g. 'An ninh điều tra'); may be repeated");
}

void add_pipeline_options(CLI::App* app, PipelineOptions& o, bool with_until) {
  if (with_until) {
    add_pipeline_flag(app, "until", "until", o, "Last stage to run: " + option_values("until", "|"))
        ->default_str(std::string(stage_name(o.until)));
  }
  add_text_pipeline_options(app, o);
  add_conventions_option(app, o);
  add_pipeline_flag(app, "segmenter-model", "segmenter_model", o, "Segmenter model file (default: the embedded one)");
  add_pipeline_flag(app, "tagger-model", "tagger_model", o, "Tagger model file (default: the embedded one)");
  add_pipeline_flag(app, "parser-model", "parser_model", o, "Parser model file (default: the embedded one)");
  add_pipeline_flag(app, "parser", "parser", o, kParserModeHelp)->default_str(std::string(parser_mode_name(o.parser)));
  add_pipeline_flag(app, "accurate-parser-model", "accurate_parser_model", o, kAccurateParserModelHelp);
  add_user_dict_option(app, o);
}

}  // namespace vitext::cli
