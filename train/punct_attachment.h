// Harmonises how training trees attach commas and colons.
//
// UD Vietnamese VTB train and dev disagree: dev (like the UD guidelines) hangs a comma on
// the phrase that follows it (1,424 of 1,496 dev commas), train does so for only 483 of
// 782 and otherwise picks the word before or the clause head. A parser trained on the
// mixture learns neither convention; re-attaching train's commas and colons by the dev
// rule makes the convention learnable (see models/README.md for the dev numbers).
#pragma once

#include <vector>

#include "vitext/conllu.h"

namespace vitext::train {

// For every comma or colon (PUNCT with form "," / ";" / ":") that is not the last word:
// the new head is the highest word of the chain of heads starting at the next word whose
// own head still lies to the right of the punctuation. Returns how many heads changed.
size_t attach_punct_to_following_phrase(std::vector<ConlluSentence>& sentences);

}  // namespace vitext::train
