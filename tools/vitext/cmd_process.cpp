// vitext process: corpus-scale processing. Streams documents through a prefix of the
// pipeline on several threads (one shared model), filters duplicates and non-Vietnamese
// documents, and writes one record per document read, in input order.
#include <iostream>
#include <memory>

#include "commands.h"
#include "corpus_run.h"
#include "document_output.h"
#include "pipeline_options.h"
#include "staged_output.h"
#include "stop_signal.h"

namespace vitext::cli {
namespace {

struct ProcessCliOptions {
  CorpusRunOptions run;
  std::string format = "jsonl";
  std::string output = "-";
  bool no_quality = false;
  bool tokens = false;
};

int run_process(const ProcessCliOptions& o) {
  ProcessOptions po;
  ReaderOptions ro;
  std::vector<std::string> files;
  Status st = parse_output_format(o.format, po.format);
  if (st.ok()) st = prepare_corpus_run(o.run, po, ro, files);
  std::unique_ptr<Pipeline> pipeline;
  if (st.ok()) st = Pipeline::create(o.run.pipeline, pipeline);
  if (!st.ok()) {
    std::cerr << "vitext process: " << st.message() << "\n";
    return kExitUsage;
  }
  for (const auto& stage : pipeline->stages()) po.stages.push_back(stage.get());
  po.write.tokens = o.tokens;
  po.quality = !o.no_quality;

  StagedOutput output;
  st = output.open(o.output);
  if (!st.ok()) {
    std::cerr << "vitext process: " << st.message() << "\n";
    return kExitUsage;
  }
  std::ostream& out = output.stream();
  std::ios::sync_with_stdio(false);

  CorpusProcessor processor(po);
  ProcessSummary sum;
  double secs = 0;
  st = run_corpus("vitext process", o.run, processor, files, ro, out, sum, secs);
  if (!st.ok()) {
    // A write failed: what was written is cut off somewhere, so it is not kept.
    output.discard();
    std::cerr << "vitext process: " << st.message() << " (writing " << output.writing_to() << "); stopped after "
              << sum.read << " documents" << (output.staged() ? ", the partial output was removed" : "") << "\n";
    return kExitUsage;
  }
  if (sum.interrupted) {
    // Every record read was written whole; the output stays under its .part name.
    out.flush();
    std::cerr << "vitext process: interrupted by signal " << stop_signal_number() << ": the " << sum.read
              << " documents read so far are in " << output.writing_to()
              << (output.staged() ? " (incomplete; run the same command again to redo it)" : " (incomplete)") << "\n";
    return 128 + stop_signal_number();
  }
  st = output.commit();
  if (!st.ok()) {
    std::cerr << "vitext process: " << st.message() << "\n";
    return kExitUsage;
  }
  if (sum.input_errors > 0) return kExitUsage;
  return sum.errors > 0 ? kExitSomeErrors : kExitOk;
}

}  // namespace

void add_process_command(CLI::App& root, Action& action) {
  auto o = std::make_shared<ProcessCliOptions>();
  // Corpus work mostly wants words: stop after segmentation unless asked for more.
  o->run.pipeline.until = StageId::kSegment;
  auto* sub = root.add_subcommand(
      "process",
      "Process a corpus: many documents, several threads, output in input order, duplicates and non-Vietnamese "
      "documents filtered, a summary at the end");
  add_input_options(sub, o->run.input);
  add_pipeline_options(sub, o->run.pipeline, true);
  add_format_option(sub, o->format,
                    "jsonl (one JSON object per document), conllu, tsv, underscore (the input's lines), or text "
                    "(one sentence per line, words with '_' between syllables, a blank line after each document)");
  sub->add_option("-o,--output", o->output, "Output file (default: standard output)");
  sub->add_flag("--no-quality", o->no_quality, "Do not write meta.quality");
  sub->add_flag("--tokens", o->tokens, "JSON: include each sentence's typed tokens");
  add_corpus_run_options(sub, o->run);
  sub->callback([o, &action] { action = [o] { return run_process(*o); }; });
}

}  // namespace vitext::cli
