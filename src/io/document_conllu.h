// CoNLL-U output of an analysed Document (docs/format.md, "CoNLL-U").
//
// One block per sentence with `# sent_id` and `# text` (the sentence's ORIGINAL text),
// FORM = the original bytes of the word, UPOS/XPOS/HEAD/DEPREL from the tagger and
// parser, and MISC `TokenRange=start:end` in byte offsets of the original input, plus
// `SpaceAfter=No` where no whitespace follows the word.
#pragma once

#include <ostream>

#include "vitext/document.h"

namespace vitext {

void write_document_conllu(std::ostream& out, const Document& doc);

}  // namespace vitext
