// JSON of the extraction layers ("entities", "people", "dates", "facts", "awards"), in the
// shape of docs/format.md. Offsets are into the original input; text is original text.
#pragma once

#include <vector>

#include "io/json_layers.h"
#include "vitext/document.h"

namespace vitext {

// The extraction layers as JSON arrays described item by item; none when the document has
// no extraction result at all (then the JSON has none of the five keys). `doc` must outlive
// the layers.
std::vector<JsonLayer> extraction_layers(const Document& doc);

}  // namespace vitext
