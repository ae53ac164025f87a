// How a trained model is found, in the binary or in a file: one definition that the
// Segmenter, the Tagger and the Parser (both its models) call. `load` is either the
// component to fill, read by its static `load(bytes, component)`, or a reader of the bytes,
// `load(std::string_view) -> Status`.
#pragma once

#include <string>
#include <string_view>
#include <type_traits>

#include "models/embedded_models.h"
#include "core/model_file.h"
#include "vitext/status.h"

namespace vitext {

namespace model_loading {
// Hands `bytes` to a reader, or to the component's own static load.
template <typename Load>
Status read(Load& load, std::string_view bytes) {
  if constexpr (std::is_invocable_r_v<Status, Load&, std::string_view>) {
    return load(bytes);
  } else {
    return Load::load(bytes, load);
  }
}
}  // namespace model_loading

// The model compiled in as models/<name>.bin, given to `load`; a ModelError saying
// `missing` when the build has none.
template <typename Load>
Status load_embedded_model(std::string_view name, const std::string& missing, Load&& load) {
  std::string_view bytes = embedded::find(name);
  if (bytes.empty()) return Status::ModelError(missing);
  return model_loading::read(load, bytes);
}

// The model in the file at `path`, given to `load`. The bytes live only for the call, so
// the reader copies what it keeps. With `name_file`, a model that does not load has its
// error prefixed by the path (an unreadable file's error names it already).
template <typename Load>
Status load_model_file(const std::string& path, Load&& load, bool name_file = false) {
  std::string bytes;
  if (Status s = read_file(path, bytes); !s.ok()) return s;
  Status s = model_loading::read(load, std::string_view(bytes));
  if (!s.ok() && name_file) return Status(s.code(), path + ": " + s.message());
  return s;
}

}  // namespace vitext
