// The stages before word segmentation, as the segmenter's training, evaluation, tests and
// CLI run them, so the model sees the same view at training time and at run time:
// decode -> (normalize, once it is on main) -> tokenize -> split_sentences.
// The segmenter's syllable keys ignore case, composition and tone placement, so the
// normalisation step changes nothing the model sees.
#pragma once

#include "vitext/document.h"
#include "vitext/status.h"

namespace vitext::train {

// Fills doc.text/map, doc.tokens and doc.sentences from doc.original.
Status prepare_for_segmentation(Document& doc);

}  // namespace vitext::train
