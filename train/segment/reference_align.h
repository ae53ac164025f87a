// Locating the words of a segmented line (words separated by spaces, the syllables of a word
// joined by '_', as VnCoreNLP's RDRsegmenter and `vitext segment` write them) on the raw
// line they were made from. The segmenter's tokenizer may split or rewrite what it reads
// (RDR splits punctuation off and may move tone marks: "hoà" for "hòa"), so the two are
// compared letter by letter with case, tone marks, vowel modifiers and Unicode composition
// folded (core/fold.h), and every word is given as the byte span of the RAW line it covers:
// the user's text, never the segmenter's rewriting.
#pragma once

#include <string_view>
#include <vector>

#include "vitext/span.h"

namespace vitext::train {

// The words of `segmented` as byte spans of `raw`, in order. False when the two lines do not
// hold the same letters (then `words` is unspecified). A '_' is a literal underscore when
// `raw` has one at that place, else it joins two syllables.
bool align_segmented_line(std::string_view raw, std::string_view segmented, std::vector<Span>& words);

}  // namespace vitext::train
