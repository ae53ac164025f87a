// Turns a document's tokens into the segmenter's units (one per token).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "segment/features.h"
#include "vitext/document.h"

namespace vitext::segment {

// True for the token kinds the segmenter may join into multi-token words: syllables only
// (acronyms such as "UBND" or "TP.HCM" stay words of their own).
bool joinable_kind(TokenKind kind);

// True when `letters` looks like an abbreviation or initial that keeps a following period:
// one ASCII letter, or two or three ASCII letters with no vowel ("TP", "Th", "PGS"), which
// no Vietnamese syllable is.
bool abbreviation_like(std::string_view letters);

// Appends the units of tokens [begin, end) to `out` (cleared first). The first unit is
// never joinable.
void build_units(const Document& doc, uint32_t begin, uint32_t end, std::vector<Unit>& out);

}  // namespace vitext::segment
