// The encodings vitext reads, their names, and one entry point that decodes with any of them.
#pragma once

#include <string>
#include <string_view>

#include "decode/decoders.h"

namespace vitext::decoding {

enum class Encoding {
  kUtf8,
  kTcvn3,      // TCVN3 / ABC font text (TCVN 5712 VN3)
  kTcvn5712,   // TCVN 5712:1993 VN1 (iconv's TCVN5712-1): all capitals precomposed too
  kVni,
  kViscii,
  kViqr,
  kCp1258,
};

// Canonical name as DecodeReport::encoding shows it: "utf-8", "tcvn3", "tcvn5712-1", "vni",
// "viscii", "viqr", "cp1258".
std::string_view encoding_name(Encoding e);

// Decodes `in` (starting at `base` in the original) with `e`; UTF-8 is decoded leniently.
void decode_as(Encoding e, std::string_view in, uint32_t base, ViewBuilder& out, DecodeCounters& counters);

}  // namespace vitext::decoding
