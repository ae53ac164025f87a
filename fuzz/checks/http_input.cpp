#include "fuzz/checks/http_input.h"

#include <nlohmann/json.hpp>

#include "fuzz/checks/check.h"

namespace vitext::fuzz {
namespace {

server::QueryParams parse_query(std::string_view q) {
  server::QueryParams out;
  while (!q.empty()) {
    size_t amp = q.find('&');
    std::string_view pair = q.substr(0, amp);
    size_t eq = pair.find('=');
    out.emplace(std::string(pair.substr(0, eq)), eq == std::string_view::npos ? "" : std::string(pair.substr(eq + 1)));
    q = amp == std::string_view::npos ? std::string_view() : q.substr(amp + 1);
  }
  return out;
}

}  // namespace

HttpInput read_http_input(std::string_view data) {
  HttpInput in;
  size_t nl = data.find('\n');
  std::string_view head = data.substr(0, nl);
  in.body = std::string(nl == std::string_view::npos ? std::string_view() : data.substr(nl + 1));
  size_t tab = head.find('\t');
  in.header = head.substr(0, tab);
  in.query = parse_query(tab == std::string_view::npos ? std::string_view() : head.substr(tab + 1));
  return in;
}

void check_error_reply(const server::Reply& reply, size_t body_size) {
  FUZZ_CHECK(reply.status >= 400 && !reply.reason.empty(), "error without a reason");
  FUZZ_CHECK(reply.content_type == "application/json", "error is not JSON: " + reply.content_type);
  nlohmann::json j = nlohmann::json::parse(reply.body, nullptr, false);
  FUZZ_CHECK(j.is_object() && j.contains("error") && j.value("reason", "") == reply.reason, "error body " + reply.body);
  if (j.contains("offset"))
    FUZZ_CHECK(j["offset"].is_number_unsigned() && j["offset"].get<uint64_t>() <= body_size,
               "error offset beyond the body");
}

}  // namespace vitext::fuzz
