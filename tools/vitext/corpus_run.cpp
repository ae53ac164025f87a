#include "corpus_run.h"

#include <cstdio>
#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include "progress_meter.h"
#include "stop_signal.h"

namespace vitext::cli {
namespace {

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
          {"skipped", s.skipped},
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
    case RecordKind::kSkipped: return "skipped";
    default: return "ok";
  }
}

}  // namespace

void add_corpus_run_options(CLI::App* sub, CorpusRunOptions& o) {
  sub->add_option("-j,--threads", o.threads, "Worker threads (one shared model)")->capture_default_str();
  sub->add_option("--window", o.window, "Documents in flight (default 64 per thread): bounds memory");
  sub->add_option("--dedup", o.dedup,
                  "off, exact (same normalised text) or near (MinHash over syllable shingles + LSH); the first "
                  "document of a cluster is kept")
      ->capture_default_str();
  sub->add_option("--dedup-threshold", o.threshold, "near: estimated Jaccard similarity that makes a duplicate")
      ->capture_default_str();
  sub->add_option("--shingle", o.shingle, "near: syllables per shingle")->capture_default_str()->check(CLI::Range(1, 64));
  sub->add_flag("--keep-duplicates", o.keep_duplicates,
                "Analyse and keep duplicates too (marked in meta.dedup) instead of a short record");
  sub->add_option("--min-vietnamese", o.min_vietnamese,
                  "Filter documents whose share of valid Vietnamese syllables is below this (0..1)");
  sub->add_option("--min-chars", o.min_chars, "Filter documents with fewer characters");
  sub->add_flag("--no-progress", o.no_progress, "No progress on stderr (the summary is still printed)");
  sub->add_option("--progress-interval", o.progress_interval,
                  "Seconds between progress lines when stderr is not a terminal")
      ->capture_default_str();
  sub->add_option("--stats", o.stats, "Write the summary as JSON to this file");
}

Status prepare_corpus_run(const CorpusRunOptions& o, ProcessOptions& po, ReaderOptions& ro,
                          std::vector<std::string>& files) {
  Status st = parse_dedup_mode(o.dedup, po.dedup.mode);
  if (st.ok() && (o.threshold <= 0 || o.threshold > 1)) st = Status::InvalidArgument("--dedup-threshold must be in (0, 1]");
  if (st.ok()) st = parse_input_format(o.input.format, ro.format);
  if (st.ok()) st = expand_inputs(o.input.inputs, files);
  if (!st.ok()) return st;
  ro.text_field = o.input.field;
  ro.id_field = o.input.id_field;
  ro.max_document_bytes = std::min<uint64_t>(o.input.max_bytes, 0xFFFFFFF0ull);
  po.dedup.threshold = o.threshold;
  po.dedup.minhash.shingle = o.shingle;
  po.drop_duplicates = !o.keep_duplicates;
  po.min_vietnamese = o.min_vietnamese;
  po.min_chars = o.min_chars;
  po.threads = std::max<size_t>(o.threads, 1);
  po.window = o.window;
  po.stop = &install_stop_signals();
  return Status::Ok();
}

Status run_corpus(const char* command, const CorpusRunOptions& o, CorpusProcessor& processor,
                  const std::vector<std::string>& files, const ReaderOptions& ro, std::ostream& out,
                  ProcessSummary& sum, double& seconds) {
  ProgressMeter meter(progress_mode(!o.no_progress), o.progress_interval, known_total_bytes(files), command);
  processor.on_progress = [&](const ProcessSummary& s) { meter.update(s.read, s.bytes); };
  processor.on_input_error = [&](const Status& e) {
    meter.finish();
    std::cerr << command << ": " << e.message() << "\n";
  };
  if (!o.input.quiet) {
    processor.on_rejected = [&](const std::string& id, RecordKind kind, const std::string& reason) {
      meter.finish();
      std::cerr << command << ": " << id << ": " << kind_name(kind) << ": " << reason << "\n";
    };
  }
  Status st = processor.run(files, ro, out, sum);
  meter.finish();
  seconds = meter.elapsed_seconds();
  char skipped[64] = "";
  if (sum.skipped > 0) {
    std::snprintf(skipped, sizeof skipped, " + %llu skipped", static_cast<unsigned long long>(sum.skipped));
  }
  char line[640];
  std::snprintf(line, sizeof line,
                "%s: %llu read = %llu ok + %llu errors + %llu filtered + %llu duplicates%s; "
                "%.1f MB in %.2f s (%.2f MB/s, %.0f docs/s)",
                command, static_cast<unsigned long long>(sum.read), static_cast<unsigned long long>(sum.ok),
                static_cast<unsigned long long>(sum.errors), static_cast<unsigned long long>(sum.filtered),
                static_cast<unsigned long long>(sum.duplicates), skipped, double(sum.bytes) / 1e6, seconds,
                seconds > 0 ? double(sum.bytes) / 1e6 / seconds : 0.0, seconds > 0 ? double(sum.read) / seconds : 0.0);
  std::cerr << line << "\n";
  if (!o.stats.empty()) {
    std::ofstream stats(o.stats);
    stats << summary_json(sum, seconds).dump(2) << "\n";
  }
  return st;
}

}  // namespace vitext::cli
