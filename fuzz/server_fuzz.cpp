// HTTP request handling of `vitext serve` without sockets: the same functions the handlers
// of /v1/analyze and /v1/segment call (server/analyze_request.h, server/analysis.h).
// Input: "<content type>\t<query string>\n<body>"; the first byte picks the endpoint.
// Checks: a malformed request is a 400 with a JSON error whose offset is inside the body; a
// served one is a well-formed response whose documents keep every layer invariant.
#include <algorithm>
#include <map>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "fuzz/checks/http_input.h"
#include "fuzz/checks/invariants.h"
#include "fuzz/checks/targets.h"

#include "server/analysis.h"
#include "server/analyze_request.h"
#include "vitext/pipeline.h"

namespace vitext::fuzz {
namespace {

// The stages a request runs, as the server's PipelineCache would build them, without loading
// the models once per option set: the model stages come from one full pipeline, the cheap
// text stages (whose options a request changes) from a pipeline per option set.
class Stages {
 public:
  Status run(const PipelineOptions& o, Document& doc) {
    const std::string_view until = stage_name(o.until);
    for (const auto& stage : front(o).stages()) {
      Status st = stage->apply(doc);
      if (!st.ok() || stage->name() == until) return st;
    }
    bool past_front = false;
    for (const auto& stage : full().stages()) {
      past_front = past_front || stage->name() == "segment";
      if (!past_front) continue;
      Status st = stage->apply(doc);
      if (!st.ok() || stage->name() == until) return st;
    }
    FUZZ_CHECK(false, "stage " + std::string(until) + " never ran");
    return Status::Ok();
  }

 private:
  const Pipeline& front(const PipelineOptions& o) {
    PipelineOptions text_only = o;
    text_only.until = StageId::kSentences;
    const std::string key = pipeline_options_key(text_only);
    auto& p = fronts_[key];
    if (!p) {
      Status st = Pipeline::create(text_only, p);
      FUZZ_CHECK(st.ok(), st.message());
    }
    return *p;
  }
  const Pipeline& full() {
    if (!full_) {
      Status st = Pipeline::create(PipelineOptions{}, full_);
      FUZZ_CHECK(st.ok(), st.message());
    }
    return *full_;
  }

  std::map<std::string, std::unique_ptr<Pipeline>> fronts_;
  std::unique_ptr<Pipeline> full_;
};

Stages& stages() {
  static Stages s;
  return s;
}

}  // namespace

void server_target(std::string_view data) {
  auto [selector, rest] = split_selector(data);
  const bool segment_only = selector & 1;
  HttpInput in = read_http_input(rest);
  const size_t body_size = in.body.size();

  server::AnalyzeRequest request;
  server::RequestError err;
  if (!server::parse_analyze_request(std::move(in.body), in.header, in.query, PipelineOptions{}, request, err)) {
    FUZZ_CHECK(err.status == 400 && !err.message.empty(), err.reason);
    server::Reply reply;
    reply.status = err.status;
    reply.reason = err.reason;
    reply.body = server::error_body(err.message, err.reason, err.offset);
    check_error_reply(reply, body_size);
    return;
  }
  // As the handler does for /v1/segment.
  if (segment_only) {
    request.pipeline.until = StageId::kSegment;
  }
  const PipelineOptions options = request.pipeline;
  server::Analysis analysis;
  server::read_documents(request, analysis);
  FUZZ_CHECK(!analysis.docs.empty() && analysis.docs.size() == analysis.statuses.size(), "documents and statuses");
  for (size_t i = 0; i < analysis.docs.size(); ++i) {
    if (!analysis.statuses[i].ok()) continue;
    Document& doc = analysis.docs[i];
    analysis.statuses[i] = stages().run(options, doc);
    if (!analysis.statuses[i].ok()) {
      FUZZ_CHECK(analysis.statuses[i].code() == StatusCode::kInvalidInput, analysis.statuses[i].message());
      continue;
    }
    check_view_map(doc);
    check_tokens(doc);
    check_sentences(doc, 512);
    check_words(doc);
    if (options.until >= StageId::kParse) check_trees(doc);
    check_extraction(doc);
  }
  server::Reply reply = server::render_analysis(request, analysis);
  FUZZ_CHECK(reply.status == 200 || reply.status == 400 || reply.status == 500 || reply.status == 503,
             "status " + std::to_string(reply.status));
  if (reply.status >= 400) FUZZ_CHECK(!reply.reason.empty(), "error without a reason");
  if (reply.content_type == "application/json")
    FUZZ_CHECK(nlohmann::json::accept(reply.body), "JSON response does not parse");
}

}  // namespace vitext::fuzz

VITEXT_FUZZ_TARGET(vitext::fuzz::server_target)
