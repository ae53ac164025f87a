// Stage: one step of the pipeline. Built once from immutable options/models, applied to
// many documents, possibly from many threads at once (apply is const and keeps no state).
#pragma once

#include <string_view>

#include "vitext/document.h"
#include "vitext/status.h"

namespace vitext {

class Stage {
 public:
  virtual ~Stage() = default;
  virtual std::string_view name() const = 0;
  // Reads the layers before it and adds its own. On error the document is left as it
  // was before the call's layer (earlier layers stay valid).
  virtual Status apply(Document& doc) const = 0;
};

}  // namespace vitext
