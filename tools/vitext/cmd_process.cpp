// vitext process: corpus-scale processing. Streams documents through a prefix of the
// pipeline on several threads (one shared model), filters duplicates and non-Vietnamese
// documents, and writes one record per document read, in input order.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <thread>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "vitext/corpus.h"
#include "document_output.h"
#include "input_options.h"
#include "pipeline_options.h"
#include "progress_meter.h"
#include "staged_output.h"
#include "stop_signal.h"

namespace vitext::cli {
namespace {

struct ProcessCliOptions {
  InputOptions input;
  PipelineOptions pipeline;
  std::string format = "jsonl";
  std::string output = "-";
  size_t threads = std::max(1u, std::thread::hardware_concurrency());
  size_t window = 0;
  std::string dedup = "off";
  double threshold = 0.8;
  int shingle = 5;
  bool keep_duplicates = false;
  double min_vietnamese = -1;
  uint64_t min_chars = 0;
  bool no_quality = false;
  bool tokens = false;
  bool no_progress = false;
  double progress_interval = 10;
  std::string stats;
};

// Sum of the input files' sizes when every input is an uncompressed regular file (then the
// bytes of documents read track it closely); 0 when unknown.
uint64_t known_total_bytes(const std::vector<std::string>& files) {
  uint64_t total = 0;
  for (const std::string& f : files) {
    if (f == "-") return 0;
    std::ifstream in(f, std::ios::binary | std::ios::ate);
    if (!in) return 0;
    auto size = static_cast<uint64_t>(in.tellg());
    in.seekg(0);
    unsigned char magic[4] = {0, 0, 0, 0};
    in.read(reinterpret_cast<char*>(magic), 4);
    bool gzip = magic[0] == 0x1f && magic[1] == 0x8b;
    bool zstd = magic[0] == 0x28 && magic[1] == 0xb5 && magic[2] == 0x2f && magic[3] == 0xfd;
    if (gzip || zstd) return 0;
    total += size;
  }
  return total;
}

nlohmann::json summary_json(const ProcessSummary& s, double seconds) {
  double mb = double(s.bytes) / 1e6;
  return {{"read", s.read},
          {"ok", s.ok},
          {"errors", s.errors},
          {"filtered", s.filtered},
          {"duplicates", s.duplicates},
          {"bytes", s.bytes},
          {"input_errors", s.input_errors},
          {"interrupted", s.interrupted},
          {"seconds", seconds},
          {"mb_per_s", seconds > 0 ? mb / seconds : 0.0},
          {"docs_per_s", seconds > 0 ? double(s.read) / seconds : 0.0}};
}

const char* kind_name(RecordKind k) {
  switch (k) {
    case RecordKind::kError: return "error";
    case RecordKind::kFiltered: return "filtered";
    case RecordKind::kDuplicate: return "duplicate";
    default: return "ok";
  }
}

int run_process(const ProcessCliOptions& o) {
  ProcessOptions po;
  Status st = parse_output_format(o.format, po.format);
  if (st.ok()) st = parse_dedup_mode(o.dedup, po.dedup.mode);
  if (st.ok() && (o.threshold <= 0 || o.threshold > 1)) st = Status::InvalidArgument("--dedup-threshold must be in (0, 1]");
  ReaderOptions ro;
  if (st.ok()) st = parse_input_format(o.input.format, ro.format);
  std::vector<std::string> files;
  if (st.ok()) st = expand_inputs(o.input.inputs, files);
  std::unique_ptr<Pipeline> pipeline;
  if (st.ok()) st = Pipeline::create(o.pipeline, pipeline);
  if (!st.ok()) {
    std::cerr << "vitext process: " << st.message() << "\n";
    return kExitUsage;
  }
  ro.text_field = o.input.field;
  ro.id_field = o.input.id_field;
  ro.max_document_bytes = std::min<uint64_t>(o.input.max_bytes, 0xFFFFFFF0ull);

  for (const auto& stage : pipeline->stages()) po.stages.push_back(stage.get());
  po.write.tokens = o.tokens;
  po.quality = !o.no_quality;
  po.dedup.threshold = o.threshold;
  po.dedup.minhash.shingle = o.shingle;
  po.drop_duplicates = !o.keep_duplicates;
  po.min_vietnamese = o.min_vietnamese;
  po.min_chars = o.min_chars;
  po.threads = std::max<size_t>(o.threads, 1);
  po.window = o.window;

  StagedOutput output;
  st = output.open(o.output);
  if (!st.ok()) {
    std::cerr << "vitext process: " << st.message() << "\n";
    return kExitUsage;
  }
  std::ostream& out = output.stream();
  std::ios::sync_with_stdio(false);
  po.stop = &install_stop_signals();

  ProgressMeter meter(progress_mode(!o.no_progress), o.progress_interval, known_total_bytes(files));
  CorpusProcessor processor(po);
  processor.on_progress = [&](const ProcessSummary& s) { meter.update(s.read, s.bytes); };
  processor.on_input_error = [&](const Status& e) {
    meter.finish();
    std::cerr << "vitext process: " << e.message() << "\n";
  };
  if (!o.input.quiet) {
    processor.on_rejected = [&](const std::string& id, RecordKind kind, const std::string& reason) {
      meter.finish();
      std::cerr << "vitext process: " << id << ": " << kind_name(kind) << ": " << reason << "\n";
    };
  }
  ProcessSummary sum;
  st = processor.run(files, ro, out, sum);
  meter.finish();
  double secs = meter.elapsed_seconds();
  char line[512];
  std::snprintf(line, sizeof line,
                "vitext process: %llu read = %llu ok + %llu errors + %llu filtered + %llu duplicates; "
                "%.1f MB in %.2f s (%.2f MB/s, %.0f docs/s)",
                static_cast<unsigned long long>(sum.read), static_cast<unsigned long long>(sum.ok),
                static_cast<unsigned long long>(sum.errors), static_cast<unsigned long long>(sum.filtered),
                static_cast<unsigned long long>(sum.duplicates), double(sum.bytes) / 1e6, secs,
                secs > 0 ? double(sum.bytes) / 1e6 / secs : 0.0, secs > 0 ? double(sum.read) / secs : 0.0);
  std::cerr << line << "\n";
  if (!o.stats.empty()) {
    std::ofstream stats(o.stats);
    stats << summary_json(sum, secs).dump(2) << "\n";
  }
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
  o->pipeline.until = StageId::kSegment;
  auto* sub = root.add_subcommand(
      "process",
      "Process a corpus: many documents, several threads, output in input order, duplicates and non-Vietnamese "
      "documents filtered, a summary at the end");
  add_input_options(sub, o->input);
  add_pipeline_options(sub, o->pipeline, true);
  add_format_option(sub, o->format,
                    "jsonl (one JSON object per document), conllu, tsv, underscore (the input's lines), or text "
                    "(one sentence per line, words with '_' between syllables, a blank line after each document)");
  sub->add_option("-o,--output", o->output, "Output file (default: standard output)");
  sub->add_option("-j,--threads", o->threads, "Worker threads (one shared model)")->capture_default_str();
  sub->add_option("--window", o->window, "Documents in flight (default 64 per thread): bounds memory");
  sub->add_option("--dedup", o->dedup,
                  "off, exact (same normalised text) or near (MinHash over syllable shingles + LSH); the first "
                  "document of a cluster is kept")
      ->capture_default_str();
  sub->add_option("--dedup-threshold", o->threshold, "near: estimated Jaccard similarity that makes a duplicate")
      ->capture_default_str();
  sub->add_option("--shingle", o->shingle, "near: syllables per shingle")->capture_default_str()->check(CLI::Range(1, 64));
  sub->add_flag("--keep-duplicates", o->keep_duplicates,
                "Analyse and write duplicates too (marked in meta.dedup) instead of a short record");
  sub->add_option("--min-vietnamese", o->min_vietnamese,
                  "Filter documents whose share of valid Vietnamese syllables is below this (0..1)");
  sub->add_option("--min-chars", o->min_chars, "Filter documents with fewer characters");
  sub->add_flag("--no-quality", o->no_quality, "Do not write meta.quality");
  sub->add_flag("--tokens", o->tokens, "JSON: include each sentence's typed tokens");
  sub->add_flag("--no-progress", o->no_progress, "No progress on stderr (the summary is still printed)");
  sub->add_option("--progress-interval", o->progress_interval,
                  "Seconds between progress lines when stderr is not a terminal")
      ->capture_default_str();
  sub->add_option("--stats", o->stats, "Write the summary as JSON to this file");
  sub->callback([o, &action] { action = [o] { return run_process(*o); }; });
}

}  // namespace vitext::cli
