#include "server/analysis.h"

#include <condition_variable>
#include <mutex>
#include <sstream>

#include "server/json_line.h"
#include "vitext/reader.h"
#include "vitext/writers.h"

namespace vitext::server {
namespace {

// What the worker and the waiting connection thread share.
struct Job {
  std::shared_ptr<Analysis> analysis;
  std::shared_ptr<const Pipeline> pipeline;
  std::mutex mutex;
  std::condition_variable finished;
  bool done = false;
  bool abandoned = false;  // the client's deadline passed: do not start
};

void run_job(Job& job) {
  {
    std::lock_guard<std::mutex> lock(job.mutex);
    if (job.abandoned) return;
  }
  Analysis& a = *job.analysis;
  for (size_t i = 0; i < a.docs.size(); ++i) {
    if (!a.statuses[i].ok()) continue;
    try {
      a.statuses[i] = job.pipeline->run(a.docs[i]);
    } catch (const std::exception& e) {
      a.statuses[i] = Status::Internal(std::string("analysis failed: ") + e.what());
    }
  }
  {
    std::lock_guard<std::mutex> lock(job.mutex);
    job.done = true;
  }
  job.finished.notify_all();
}

}  // namespace

void read_documents(AnalyzeRequest& request, Analysis& out) {
  ReaderOptions ro;
  const bool corpus = request.input == "corpus" || (request.input == "auto" && request.text.starts_with(" date "));
  ro.format = corpus ? InputFormat::kCorpus : InputFormat::kText;
  std::unique_ptr<DocumentReader> reader;
  Status st = DocumentReader::open_memory(std::move(request.text), request.id, ro, reader);
  if (!st.ok()) {
    out.docs.emplace_back();
    out.docs.back().meta.id = request.id;
    out.statuses.push_back(st);
    return;
  }
  Document doc;
  Status record_error;
  while (reader->next(doc, record_error)) {
    if (!corpus) doc.meta.id = request.id;
    out.docs.push_back(std::move(doc));
    out.statuses.push_back(record_error);
    doc = Document();
    record_error = Status::Ok();
  }
  if (out.docs.empty()) {  // an empty body is one empty document
    out.docs.emplace_back();
    out.docs.back().meta.id = request.id;
    out.statuses.push_back(Status::Ok());
  }
}

RunOutcome run_on_pool(ThreadPool& pool, std::shared_ptr<const Pipeline> pipeline,
                       const std::shared_ptr<Analysis>& analysis, Clock::time_point deadline) {
  auto job = std::make_shared<Job>();
  job->analysis = analysis;
  job->pipeline = std::move(pipeline);
  if (!pool.try_submit([job] { run_job(*job); })) return RunOutcome::kBusy;
  std::unique_lock<std::mutex> lock(job->mutex);
  if (job->finished.wait_until(lock, deadline, [&] { return job->done; })) return RunOutcome::kDone;
  job->abandoned = true;
  return RunOutcome::kTimedOut;
}

std::string error_body(const std::string& message, const std::string& reason, int64_t offset) {
  nlohmann::json j = {{"error", message}, {"reason", reason}};
  if (offset >= 0) j["offset"] = offset;
  return json_line(j) + "\n";
}

int http_status_of(const Status& st) {
  switch (st.code()) {
    case StatusCode::kInvalidInput:
    case StatusCode::kInvalidArgument: return 400;
    case StatusCode::kModelError: return 503;
    default: return 500;
  }
}

Reply render_analysis(const AnalyzeRequest& request, const Analysis& a) {
  Reply reply;
  // A request of one document that failed is a failed request; of several, each failure is
  // an error record among the results, as in the CLI's output.
  if (a.docs.size() == 1 && !a.statuses[0].ok()) {
    const Status& st = a.statuses[0];
    reply.status = http_status_of(st);
    reply.reason = st.offset() >= 0 ? "invalid_input" : "analysis_failed";
    if (st.message().find("UTF-8") != std::string::npos) reply.reason = "invalid_utf8";
    reply.body = error_body(st.message(), reply.reason, st.offset());
    return reply;
  }
  // Several documents in JSON are one object, {"documents": [...]}, so that the body stays
  // one JSON value; everything else is the shared writers' bytes, document after document.
  std::ostringstream out;
  WriteOptions wo;
  wo.tokens = request.tokens;
  const bool envelope = request.format == OutputFormat::kJson && a.docs.size() > 1;
  if (envelope) out << "{\"documents\":[";
  for (size_t i = 0; i < a.docs.size(); ++i) {
    if (envelope && i > 0) out << ',';
    if (!envelope) {
      if (a.statuses[i].ok()) write_document(out, a.docs[i], request.format, wo);
      else write_error(out, a.docs[i].meta.id, a.statuses[i], request.format, wo);
      continue;
    }
    // One line per document inside the envelope, without its line break.
    std::ostringstream doc_out;
    if (a.statuses[i].ok()) write_document(doc_out, a.docs[i], request.format, wo);
    else write_error(doc_out, a.docs[i].meta.id, a.statuses[i], request.format, wo);
    std::string one = std::move(doc_out).str();
    if (!one.empty() && one.back() == '\n') one.pop_back();
    out << one;
  }
  if (envelope) out << "]}\n";
  reply.body = std::move(out).str();
  if (request.format != OutputFormat::kJson) reply.content_type = "text/plain; charset=utf-8";
  return reply;
}

}  // namespace vitext::server
