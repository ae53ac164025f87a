// Automatic detection of the source encoding. A candidate decoding is judged by the words
// it produces: Vietnamese text decoded with the right table gives valid syllables
// ("Việt"), with a wrong one gives junk ("ViÖt", "Vi»t").
#pragma once

#include <cstdint>
#include <string_view>

#include "decode/encoding.h"

namespace vitext::decoding {

struct SyllableScore {
  uint64_t valid = 0;    // words with non-ASCII letters that are Vietnamese syllables
  uint64_t invalid = 0;  // words with non-ASCII characters that are not
  int64_t net() const { return static_cast<int64_t>(valid) - static_cast<int64_t>(invalid); }
};
SyllableScore score_vietnamese(std::string_view utf8);

struct Detection {
  Encoding encoding = Encoding::kUtf8;
  double confidence = 0.0;  // 0..1: share of valid syllables, discounted by a thin margin
};

// For input that is not valid UTF-8: the best of UTF-8 (lenient) and the legacy encodings.
Detection detect_encoding(std::string_view sample);

// Explicit "tcvn3": VN3 (font text) or VN1 (iconv), whichever reads better.
Encoding choose_tcvn_variant(std::string_view sample);

// For pure ASCII input: is it VIQR? True only when VIQR marks are frequent.
bool looks_like_viqr(std::string_view sample, double* confidence);

// The first `limit` bytes, cut after the last space or newline so a multi-byte letter
// (VNI, UTF-8) is not split.
std::string_view detection_sample(std::string_view in, size_t limit);

}  // namespace vitext::decoding
