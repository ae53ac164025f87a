// The default models compiled into the binary (cmake/embed_models.cmake).
#pragma once

#include <string_view>

namespace vitext::embedded {

// The bytes of models/<name>.bin as it was at build time, or an empty view if the build
// had no such model.
std::string_view find(std::string_view name);

}  // namespace vitext::embedded
