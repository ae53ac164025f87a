// vitext index: analyses documents (words and the extraction, on several threads) and
// stores them in a search index (vitext/search.h), added or replaced by id. Safe to stop:
// documents are committed in batches, each one a transaction, so a kill leaves the index as
// of the last batch, and the same command run again skips what is stored unchanged.
#include <chrono>
#include <iostream>
#include <memory>
#include <sstream>
#include <unordered_map>

#include "commands.h"
#include "corpus_run.h"
#include "pipeline_options.h"
#include "stop_signal.h"
#include "vitext/search.h"

namespace vitext::cli {
namespace {

struct IndexCliOptions {
  CorpusRunOptions run;
  std::string db;
  size_t batch = 256;
  double batch_seconds = 2;
};

class IndexSink : public DocumentSink {
 public:
  IndexSink(Index& index, std::unordered_map<std::string, std::string> stored, size_t batch, double batch_seconds)
      : index_(index), stored_(std::move(stored)), batch_(batch), batch_seconds_(batch_seconds) {}

  bool stored(const Document& doc) const override {
    auto it = stored_.find(doc.meta.id);
    return it != stored_.end() && it->second == content_hash(doc);
  }
  Status prepare(const Document& doc, std::any& record) const override {
    record = make_index_record(doc);
    return Status::Ok();
  }
  Status store(std::any& record) override {
    Status st = index_.add(std::any_cast<IndexRecord&>(record));
    record.reset();
    if (!st.ok()) return st;
    auto now = std::chrono::steady_clock::now();
    if (++pending_ >= batch_ || std::chrono::duration<double>(now - last_commit_).count() >= batch_seconds_) {
      pending_ = 0;
      last_commit_ = now;
      return index_.commit();
    }
    return Status::Ok();
  }

 private:
  Index& index_;
  const std::unordered_map<std::string, std::string> stored_;
  const size_t batch_;
  const double batch_seconds_;
  size_t pending_ = 0;
  std::chrono::steady_clock::time_point last_commit_ = std::chrono::steady_clock::now();
};

int run_index(IndexCliOptions o) {
  const char* kCommand = "vitext index";
  ProcessOptions po;
  ReaderOptions ro;
  std::vector<std::string> files;
  // Words and the extraction; no tagging or parsing, which search does not use.
  o.run.pipeline.only = {StageId::kSegment, StageId::kExtract};
  Status st = prepare_corpus_run(o.run, po, ro, files);
  std::unique_ptr<Pipeline> pipeline;
  if (st.ok()) st = Pipeline::create(o.run.pipeline, pipeline);
  std::unique_ptr<Index> index;
  if (st.ok()) st = Index::open(o.db, Index::Mode::kWrite, index);
  std::unordered_map<std::string, std::string> stored;
  if (st.ok()) st = index->stored_hashes(stored);
  if (!st.ok()) {
    std::cerr << kCommand << ": " << st.message() << "\n";
    return kExitUsage;
  }
  for (const auto& stage : pipeline->stages()) po.stages.push_back(stage.get());
  po.quality = false;
  IndexSink sink(*index, std::move(stored), std::max<size_t>(o.batch, 1), o.batch_seconds);
  po.sink = &sink;

  CorpusProcessor processor(po);
  ProcessSummary sum;
  double secs = 0;
  std::ostringstream unused;
  st = run_corpus(kCommand, o.run, processor, files, ro, unused, sum, secs);
  if (st.ok()) st = index->commit();
  if (!st.ok()) {
    std::cerr << kCommand << ": " << st.message() << "; the index keeps the documents stored before\n";
    return kExitUsage;
  }
  IndexStats stats;
  if (index->stats(stats).ok()) {
    std::cerr << kCommand << ": " << o.db << " holds " << stats.documents
              << (stats.documents == 1 ? " document (" : " documents (") << stats.words
              << " words, " << stats.bytes / 1000000.0 << " MB of text)\n";
  }
  if (sum.interrupted) {
    std::cerr << kCommand << ": interrupted by signal " << stop_signal_number()
              << ": what was read is stored; run the same command again to index the rest\n";
    return 128 + stop_signal_number();
  }
  if (sum.input_errors > 0) return kExitUsage;
  return sum.errors > 0 ? kExitSomeErrors : kExitOk;
}

}  // namespace

void add_index_command(CLI::App& root, Action& action) {
  auto o = std::make_shared<IndexCliOptions>();
  auto* sub = root.add_subcommand(
      "index",
      "Analyse documents and add them to a search index (SQLite): words, entities, people, dates and facts; "
      "documents are added or replaced by id, and a rerun skips those stored unchanged");
  sub->add_option("--db", o->db, "The index file (created when missing)")->required();
  add_input_options(sub, o->run.input);
  add_text_pipeline_options(sub, o->run.pipeline);
  add_pipeline_flag(sub, "segmenter-model", "segmenter_model", o->run.pipeline,
                    "Segmenter model file (default: the embedded one)");
  add_user_dict_option(sub, o->run.pipeline);
  add_corpus_run_options(sub, o->run);
  sub->add_option("--batch", o->batch, "Documents per transaction (a kill loses at most one batch)")
      ->capture_default_str();
  sub->add_option("--batch-seconds", o->batch_seconds, "Commit at least this often")->capture_default_str();
  sub->callback([o, &action] { action = [o] { return run_index(*o); }; });
}

}  // namespace vitext::cli
