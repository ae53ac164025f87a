// JSON of the extraction layers ("entities", "people", "dates", "facts", "awards"), in the
// shape of docs/format.md. Offsets are into the original input; text is original text.
#pragma once

#include <nlohmann/json.hpp>

#include "vitext/document.h"

namespace vitext {

// Adds the extraction layers to a document's JSON object (only the layers that are set).
void add_extraction_json(const Document& doc, nlohmann::json& j);

}  // namespace vitext
