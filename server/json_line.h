// One JSON value on one line, as the server writes its own small bodies (errors, info,
// convert results); invalid UTF-8 is replaced rather than thrown.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace vitext::server {

inline std::string json_line(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace vitext::server
