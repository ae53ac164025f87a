// A fuzz input read as an HTTP request, for the targets that call the server's handlers
// without sockets: "<header>\t<query string>\n<body>" (the header is the Content-Type of
// /v1/analyze, the Accept of /v1/convert). Shared by fuzz/server_fuzz.cpp and convert_fuzz.cpp.
#pragma once

#include <string>
#include <string_view>

#include "server/analysis.h"
#include "server/analyze_request.h"

namespace vitext::fuzz {

struct HttpInput {
  std::string_view header;
  server::QueryParams query;
  std::string body;
};
HttpInput read_http_input(std::string_view data);

// A 4xx/5xx reply is a JSON error {"error", "reason", "offset"?} with a reason, and an offset
// (if any) inside the request body of `body_size` bytes.
void check_error_reply(const server::Reply& reply, size_t body_size);

}  // namespace vitext::fuzz
