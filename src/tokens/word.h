// Letter-led tokens: Vietnamese syllables, foreign words (with inner apostrophes:
// "don't", "O'Neil"), and acronyms ("UBND", "HĐND", "TP.HCM", "COVID-19", "F0", "U23").
#pragma once

#include <string_view>

#include "tokens/match.h"

namespace vitext::tokens {

// `s[pos]` starts a letter (or a stray combining mark). Always matches.
Match match_word(std::string_view s, size_t pos);

}  // namespace vitext::tokens
