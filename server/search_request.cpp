#include "server/search_request.h"

#include <charconv>
#include <cmath>
#include <set>

namespace vitext::server {
namespace {

bool fail(RequestError& err, std::string reason, std::string message) {
  err.status = 400;
  err.reason = std::move(reason);
  err.message = std::move(message);
  err.offset = -1;
  return false;
}

bool parse_number(const std::string& name, const std::string& value, double& out, RequestError& err) {
  const char* end = value.data() + value.size();
  auto [ptr, ec] = std::from_chars(value.data(), end, out);
  if (value.empty() || ec != std::errc() || ptr != end || !std::isfinite(out))
    return fail(err, "bad_query", "parameter '" + name + "' wants a number, not '" + value + "'");
  return true;
}

bool parse_count(const std::string& name, const std::string& value, size_t& out, RequestError& err) {
  const char* end = value.data() + value.size();
  auto [ptr, ec] = std::from_chars(value.data(), end, out);
  if (value.empty() || ec != std::errc() || ptr != end)
    return fail(err, "bad_query", "parameter '" + name + "' wants a whole number, not '" + value + "'");
  return true;
}

}  // namespace

bool parse_search_request(const QueryParams& query, SearchQuery& out, RequestError& err) {
  out = SearchQuery{};
  std::set<std::string, std::less<>> seen;
  for (const auto& [name, value] : query) {
    if (!seen.insert(name).second) return fail(err, "bad_query", "parameter '" + name + "' is given twice");
    if (name == "q") out.text = value;
    else if (name == "person") out.person = value;
    else if (name == "entity") out.entity = value;
    else if (name == "type") out.entity_type = value;
    else if (name == "since") out.since = value;
    else if (name == "until") out.until = value;
    else if (name == "fact_unit") out.fact_unit = value;
    else if (name == "fact_min") {
      double v = 0;
      if (!parse_number(name, value, v, err)) return false;
      out.fact_min = v;
    } else if (name == "fact_max") {
      double v = 0;
      if (!parse_number(name, value, v, err)) return false;
      out.fact_max = v;
    } else if (name == "limit") {
      if (!parse_count(name, value, out.limit, err)) return false;
    } else {
      return fail(err, "unknown_parameter",
                  "unknown parameter '" + name +
                      "' (use q, person, entity, type, since, until, fact_unit, fact_min, fact_max, limit)");
    }
  }
  Status st = validate_query(out);
  if (!st.ok()) return fail(err, "bad_query", st.message());
  return true;
}

}  // namespace vitext::server
