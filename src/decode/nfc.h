// NFC composition of valid UTF-8: what `vitext convert` and `POST /v1/convert` hand back
// after decoding, so that legacy input comes out in the form every tool expects.
#pragma once

#include <string>
#include <string_view>

#include "vitext/status.h"

namespace vitext {

// Composes `in` (valid UTF-8) to NFC into `out`. Text that is certainly NFC already is
// copied without calling utf8proc.
Status to_nfc(std::string_view in, std::string& out);

}  // namespace vitext
