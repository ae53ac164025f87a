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

#include "fuzz/checks/invariants.h"
#include "fuzz/checks/targets.h"

#include "server/analysis.h"
#include "server/analyze_request.h"
#include "vitext/pipeline.h"

namespace vitext::fuzz {
namespace {

using server::QueryParams;

QueryParams parse_query(std::string_view q) {
  QueryParams out;
  while (!q.empty()) {
    size_t amp = q.find('&');
    std::string_view pair = q.substr(0, amp);
    size_t eq = pair.find('=');
    out.emplace(std::string(pair.substr(0, eq)), eq == std::string_view::npos ? "" : std::string(pair.substr(eq + 1)));
    q = amp == std::string_view::npos ? std::string_view() : q.substr(amp + 1);
  }
  return out;
}

// The stages a request runs, as the server's PipelineCache would build them, without loading
// the models once per option set: the model stages come from one full pipeline, the cheap
// text stages (whose options a request changes) from a pipeline per option set.
class Stages {
 public:
  Status run(const PipelineOptions& o, Document& doc) {
    const auto& names = Pipeline::stage_names();
    for (const auto& stage : front(o).stages()) {
      Status st = stage->apply(doc);
      if (!st.ok() || stage->name() == o.until) return st;
    }
    bool past_front = false;
    for (const auto& stage : full().stages()) {
      past_front = past_front || stage->name() == "segment";
      if (!past_front) continue;
      Status st = stage->apply(doc);
      if (!st.ok() || stage->name() == o.until) return st;
    }
    FUZZ_CHECK(std::find(names.begin(), names.end(), o.until) != names.end(), "unknown stage ran");
    return Status::Ok();
  }

 private:
  const Pipeline& front(const PipelineOptions& o) {
    std::string key = o.from + '|' + o.tone + '|' + (o.strict ? "1" : "0");
    auto& p = fronts_[key];
    if (!p) {
      PipelineOptions text_only = o;
      text_only.until = "sentences";
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
  size_t nl = rest.find('\n');
  std::string_view head = rest.substr(0, nl);
  std::string body(nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1));
  size_t tab = head.find('\t');
  std::string_view content_type = head.substr(0, tab);
  QueryParams query = parse_query(tab == std::string_view::npos ? std::string_view() : head.substr(tab + 1));
  const size_t body_size = body.size();

  server::AnalyzeRequest request;
  server::RequestError err;
  if (!server::parse_analyze_request(std::move(body), content_type, query, PipelineOptions{}, request, err)) {
    FUZZ_CHECK(err.status == 400 && !err.reason.empty() && !err.message.empty(), err.reason);
    FUZZ_CHECK(err.offset < 0 || static_cast<size_t>(err.offset) <= body_size, "error offset beyond the body");
    FUZZ_CHECK(nlohmann::json::accept(server::error_body(err.message, err.reason, err.offset)), "error body is not JSON");
    return;
  }
  // As the handler does for /v1/segment.
  if (segment_only) {
    request.pipeline.until = "segment";
    if (request.format == "conllu") request.format = "json";
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
    if (options.until == "parse" || options.until == "extract") check_trees(doc);
    check_extraction(doc);
  }
  server::Reply reply = server::render_analysis(request, analysis, segment_only);
  FUZZ_CHECK(reply.status == 200 || reply.status == 400 || reply.status == 500 || reply.status == 503,
             "status " + std::to_string(reply.status));
  if (reply.status >= 400) FUZZ_CHECK(!reply.reason.empty(), "error without a reason");
  if (reply.content_type == "application/json")
    FUZZ_CHECK(nlohmann::json::accept(reply.body), "JSON response does not parse");
}

}  // namespace vitext::fuzz

VITEXT_FUZZ_TARGET(vitext::fuzz::server_target)
