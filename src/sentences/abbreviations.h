// Abbreviations whose final "." does not (or not always) end a sentence.
#pragma once

#include <string_view>

namespace vitext::sentences {

enum class Abbreviation {
  kNone,
  kTitle,   // comes before a name, place or number ("TP. Hà Nội", "GS. Lê", "Q. 1"): never ends a sentence
  kEnding,  // may close a sentence ("v.v.", "etc."): ends one when a capital follows
};

// `word` is the text before the "." back to the previous space or opening bracket/quote
// ("TP", "Th.S", "PGS.TS", "v.v"). Compound titles joined by "." ("GS.TS") are titles.
Abbreviation find_abbreviation(std::string_view word);

}  // namespace vitext::sentences
