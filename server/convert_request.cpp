#include "server/convert_request.h"

#include <cstdio>

#include <nlohmann/json.hpp>

#include "server/json_line.h"
#include "vitext/decode.h"

namespace vitext::server {
namespace {

// The first value of `name`, as httplib's Request::get_param_value gives it.
std::string param(const QueryParams& query, const std::string& name, std::string fallback = "") {
  auto [it, end] = query.equal_range(name);
  return it == end ? fallback : it->second;
}

Reply error_reply(int status, std::string reason, const std::string& message, int64_t offset = -1) {
  Reply r;
  r.status = status;
  r.body = error_body(message, reason, offset);
  r.reason = std::move(reason);
  return r;
}

}  // namespace

Reply convert_request(std::string body, const QueryParams& query, std::string_view accept) {
  DecodeOptions dopt;
  dopt.from = param(query, "from", "auto");
  if (canonical_encoding_name(dopt.from).empty())
    return error_reply(400, "bad_option", "unknown encoding '" + dopt.from + "'");
  // Lenient unless asked: a converter is for bytes whose encoding is in doubt.
  if (const std::string strict = param(query, "strict", "false"); !parse_bool(strict, dopt.strict))
    return error_reply(400, "bad_option", "option 'strict' wants true or false, not '" + strict + "'");
  Document doc(std::move(body));
  Status st = decode(doc, dopt);
  std::string nfc;
  if (st.ok()) st = to_nfc(doc.text, nfc);
  if (!st.ok()) {
    std::string reason = st.message().find("UTF-8") != std::string::npos ? "invalid_utf8" : "invalid_input";
    return error_reply(http_status_of(st), std::move(reason), st.message(), st.offset());
  }
  Reply reply;
  char confidence[32];
  std::snprintf(confidence, sizeof confidence, "%.3f", doc.decode.confidence);
  reply.headers = {{"X-Vitext-Encoding", doc.decode.encoding},
                   {"X-Vitext-Confidence", confidence},
                   {"X-Vitext-Invalid-Bytes", std::to_string(doc.decode.invalid_bytes)}};
  if (doc.decode.first_invalid_offset >= 0)
    reply.headers.emplace_back("X-Vitext-First-Invalid-Offset", std::to_string(doc.decode.first_invalid_offset));
  const bool json = param(query, "format") == "json" || accept.find("application/json") != std::string_view::npos;
  if (json) {
    nlohmann::json j = {{"text", nfc},
                        {"encoding", doc.decode.encoding},
                        {"confidence", doc.decode.confidence},
                        {"invalid_bytes", doc.decode.invalid_bytes}};
    if (doc.decode.first_invalid_offset >= 0) j["first_invalid_offset"] = doc.decode.first_invalid_offset;
    reply.body = json_line(j) + "\n";
  } else {
    reply.content_type = "text/plain; charset=utf-8";
    reply.body = std::move(nfc);
  }
  return reply;
}

}  // namespace vitext::server
