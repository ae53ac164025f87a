// Per-document quality signals for corpus filtering: is this Vietnamese, is it real text?
// Computed from the decoded (and, when the pipeline normalises, normalised) view.
#pragma once

#include <cstdint>

#include <nlohmann/json.hpp>

#include "vitext/document.h"

namespace vitext {

struct QualitySignals {
  uint64_t chars = 0;             // code points of the view
  uint64_t syllables = 0;         // alphabetic runs (word pieces between spaces/punctuation)
  uint64_t valid_syllables = 0;   // of those, well-formed Vietnamese syllables
  uint64_t marked_syllables = 0;  // of those, carrying a Vietnamese diacritic (tone, vowel mark, đ)
  bool legacy_encoding = false;   // the input was not UTF-8 (TCVN3, VNI, VISCII, ...)
  uint64_t invalid_bytes = 0;     // replaced by U+FFFD when decoding

  // Share of syllables that are valid Vietnamese: 0 for a document with no letters.
  double vietnamese_share() const { return syllables ? double(valid_syllables) / double(syllables) : 0.0; }
  // Share of syllables with a diacritic: about 0.7 to 0.8 for running Vietnamese, near 0 for
  // English and for Vietnamese typed without marks.
  double diacritic_ratio() const { return syllables ? double(marked_syllables) / double(syllables) : 0.0; }
};

// Needs doc.text (the decode stage has run).
QualitySignals compute_quality(const Document& doc);

// {"chars", "syllables", "vietnamese", "diacritics", "legacy_encoding", "invalid_bytes"}
nlohmann::json quality_to_json(const QualitySignals& q);

}  // namespace vitext
