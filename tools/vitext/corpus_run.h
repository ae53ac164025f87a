// What `vitext process` and `vitext index` share: the corpus flags (threads, window,
// duplicates, filters, progress, --stats) and the run of a CorpusProcessor with progress on
// stderr, rejected documents reported and a summary line at the end.
#pragma once

#include <algorithm>
#include <ostream>
#include <string>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>

#include "input_options.h"
#include "vitext/corpus.h"
#include "vitext/pipeline.h"

namespace vitext::cli {

struct CorpusRunOptions {
  InputOptions input;
  PipelineOptions pipeline;
  size_t threads = std::max(1u, std::thread::hardware_concurrency());
  size_t window = 0;
  std::string dedup = "off";
  double threshold = 0.8;
  int shingle = 5;
  bool keep_duplicates = false;
  double min_vietnamese = -1;
  uint64_t min_chars = 0;
  bool no_progress = false;
  double progress_interval = 10;
  std::string stats;
};

// Adds -j/--threads, --window, --dedup, --dedup-threshold, --shingle, --keep-duplicates,
// --min-vietnamese, --min-chars, --no-progress, --progress-interval and --stats.
void add_corpus_run_options(CLI::App* app, CorpusRunOptions& options);

// Reads the flags into the processor's and the reader's options and expands the inputs;
// InvalidArgument when a value is wrong. `po.stages` is left to the caller.
Status prepare_corpus_run(const CorpusRunOptions& o, ProcessOptions& po, ReaderOptions& ro,
                          std::vector<std::string>& files);

// Runs `processor` over `files` with a progress meter, reports rejected documents (unless
// --quiet) and input errors as "<command>: ...", then prints the summary line and writes
// --stats. `seconds` is the run's wall time.
Status run_corpus(const char* command, const CorpusRunOptions& o, CorpusProcessor& processor,
                  const std::vector<std::string>& files, const ReaderOptions& ro, std::ostream& out,
                  ProcessSummary& sum, double& seconds);

}  // namespace vitext::cli
