// `vitext parse --input-format conllu [FILE]` and `vitext tag --input-format conllu [FILE]`:
// re-tag (and parse) sentences whose words the user already segmented. FORM is read as
// given; every other column the tools predict is replaced; comments are kept.
#include <fstream>
#include <iostream>

#include "commands.h"
#include "vitext/conllu.h"
#include "pipeline_options.h"
#include "vitext/parser.h"
#include "vitext/tagger.h"

namespace vitext::cli {
namespace {

struct ParseOptions {
  std::string input = "-";
  std::string input_format = "conllu";
  PipelineOptions models;  // the tagger and parser choices (the other fields are unused)
  uint32_t beam = 0;  // 0: the width the model was trained with
};

template <typename Model>
Status load_model(const std::string& path, Model& model) {
  return path.empty() ? Model::load_default(model) : Model::load_file(path, model);
}

int run(const ParseOptions& opt, bool parse) {
  if (opt.input_format != "conllu") {
    std::cerr << "vitext: --input-format " << opt.input_format << " is not supported here (use conllu)\n";
    return kExitUsage;
  }
  Tagger tagger;
  Parser parser;
  if (Status s = load_model(opt.models.tagger_model, tagger); !s.ok()) {
    std::cerr << "vitext: tagger model: " << s.message() << "\n";
    return kExitUsage;
  }
  if (parse) {
    if (Status s = load_model(opt.models.parser_model, parser); !s.ok()) {
      std::cerr << "vitext: parser model: " << s.message() << "\n";
      return kExitUsage;
    }
    if (opt.beam > 0) parser.set_beam_width(opt.beam);
    if (Status s = parser.set_mode(opt.models.parser, opt.models.accurate_parser_model); !s.ok()) {
      std::cerr << "vitext: parser: " << s.message() << "\n";
      return kExitUsage;
    }
  }
  std::vector<ConlluSentence> sentences;
  Status read = opt.input == "-" ? read_conllu(std::cin, sentences) : read_conllu_file(opt.input, sentences);
  if (!read.ok()) {
    std::cerr << "vitext: " << read.message() << "\n";
    return kExitUsage;
  }
  for (auto& s : sentences) {
    tagger.apply(s);
    if (parse) parser.apply(s);
    write_conllu(std::cout, s);
  }
  std::cout.flush();
  return std::cout ? kExitOk : kExitSomeErrors;
}

void add_options(CLI::App* sub, ParseOptions& opt, bool parse) {
  sub->add_option("FILE", opt.input, "CoNLL-U input (default: standard input)");
  sub->add_option("--input-format", opt.input_format, "Input format (conllu: words given, one per line)");
  add_pipeline_flag(sub, "tagger-model", "tagger_model", opt.models, "Tagger model file (default: the embedded model)");
  if (parse) {
    add_pipeline_flag(sub, "parser-model", "parser_model", opt.models, "Parser model file (default: the embedded model)");
    sub->add_option("--beam", opt.beam, "Beam width (1: greedy; default: the width the model was trained with)");
    add_pipeline_flag(sub, "parser", "parser", opt.models, kParserModeHelp)->default_str("fast");
    add_pipeline_flag(sub, "accurate-parser-model", "accurate_parser_model", opt.models, kAccurateParserModelHelp);
  }
}

}  // namespace

void add_parse_command(CLI::App& root, Action& action) {
  auto opt = std::make_shared<ParseOptions>();
  auto* sub = root.add_subcommand("parse", "Tag and parse pre-segmented words (CoNLL-U in, CoNLL-U out)");
  add_options(sub, *opt, true);
  sub->callback([opt, &action] { action = [opt] { return run(*opt, true); }; });
}

void add_tag_command(CLI::App& root, Action& action) {
  auto opt = std::make_shared<ParseOptions>();
  auto* sub = root.add_subcommand("tag", "Tag pre-segmented words (CoNLL-U in, CoNLL-U out)");
  add_options(sub, *opt, false);
  sub->callback([opt, &action] { action = [opt] { return run(*opt, false); }; });
}

}  // namespace vitext::cli
