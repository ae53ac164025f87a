// What a GET /v1/search asks for, read from its query string: the parameters of
// `vitext search` under the same names (q, person, entity, type, since, until, fact_unit,
// fact_min, fact_max, limit), checked by validate_query (vitext/search.h).
#pragma once

#include "server/analyze_request.h"
#include "vitext/search.h"

namespace vitext::server {

// Fills `out` from the query string; false with `err` (400, reason "bad_query" or
// "unknown_parameter") when a value is malformed, a parameter is unknown or given twice.
// An unknown name is refused rather than ignored: a filter silently dropped would answer
// a different question.
bool parse_search_request(const QueryParams& query, SearchQuery& out, RequestError& err);

}  // namespace vitext::server
