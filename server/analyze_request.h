// What a POST to /v1/analyze or /v1/segment asks for, read from its body, its
// Content-Type and its query string. The body is either the text itself (UTF-8, a legacy
// encoding, or a document in the web-corpus layout) or a JSON object:
//   {"text": "...", "id": "...", "options": {"until": "tag", "tone": "new", "format": "json",
//    (json, conllu, tsv, underscore or text: vitext/writers.h)
//    "from": "auto", "strict": true, "tokens": false, "input": "auto"}}
// Query parameters (?until=tag&format=conllu) set the same options for raw-text bodies and
// are overridden by the JSON object's.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "vitext/pipeline.h"
#include "vitext/writers.h"

namespace vitext::server {

struct AnalyzeRequest {
  PipelineOptions pipeline;
  OutputFormat format = OutputFormat::kJson;  // any of the shared writers' formats
  bool tokens = false;          // JSON: each sentence's typed tokens
  std::string input = "auto";   // auto (web-corpus layout when it starts with " date "), text, corpus
  std::string id = "request";
  std::string text;             // the bytes to analyse
};

// Why a request cannot be served: an HTTP status (400), a reason and, for malformed JSON
// or invalid UTF-8, the byte offset in the request body (or in the text) where it is.
struct RequestError {
  int status = 400;
  std::string reason;  // short, for metrics: "malformed_json", "invalid_utf8", "bad_option", ...
  std::string message;
  int64_t offset = -1;
};

using QueryParams = std::multimap<std::string, std::string>;

// A boolean option's value: 1/true/yes/on or 0/false/no/off; false for anything else.
bool parse_bool(std::string_view value, bool& out);

// Fills `out` from the request; `defaults` are the server's options. False with `err` set
// when the body or an option is malformed.
bool parse_analyze_request(std::string body, std::string_view content_type, const QueryParams& query,
                           const PipelineOptions& defaults, AnalyzeRequest& out, RequestError& err);

}  // namespace vitext::server
