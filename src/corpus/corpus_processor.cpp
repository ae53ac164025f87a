#include "vitext/corpus.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <memory>
#include <sstream>

#include "corpus/dedup_index.h"
#include "corpus/ordered_executor.h"
#include "corpus/quality.h"
#include "corpus/window_record.h"
#include "io/document_json.h"

namespace vitext {
namespace {

struct Job {
  Document doc;
  Status status;  // a reading error, set before the job is queued
  RecordKind kind = RecordKind::kOk;
  std::string id;
  std::string reason;
  std::string output;
  std::any record;  // for ProcessOptions::sink
};

std::string percent(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", x);
  return buf;
}

Status run_stages(const std::vector<const Stage*>& stages, size_t begin, size_t end, Document& doc) {
  for (size_t i = begin; i < end; ++i) {
    Status st = stages[i]->apply(doc);
    if (!st.ok()) return st;
  }
  return Status::Ok();
}

// A record that is not an analysed document (error, filtered, duplicate): its JSON object,
// or what the shared writer makes of an error in the other formats (a CoNLL-U comment;
// nothing in the word formats: the summary and stderr account for it).
std::string rejected_record(const nlohmann::json& record, const std::string& id, const std::string& reason,
                            OutputFormat format) {
  if (format == OutputFormat::kJson) return dump_json_line(record) + "\n";
  std::ostringstream out;
  write_error(out, id, Status::InvalidInput(reason), format);
  return std::move(out).str();
}

}  // namespace

Status parse_dedup_mode(std::string_view name, DedupMode& out) {
  if (name == "off") out = DedupMode::kOff;
  else if (name == "exact") out = DedupMode::kExact;
  else if (name == "near") out = DedupMode::kNear;
  else return Status::InvalidArgument("unknown dedup mode '" + std::string(name) + "' (use off, exact or near)");
  return Status::Ok();
}

CorpusProcessor::CorpusProcessor(ProcessOptions options) : options_(std::move(options)) {
  // Quality and duplicates are judged on the normalised view when there is one, so that
  // two copies differing only in Unicode form or tone placement are the same text.
  dedup_after_ = options_.stages.size();
  for (size_t i = 0; i < options_.stages.size(); ++i) {
    if (options_.stages[i]->name() == "normalize") dedup_after_ = i + 1;
  }
}

Status CorpusProcessor::run(const std::vector<std::string>& files, const ReaderOptions& reader_options,
                            std::ostream& out, ProcessSummary& summary) {
  const ProcessOptions& o = options_;
  DedupIndex index(o.dedup);
  const bool dedup = o.dedup.mode != DedupMode::kOff;
  const bool filter = o.min_vietnamese >= 0 || o.min_chars > 0;

  OrderedExecutor<Job>* executor_ptr = nullptr;
  auto reject = [&](Job& job, RecordKind kind, std::string reason, nlohmann::json record) {
    job.kind = kind;
    job.reason = std::move(reason);
    job.output = rejected_record(record, job.id, job.reason, o.format);
  };
  auto fail = [&](Job& job, const Status& st) { reject(job, RecordKind::kError, st.message(), error_record(job.id, st)); };

  // Rejects a document whose quality the filters refuse; true when they did.
  auto filtered = [&](Job& job, const QualitySignals& q) {
    if (!filter) return false;
    std::string why;
    if (q.chars < o.min_chars) {
      why = "too short: " + std::to_string(q.chars) + " characters < " + std::to_string(o.min_chars);
    } else if (o.min_vietnamese >= 0 && q.vietnamese_share() < o.min_vietnamese) {
      why = "not Vietnamese: " + percent(q.vietnamese_share()) + " of syllables valid < " + percent(o.min_vietnamese);
    }
    if (why.empty()) return false;
    nlohmann::json rec = {{"id", job.id}, {"error", why}, {"filtered", true}};
    if (o.quality) rec["quality"] = quality_to_json(q);
    reject(job, RecordKind::kFiltered, why, std::move(rec));
    return true;
  };

  auto work = [&](Job& job, uint64_t seq) {
    Document& doc = job.doc;
    job.id = doc.meta.id;
    if (!job.status.ok()) {
      fail(job, job.status);
      doc = Document();
      return;
    }
    try {
      if (!dedup && o.sink == nullptr && runs_in_windows(doc)) {
        // A long document goes window by window (its quality summed): memory stays flat.
        QualitySignals q;
        Status st = window_record(o.stages, doc, o.format, o.write, o.quality, job.output, q);
        if (!st.ok()) fail(job, st);
        else if (!filtered(job, q)) job.kind = RecordKind::kOk;
        doc = Document();
        return;
      }
      Status st = run_stages(o.stages, 0, dedup_after_, doc);
      if (!st.ok()) {
        fail(job, st);
        doc = Document();
        return;
      }
      QualitySignals q;
      if (o.quality || filter) q = compute_quality(doc);
      if (filtered(job, q)) {
        doc = Document();
        return;
      }
      DedupResult dup;
      if (dedup) {
        Fingerprint fp;
        fp.exact = exact_text_hash(doc.text);
        if (o.dedup.mode == DedupMode::kNear) minhash_signature(doc.text, o.dedup.minhash, fp.minhash);
        executor_ptr->in_order(seq, [&] { dup = index.check_and_add(fp, job.id); });
      }
      nlohmann::json dedup_json;
      if (dedup) {
        dedup_json = {{"cluster", dup.cluster}};
        if (dup.duplicate) {
          dedup_json["duplicate_of"] = dup.duplicate_of;
          dedup_json["similarity"] = dup.similarity;
        }
      }
      if (dup.duplicate && o.drop_duplicates) {
        std::string why = "duplicate of " + dup.duplicate_of;
        nlohmann::json rec = {{"id", job.id}, {"duplicate", true}};
        rec.update(dedup_json);
        reject(job, RecordKind::kDuplicate, why, std::move(rec));
        doc = Document();
        return;
      }
      if (o.sink != nullptr && !dup.duplicate && o.sink->stored(doc)) {
        job.kind = RecordKind::kSkipped;
        doc = Document();
        return;
      }
      st = run_stages(o.stages, dedup_after_, o.stages.size(), doc);
      if (!st.ok()) {
        fail(job, st);
        doc = Document();
        return;
      }
      if (o.sink != nullptr) {
        st = o.sink->prepare(doc, job.record);
        if (!st.ok()) fail(job, st);
        else job.kind = dup.duplicate ? RecordKind::kDuplicate : RecordKind::kOk;
        doc = Document();
        return;
      }
      std::ostringstream record;
      if (o.format == OutputFormat::kJson) {
        // The JSON writer with the corpus metadata added to meta, written item by item.
        JsonOptions jo;
        jo.tokens = o.write.tokens;
        if (o.quality) jo.extra_meta["quality"] = quality_to_json(q);
        if (dedup) jo.extra_meta["dedup"] = std::move(dedup_json);
        write_document_json_line(record, doc, jo);
        record << '\n';
      } else {
        write_document(record, doc, o.format);
      }
      job.output = std::move(record).str();
      job.kind = dup.duplicate ? RecordKind::kDuplicate : RecordKind::kOk;
      if (dup.duplicate) job.reason = "duplicate of " + dup.duplicate_of;
    } catch (const std::exception& e) {
      fail(job, Status::Internal(std::string("internal error: ") + e.what()));
    }
    doc = Document();  // only the output is kept while the job waits its turn to be written
  };

  size_t threads = std::max<size_t>(o.threads, 1);
  size_t window = o.window ? o.window : 64 * threads;
  Status write_status;
  // errno still holds why the stream's last write(2) failed: say it (ENOSPC, EFBIG, EIO ...).
  auto write_failed = [&] {
    write_status = Status::IoError(std::string("cannot write the output: ") +
                                   (errno != 0 ? std::strerror(errno) : "write error"));
  };
  auto emit = [&](Job& job) {
    if (o.sink != nullptr) {
      if (write_status.ok() && job.record.has_value()) write_status = o.sink->store(job.record);
    } else if (write_status.ok()) {
      errno = 0;
      out.write(job.output.data(), static_cast<std::streamsize>(job.output.size()));
      if (!out) write_failed();
    }
    switch (job.kind) {
      case RecordKind::kOk: ++summary.ok; break;
      case RecordKind::kError: ++summary.errors; break;
      case RecordKind::kFiltered: ++summary.filtered; break;
      case RecordKind::kDuplicate: ++summary.duplicates; break;
      case RecordKind::kSkipped: ++summary.skipped; break;
    }
    if (job.kind != RecordKind::kOk && job.kind != RecordKind::kSkipped && on_rejected) on_rejected(job.id, job.kind, job.reason);
    if (on_progress) on_progress(summary);
  };

  {
    OrderedExecutor<Job> executor(threads, window, o.window_bytes, work);
    executor_ptr = &executor;
    auto stopping = [&] {
      return !write_status.ok() || (o.stop != nullptr && o.stop->load(std::memory_order_relaxed));
    };
    for (const std::string& file : files) {
      if (stopping()) {
        summary.interrupted = true;
        break;
      }
      std::unique_ptr<DocumentReader> reader;
      Status st = DocumentReader::open(file, reader_options, reader);
      if (!st.ok()) {
        ++summary.input_errors;
        if (on_input_error) on_input_error(st);
        continue;
      }
      for (;;) {
        if (stopping()) {
          summary.interrupted = true;
          break;
        }
        Job job;
        if (!reader->next(job.doc, job.status)) break;
        uint64_t bytes = job.doc.original.size();
        ++summary.read;
        summary.bytes += bytes;
        executor.submit(std::move(job), bytes, emit);
      }
      if (summary.interrupted) break;
      if (!reader->stream_status().ok()) {
        ++summary.input_errors;
        if (on_input_error) on_input_error(reader->stream_status());
      }
    }
    executor.finish(emit);
  }
  errno = 0;
  out.flush();
  if (!out && write_status.ok()) write_failed();
  return write_status;
}

}  // namespace vitext
