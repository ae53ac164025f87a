// The default models compiled into the analysis library (cmake/embed_models.cmake). Here, not
// in core/: the text layer below must not name what only the analysis layer defines.
#pragma once

#include <string_view>

namespace vitext::embedded {

// The bytes of models/<name>.bin as it was at build time, or an empty view if the build
// had no such model.
std::string_view find(std::string_view name);

}  // namespace vitext::embedded
