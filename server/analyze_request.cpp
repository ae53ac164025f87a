#include "server/analyze_request.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>


namespace vitext::server {
namespace {

bool starts_json_object(std::string_view body) {
  size_t i = body.find_first_not_of(" \t\r\n");
  return i != std::string_view::npos && body[i] == '{';
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// A raw body is JSON when it says so, or when it says nothing and looks like an object.
bool is_json_body(std::string_view body, std::string_view content_type) {
  std::string ct = lower(content_type);
  if (ct.starts_with("application/json")) return true;
  if (ct.starts_with("text/")) return false;
  return starts_json_object(body);
}

bool fail(RequestError& err, std::string reason, std::string message, int64_t offset = -1) {
  err.status = 400;
  err.reason = std::move(reason);
  err.message = std::move(message);
  err.offset = offset;
  return false;
}

}  // namespace

bool parse_bool(std::string_view v, bool& out) {
  // The pipeline's option reader is the one place that knows the spellings of a boolean.
  PipelineOptions o;
  if (!parse_pipeline_option("strict", v, o).ok()) return false;
  out = o.strict;
  return true;
}

namespace {

// The pipeline options a request may set; model paths stay the server's (requests cannot
// name files).
const std::set<std::string, std::less<>> kRequestPipelineOptions = {"until", "from", "encoding", "strict", "tone",
                                                                     "parser", "conventions"};

// One option by name, from the query string or the JSON "options" object (as text).
bool set_option(const std::string& name, const std::string& value, AnalyzeRequest& r, RequestError& err) {
  if (kRequestPipelineOptions.contains(name)) {
    Status st = parse_pipeline_option(name, value, r.pipeline);
    if (!st.ok()) return fail(err, "bad_option", st.message());
  } else if (name == "tokens") {
    if (!parse_bool(value, r.tokens)) return fail(err, "bad_option", "option '" + name + "' wants true or false");
  } else if (name == "format") {
    Status st = parse_output_format(value, r.format);
    if (!st.ok()) return fail(err, "bad_option", st.message());
  } else if (name == "input") {
    if (value != "auto" && value != "text" && value != "corpus")
      return fail(err, "bad_option", "unknown input layout '" + value + "' (use auto, text or corpus)");
    r.input = value;
  } else if (name == "id") {
    r.id = value;
  }
  // Other names are ignored, so that clients may send more than this version knows.
  return true;
}

bool read_json_envelope(const std::string& body, AnalyzeRequest& r, RequestError& err) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(body);
  } catch (const nlohmann::json::parse_error& e) {
    // e.byte counts the bytes read, the offending one included.
    int64_t offset = e.byte > 0 ? static_cast<int64_t>(e.byte) - 1 : 0;
    std::string what = e.what();
    bool utf8 = what.find("UTF-8") != std::string::npos;
    return fail(err, utf8 ? "invalid_utf8" : "malformed_json",
                std::string(utf8 ? "invalid UTF-8" : "malformed JSON") + " at byte " + std::to_string(offset) +
                    " of the request body: " + what,
                offset);
  } catch (const nlohmann::json::exception& e) {
    // Well-formed but unreadable, e.g. a number too large for a double (1e999).
    return fail(err, "malformed_json", std::string("unreadable JSON in the request body: ") + e.what());
  }
  if (!j.is_object()) return fail(err, "malformed_json", "the request body must be a JSON object with a \"text\" field");
  auto text = j.find("text");
  if (text == j.end() || !text->is_string())
    return fail(err, "malformed_json", "the request body must have a string field \"text\"");
  r.text = text->get<std::string>();
  if (auto id = j.find("id"); id != j.end() && id->is_string()) r.id = id->get<std::string>();
  if (auto opts = j.find("options"); opts != j.end()) {
    if (!opts->is_object()) return fail(err, "bad_option", "\"options\" must be an object");
    for (const auto& [name, value] : opts->items()) {
      std::string v;
      if (value.is_string()) v = value.get<std::string>();
      else if (value.is_boolean()) v = value.get<bool>() ? "true" : "false";
      else if (value.is_null()) continue;
      else return fail(err, "bad_option", "option '" + name + "' must be a string or a boolean");
      if (!set_option(name, v, r, err)) return false;
    }
  }
  // Text inside JSON is Unicode already: it can only be UTF-8.
  r.pipeline.from = InputEncoding::kUtf8;
  return true;
}

}  // namespace

bool parse_analyze_request(std::string body, std::string_view content_type, const QueryParams& query,
                           const PipelineOptions& defaults, AnalyzeRequest& out, RequestError& err) {
  out = AnalyzeRequest{};
  out.pipeline = defaults;
  for (const auto& [name, value] : query)
    if (!set_option(name, value, out, err)) return false;
  if (is_json_body(body, content_type)) return read_json_envelope(body, out, err);
  // "text/plain; charset=utf-8" is a promise: hold the client to it instead of guessing.
  std::string ct = lower(content_type);
  if (ct.find("charset=utf-8") != std::string::npos || ct.find("charset=\"utf-8\"") != std::string::npos)
    out.pipeline.from = InputEncoding::kUtf8;
  out.text = std::move(body);
  return true;
}

}  // namespace vitext::server
