// Running a request's documents through a pipeline on the worker pool, within the
// request's deadline, and turning the result into a response body.
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "vitext/thread_pool.h"
#include "server/analyze_request.h"
#include "vitext/document.h"
#include "vitext/pipeline.h"
#include "vitext/status.h"

namespace vitext::server {

using Clock = std::chrono::steady_clock;

struct Analysis {
  std::vector<Document> docs;
  std::vector<Status> statuses;  // one per document; a document read badly is never run
};

// Splits the request's text into documents (one, or several for the web-corpus layout).
void read_documents(AnalyzeRequest& request, Analysis& out);

enum class RunOutcome { kDone, kTimedOut, kBusy };

// Runs every document of `analysis` through `pipeline` on `pool`, waiting at most until
// `deadline`. On kTimedOut the work is abandoned (skipped if not started yet) and the
// Analysis must not be read; it stays alive until the worker lets go of it.
RunOutcome run_on_pool(ThreadPool& pool, std::shared_ptr<const Pipeline> pipeline,
                       const std::shared_ptr<Analysis>& analysis, Clock::time_point deadline);

struct Reply {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::string reason;  // for error metrics when status >= 400
  std::vector<std::pair<std::string, std::string>> headers;  // more response headers
};

// {"error": message, "reason": reason, "offset": offset (when >= 0)}
std::string error_body(const std::string& message, const std::string& reason, int64_t offset = -1);
// HTTP status for a Status that is not ok.
int http_status_of(const Status& st);

// The response to /v1/analyze or /v1/segment: the documents in the request's format.
Reply render_analysis(const AnalyzeRequest& request, const Analysis& analysis);

}  // namespace vitext::server
