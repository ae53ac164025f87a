// Syllables of Vietnamese personal names, for the segmenter's name features: the common
// family names (a hand-written list of facts) and the syllables of given names read from
// gazetteer files (one given name per line, e.g. "An Khang").
#pragma once

#include <string>
#include <vector>

#include "segment/fingerprint_map.h"
#include "vitext/status.h"

namespace vitext::train {

// Bits of a syllable's value in the name map.
inline constexpr uint8_t kFamilyName = 1;     // "Nguyễn", "Trần", "Lý"
inline constexpr uint8_t kGivenNameFirst = 2;  // first syllable of a listed given name ("Văn", "Minh")
inline constexpr uint8_t kGivenNameLast = 4;   // last syllable of a listed given name ("Hùng", "Sang")

Status build_name_lexicon(const std::vector<std::string>& given_name_files, segment::FingerprintMap& out);

}  // namespace vitext::train
