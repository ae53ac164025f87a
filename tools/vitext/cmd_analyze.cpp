// vitext analyze: the whole pipeline (or a prefix of it, --until) over documents, written in
// any of the shared output formats (JSON Lines by default).
#include <memory>

#include "commands.h"
#include "document_output.h"
#include "pipeline_options.h"

namespace vitext::cli {
namespace {

struct AnalyzeOptions {
  InputOptions input;
  PipelineOptions pipeline;
  std::string format = "json";
  std::string output = "-";
  bool tokens = false;
  bool pretty = false;
};

int run_analyze(const AnalyzeOptions& o) {
  std::unique_ptr<Pipeline> pipeline;
  Status st = Pipeline::create(o.pipeline, pipeline);
  if (!st.ok()) {
    std::cerr << "vitext: " << st.message() << "\n";
    return kExitUsage;
  }
  WriteOptions wo;
  wo.tokens = o.tokens;
  wo.indent = o.pretty ? 2 : -1;
  return run_and_write(o.input, *pipeline, o.output, o.format, wo);
}

}  // namespace

void add_analyze_command(CLI::App& root, Action& action) {
  auto o = std::make_shared<AnalyzeOptions>();
  auto* sub = root.add_subcommand(
      "analyze", "Run the pipeline (decode, normalize, tokens, sentences, words, tags, dependencies) over documents");
  add_input_options(sub, o->input);
  add_pipeline_options(sub, o->pipeline, true);
  add_format_option(sub, o->format,
                    "json (one object per document, JSON Lines), conllu, tsv (start, end, word), underscore "
                    "(the input's lines, Công_an tỉnh) or text (a sentence per line)");
  sub->add_option("-o,--output", o->output, "Output file (default: standard output)");
  sub->add_flag("--tokens", o->tokens, "JSON: include each sentence's typed tokens");
  sub->add_flag("--pretty", o->pretty, "JSON: indent (one document per several lines)");
  sub->callback([o, &action] { action = [o] { return run_analyze(*o); }; });
}

}  // namespace vitext::cli
