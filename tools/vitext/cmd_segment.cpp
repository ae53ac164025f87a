// `vitext segment`: word segmentation of raw text. It is `vitext analyze --until segment`
// with the underscore format by default: the same pipeline (decode, normalize, tokenize,
// sentences, segment), so its words are analyze's words on any input, and the same writers.
#include <memory>

#include "commands.h"
#include "document_output.h"
#include "pipeline_options.h"

namespace vitext::cli {
namespace {

struct SegmentOptions {
  InputOptions input;
  PipelineOptions pipeline;
  std::string format = "underscore";
  std::string output = "-";
};

int run_segment(const SegmentOptions& o) {
  std::unique_ptr<Pipeline> pipeline;
  if (Status st = Pipeline::create(o.pipeline, pipeline); !st.ok()) {
    std::cerr << "vitext segment: " << st.message() << "\n";
    return kExitUsage;
  }
  return run_and_write(o.input, *pipeline, o.output, o.format, WriteOptions{});
}

}  // namespace

void add_segment_command(CLI::App& root, Action& action) {
  auto o = std::make_shared<SegmentOptions>();
  o->input.format = "text";  // a file is one document unless asked otherwise
  o->pipeline.until = StageId::kSegment;
  auto* sub = root.add_subcommand("segment", "Split Vietnamese text into words (Công_an tỉnh Thanh_Hóa)");
  add_input_options(sub, o->input);
  add_text_pipeline_options(sub, o->pipeline);
  add_conventions_option(sub, o->pipeline);
  add_format_option(sub, o->format,
                    "underscore: one output line per input line, syllables of a word joined by '_'; "
                    "conllu; json (JSON Lines, byte offsets); tsv (start, end, form); text (a sentence per line)");
  sub->add_option("-o,--output", o->output, "Output file (default: standard output)");
  add_pipeline_flag(sub, "model,--segmenter-model", "segmenter_model", o->pipeline,
                    "Segmenter model file (default: the embedded model of --conventions)");
  add_user_dict_option(sub, o->pipeline);
  sub->callback([&action, o] { action = [o] { return run_segment(*o); }; });
}

}  // namespace vitext::cli
