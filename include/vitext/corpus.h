// CorpusProcessor: the engine of `vitext process` (and of the Python module's file
// processing): reads documents from files, runs the pipeline's stages on several threads,
// drops or marks duplicates, computes quality signals, and writes one record per document
// read, in reading order, with the shared writers (vitext/writers.h). Nothing read is
// dropped silently:
//   read = ok + errors + filtered + duplicates + skipped.
// Instead of writing records, the processor can hand each analysed document to a
// DocumentSink (`vitext index` stores them in a search index).
#pragma once

#include <any>
#include <atomic>
#include <cstdint>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "vitext/reader.h"
#include "vitext/stage.h"
#include "vitext/status.h"
#include "vitext/writers.h"

namespace vitext {

struct MinHashOptions {
  int num_perm = 128;  // hash functions; the estimate's error is about 1/sqrt(num_perm)
  int shingle = 5;     // syllables per shingle
};

enum class DedupMode { kOff, kExact, kNear };

struct DedupOptions {
  DedupMode mode = DedupMode::kOff;
  double threshold = 0.8;  // near: estimated Jaccard similarity of shingle sets
  MinHashOptions minhash;
};

// "off", "exact" or "near"; InvalidArgument otherwise.
Status parse_dedup_mode(std::string_view name, DedupMode& out);

// Where analysed documents go instead of the writers. prepare() runs on the worker threads
// (the costly part of storing), store() on the thread that called run(), in reading order.
class DocumentSink {
 public:
  virtual ~DocumentSink() = default;
  // Worker thread, after normalising and the duplicate check: true when the document is
  // already stored as it is (counted as skipped; not analysed further).
  virtual bool stored(const Document& doc) const = 0;
  // Worker thread, after the stages: what store() is to keep of `doc`. An error makes the
  // document an error record.
  virtual Status prepare(const Document& doc, std::any& record) const = 0;
  // Calling thread, in reading order. An error stops the run like a failed write.
  virtual Status store(std::any& record) = 0;
};

struct ProcessOptions {
  std::vector<const Stage*> stages;  // the pipeline, in order; must outlive the processor
  OutputFormat format = OutputFormat::kJson;  // written by the shared writers (vitext/writers.h)
  WriteOptions write;                        // json: tokens (meta.quality and meta.dedup are added)
  bool quality = true;               // write meta.quality (JSON)
  DedupOptions dedup;
  bool drop_duplicates = true;       // false: analyse and write duplicates too, marked in meta.dedup
  double min_vietnamese = -1.0;      // filter documents whose share of valid syllables is lower (<0: off)
  uint64_t min_chars = 0;            // filter documents with fewer characters
  size_t threads = 1;
  size_t window = 0;                 // documents in flight; 0 = 64 per thread
  uint64_t window_bytes = 256ull << 20;  // input bytes in flight (a larger document still passes alone)
  // Set (e.g. from a signal handler) to stop reading: the documents already read are still
  // processed and written, then run() returns with summary.interrupted.
  const std::atomic<bool>* stop = nullptr;
  // When set, ok documents go to the sink and nothing is written to the output stream;
  // long documents are then analysed whole (not window by window).
  DocumentSink* sink = nullptr;
};

enum class RecordKind { kOk, kError, kFiltered, kDuplicate, kSkipped };

struct ProcessSummary {
  uint64_t read = 0;
  uint64_t ok = 0;
  uint64_t errors = 0;
  uint64_t filtered = 0;
  uint64_t duplicates = 0;
  uint64_t skipped = 0;      // already in the sink (DocumentSink::stored)
  uint64_t bytes = 0;        // original bytes of the documents read
  uint64_t input_errors = 0; // inputs that could not be opened or read to the end
  bool interrupted = false;  // ProcessOptions::stop was set, or writing failed: inputs not read to the end
};

class CorpusProcessor {
 public:
  explicit CorpusProcessor(ProcessOptions options);

  // Called (on the calling thread, in reading order) for each record that is not ok.
  std::function<void(const std::string& id, RecordKind kind, const std::string& reason)> on_rejected;
  // Called after each record is written (on the calling thread); keep it cheap.
  std::function<void(const ProcessSummary&)> on_progress;
  // Called when an input cannot be opened or read.
  std::function<void(const Status&)> on_input_error;

  // Processes every file ("-" is standard input) and writes records to `out`. Returns an
  // error only when writing failed (reading stops then: there is nowhere to put the results);
  // unreadable inputs are counted in summary.input_errors.
  Status run(const std::vector<std::string>& files, const ReaderOptions& reader, std::ostream& out,
             ProcessSummary& summary);

 private:
  ProcessOptions options_;
  size_t dedup_after_ = 0;  // stages [0, dedup_after_) run before quality and dedup
};

}  // namespace vitext
