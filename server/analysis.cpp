#include "server/analysis.h"

#include <condition_variable>
#include <mutex>
#include <sstream>

#include "io/byte_source.h"
#include "io/document_json.h"
#include "io/document_reader.h"
#include "io/document_conllu.h"

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

// Words of a sentence as "Công_an tỉnh Thanh_Hóa": the segmentation, readable at a glance.
void append_segmented_line(const Document& doc, const Sentence& s, std::string& out) {
  for (uint32_t w = s.word_begin; w < s.word_end; ++w) {
    const Word& word = doc.words[w];
    if (w > s.word_begin) out += ' ';
    for (char c : surface(doc, word.span, word.view)) out += (c == ' ' || c == '\n' || c == '\t') ? '_' : c;
  }
  out += '\n';
}

}  // namespace

void read_documents(AnalyzeRequest& request, Analysis& out) {
  ReaderOptions ro;
  const bool corpus = request.input == "corpus" || (request.input == "auto" && request.text.starts_with(" date "));
  ro.format = corpus ? InputFormat::kCorpus : InputFormat::kText;
  std::unique_ptr<DocumentReader> reader;
  Status st = DocumentReader::open(memory_byte_source(std::move(request.text)), request.id, ro, reader);
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
  return dump_json_line(j) + "\n";
}

int http_status_of(const Status& st) {
  switch (st.code()) {
    case StatusCode::kInvalidInput:
    case StatusCode::kInvalidArgument: return 400;
    case StatusCode::kModelError: return 503;
    default: return 500;
  }
}

Reply render_analysis(const AnalyzeRequest& request, const Analysis& a, bool segment_only) {
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
  if (request.format == "json") {
    JsonOptions jo;
    jo.tokens = request.tokens;
    auto one = [&](size_t i) {
      return a.statuses[i].ok() ? document_to_json(a.docs[i], jo) : error_record(a.docs[i].meta.id, a.statuses[i]);
    };
    if (a.docs.size() == 1) {
      reply.body = dump_json_line(one(0)) + "\n";
    } else {
      nlohmann::json docs = nlohmann::json::array();
      for (size_t i = 0; i < a.docs.size(); ++i) docs.push_back(one(i));
      reply.body = dump_json_line(nlohmann::json{{"documents", std::move(docs)}}) + "\n";
    }
    return reply;
  }
  reply.content_type = "text/plain; charset=utf-8";
  if (request.format == "text" && segment_only) {
    for (size_t i = 0; i < a.docs.size(); ++i) {
      if (!a.statuses[i].ok()) continue;
      for (const Sentence& s : a.docs[i].sentences) append_segmented_line(a.docs[i], s, reply.body);
    }
    return reply;
  }
  if (request.format == "conllu") {
    std::ostringstream out;
    for (size_t i = 0; i < a.docs.size(); ++i) {
      if (a.statuses[i].ok()) write_document_conllu(out, a.docs[i]);
      else out << "# error = " << a.docs[i].meta.id << ": " << a.statuses[i].message() << "\n\n";
    }
    reply.body = out.str();
    return reply;
  }
  reply.status = 400;
  reply.reason = "bad_option";
  reply.content_type = "application/json";
  reply.body = error_body("format 'text' is for /v1/segment; use json or conllu", reply.reason);
  return reply;
}

}  // namespace vitext::server
