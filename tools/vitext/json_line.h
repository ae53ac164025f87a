// One JSON value on one line, as the CLI writes its own small records (tokens, sentences,
// errors of the text-core commands); invalid UTF-8 is replaced rather than thrown.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace vitext::cli {

inline std::string json_line(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace vitext::cli
