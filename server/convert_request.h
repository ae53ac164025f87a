// POST /v1/convert without the socket: legacy-encoded (or UTF-8) bytes -> NFC UTF-8, with
// what was detected in X-Vitext-* headers, as plain text or, when asked for, as JSON
// {"text", "encoding", "confidence", "invalid_bytes", "first_invalid_offset"?}.
// Query: ?from=<encoding or auto> (default auto), ?strict=true|1, ?format=json.
#pragma once

#include <string>
#include <string_view>

#include "server/analysis.h"
#include "server/analyze_request.h"

namespace vitext::server {

// The response to a /v1/convert request; `accept` is its Accept header. An unknown
// encoding or bytes that cannot be decoded give a 400 with a JSON error.
Reply convert_request(std::string body, const QueryParams& query, std::string_view accept);

}  // namespace vitext::server
