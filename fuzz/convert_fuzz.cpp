// POST /v1/convert of `vitext serve` without sockets: server::convert_request, the function
// the handler calls. Input: "<Accept>\t<query string>\n<body>"; the first byte picks the
// ?from= a query without one gets (an encoding, or none: the server's auto).
// Checks: an unknown ?from= is a 400 bad_option and every error a JSON error with its
// offset inside the body; a 200 is valid UTF-8 in NFC, reports a known encoding in its
// headers and (as JSON) in its body, and gives the NFC of the input when that is UTF-8 read
// as UTF-8.
#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "fuzz/checks/http_input.h"
#include "fuzz/checks/invariants.h"
#include "fuzz/checks/targets.h"

#include "decode/utf8_validate.h"
#include "server/convert_request.h"
#include "vitext/decode.h"

namespace vitext::fuzz {
namespace {

// NFC by utf8proc itself, not through to_nfc's shortcut for text that is surely NFC.
std::string reference_nfc(std::string_view utf8) {
  utf8proc_uint8_t* out = nullptr;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(utf8.data()), static_cast<utf8proc_ssize_t>(utf8.size()),
                        &out, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  FUZZ_CHECK(n >= 0, utf8proc_errmsg(n));
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> guard(out, &std::free);
  return std::string(reinterpret_cast<const char*>(out), static_cast<size_t>(n));
}

std::string header(const server::Reply& reply, std::string_view name) {
  for (const auto& [n, v] : reply.headers)
    if (n == name) return v;
  return {};
}

bool known_encoding(const std::string& name) {
  const auto& all = supported_encodings();
  return name != "auto" && std::find(all.begin(), all.end(), name) != all.end();
}

}  // namespace

void convert_target(std::string_view data) {
  auto [selector, rest] = split_selector(data);
  HttpInput in = read_http_input(rest);
  const auto& encodings = supported_encodings();
  if (size_t pick = selector % (encodings.size() + 1); pick < encodings.size() && !in.query.contains("from"))
    in.query.emplace("from", std::string(encodings[pick]));
  const std::string body = in.body;
  const auto [first_from, no_more_from] = in.query.equal_range("from");
  const std::string from = first_from == no_more_from ? "auto" : first_from->second;
  const auto [first_strict, no_more_strict] = in.query.equal_range("strict");
  bool strict = false;
  const bool strict_ok = first_strict == no_more_strict || server::parse_bool(first_strict->second, strict);
  const std::string canonical = canonical_encoding_name(from);

  server::Reply reply = server::convert_request(std::move(in.body), in.query, in.header);
  if (reply.status != 200) {
    check_error_reply(reply, body.size());
    FUZZ_CHECK(reply.status == 400, "status " + std::to_string(reply.status));
    if (canonical.empty() || !strict_ok) FUZZ_CHECK(reply.reason == "bad_option", reply.reason);
    return;
  }
  FUZZ_CHECK(!canonical.empty(), "unknown encoding '" + from + "' was served");
  FUZZ_CHECK(strict_ok, "strict='" + first_strict->second + "' was served");

  const std::string encoding = header(reply, "X-Vitext-Encoding");
  FUZZ_CHECK(known_encoding(encoding), "encoding '" + encoding + "'");
  // A named legacy encoding is the one read; tcvn3 chooses between its VN3 and VN1 variants.
  if (canonical != "auto" && canonical != "utf-8")
    FUZZ_CHECK(encoding == canonical || (canonical == "tcvn3" && encoding == "tcvn5712-1"), encoding + " for " + canonical);
  const std::string invalid = header(reply, "X-Vitext-Invalid-Bytes");
  FUZZ_CHECK(!invalid.empty() && std::stoull(invalid) <= body.size(), "invalid bytes " + invalid);
  if (strict) FUZZ_CHECK(invalid == "0", "strict conversion replaced bytes");

  std::string text = reply.body;
  if (reply.content_type == "application/json") {
    nlohmann::json j = nlohmann::json::parse(reply.body, nullptr, false);
    FUZZ_CHECK(j.is_object() && j["text"].is_string(), "JSON response " + reply.body);
    FUZZ_CHECK(j["encoding"] == encoding, "JSON and header disagree on the encoding");
    FUZZ_CHECK(j["invalid_bytes"].is_number_unsigned() && std::to_string(j["invalid_bytes"].get<uint64_t>()) == invalid,
               "JSON and header disagree on invalid bytes");
    FUZZ_CHECK(j["confidence"].is_number() && j["confidence"] >= 0 && j["confidence"] <= 1, "confidence");
    if (j.contains("first_invalid_offset"))
      FUZZ_CHECK(j["first_invalid_offset"].get<uint64_t>() < body.size(), "first invalid offset beyond the body");
    text = j["text"].get<std::string>();
  } else {
    FUZZ_CHECK(reply.content_type == "text/plain; charset=utf-8", reply.content_type);
  }
  check_valid_utf8(text);
  FUZZ_CHECK(reference_nfc(text) == text, "the text is not NFC");

  // UTF-8 read as UTF-8 is only composed (a BOM and NUL bytes aside, which decoding drops).
  const bool as_utf8 = canonical == "utf-8" || (canonical == "auto" && encoding == "utf-8");
  if (as_utf8 && decoding::valid_utf8_prefix(body) == body.size() && !body.starts_with("\xEF\xBB\xBF") &&
      body.find('\0') == std::string::npos)
    FUZZ_CHECK(text == reference_nfc(body), "valid UTF-8 did not come back as its NFC");
  // Valid UTF-8 beyond ASCII is never taken for a legacy encoding.
  if (canonical == "auto" && decoding::valid_utf8_prefix(body) == body.size() &&
      std::any_of(body.begin(), body.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
    FUZZ_CHECK(encoding == "utf-8", "valid UTF-8 read as " + encoding);
}

}  // namespace vitext::fuzz

VITEXT_FUZZ_TARGET(vitext::fuzz::convert_target)
