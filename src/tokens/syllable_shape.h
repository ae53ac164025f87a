// Whether an all-capitals letter run could be a Vietnamese syllable written in capitals
// ("CÔNG", "HÓA", "AN") or must be an acronym ("UBND", "ANTT", "HCM", "ThS").
#pragma once

#include <string_view>

namespace vitext::tokens {

// `word` is a run of letters (UTF-8). True when, with diacritics removed and lower-cased,
// it has the shape onset + 1-3 vowels + coda of a Vietnamese syllable.
bool could_be_vietnamese_syllable(std::string_view word);

}  // namespace vitext::tokens
