// The web viewer's files (web/), compiled into the server by cmake/embed_web.cmake.
#pragma once

#include <string_view>

namespace vitext::server {

// The bytes of web/<name> as it was at build time, or an empty view when there is no such file.
std::string_view find_web_asset(std::string_view name);

}  // namespace vitext::server
