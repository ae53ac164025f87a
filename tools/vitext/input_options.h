// Input handling shared by every subcommand that reads documents: files, folders,
// globs or stdin; text, lines, JSONL or the web-corpus layout; gzip/zstd; and the
// rule that a bad document is reported and skipped while the rest are processed.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "vitext/reader.h"
#include "vitext/document.h"
#include "vitext/status.h"

namespace vitext::cli {

struct InputOptions {
  std::vector<std::string> inputs;  // empty = stdin
  std::string format = "auto";
  std::string field = "text";
  std::string id_field = "id";
  uint64_t max_bytes = 1ull << 30;
  bool quiet = false;
};

void add_input_options(CLI::App* app, InputOptions& options);

struct RunSummary {
  uint64_t documents = 0;  // read
  uint64_t ok = 0;
  uint64_t errors = 0;     // records that could not be processed
  uint64_t bytes = 0;
  bool fatal = false;      // an input could not be opened or read
};

// Calls `process` for every document read. A document whose reading failed, or for
// which `process` returns an error, is passed to `on_error` (and reported on stderr
// unless quiet). Returns the exit code: 0 all processed, 1 some errors, 2 unreadable input.
int for_each_document(const InputOptions& options, const std::function<Status(Document&)>& process,
                      const std::function<void(const Document&, const Status&)>& on_error, RunSummary* summary = nullptr);

// Expands folders (recursively, sorted) and globs; "-" or nothing means stdin.
Status expand_inputs(const std::vector<std::string>& inputs, std::vector<std::string>& out);

}  // namespace vitext::cli
