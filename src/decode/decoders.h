// The decoders, one per source encoding family. Each appends the decoding of `in` to a
// ViewBuilder; `base` is where `in` starts in the original, so map offsets are absolute.
// Decoders never fail: bytes that mean nothing become U+FFFD and are counted; NUL bytes are
// dropped (strict mode rejects both before decoding).
#pragma once

#include <cstdint>
#include <string_view>

#include "core/view_builder.h"
#include "decode/legacy_tables.h"

namespace vitext::decoding {

struct DecodeCounters {
  uint64_t invalid = 0;      // U+FFFD substitutions (each may cover several bytes)
  uint64_t invalid_bytes = 0;
  int64_t first_invalid = -1;
  uint64_t nul_dropped = 0;
  uint64_t converted = 0;    // characters rewritten from legacy bytes
  void note_invalid(size_t offset, size_t len) {
    ++invalid;
    invalid_bytes += len;
    if (first_invalid < 0) first_invalid = static_cast<int64_t>(offset);
  }
};

inline constexpr std::string_view kReplacementChar = "\xEF\xBF\xBD";

// UTF-8 with each maximal ill-formed subpart replaced by U+FFFD.
void decode_utf8_lenient(std::string_view in, uint32_t base, ViewBuilder& out, DecodeCounters& counters);
// Any single-byte table (VISCII, TCVN, Windows-1258).
void decode_with_table(std::string_view in, uint32_t base, const CodeTable& table, ViewBuilder& out,
                       DecodeCounters& counters);
// TCVN3 font text (VN3): the table of tcvn3_font_table(), and toned letters inside all-caps
// words read as capitals (they were typed in a capitals font with the lowercase codes).
void decode_tcvn3_font(std::string_view in, uint32_t base, ViewBuilder& out, DecodeCounters& counters);
// VNI-Windows: a base letter followed by a mark byte is one Vietnamese letter.
void decode_vni(std::string_view in, uint32_t base, ViewBuilder& out, DecodeCounters& counters);

struct ViqrStats {
  uint64_t words = 0;            // runs of ASCII letters
  uint64_t converted_words = 0;  // words that became Vietnamese syllables with marks
  uint64_t strong_words = 0;     // ... using a mark that plain text rarely has after a vowel
};
// VIQR (RFC 1456): "Vie^.t Nam", "dd"/"d-" for đ, "\" escapes a mark. A word's marks are
// applied only if the result is a valid Vietnamese syllable.
void decode_viqr(std::string_view in, uint32_t base, ViewBuilder& out, DecodeCounters& counters,
                 ViqrStats* stats = nullptr);

}  // namespace vitext::decoding
