// CoNLL-U reading (for training and for `--input-format conllu`) and the sentence model
// it yields. Multiword-token lines (1-2) and empty nodes (1.1) are kept aside, not as words.
#pragma once

#include <istream>
#include <string>
#include <vector>

#include "vitext/status.h"

namespace vitext {

struct ConlluWord {
  std::string form, lemma, upos, xpos, feats;
  int head = -1;  // 0 = root; -1 = "_"
  std::string deprel, deps, misc;
};

struct ConlluSentence {
  std::vector<std::string> comments;  // raw comment lines without the leading "# "
  std::string sent_id;                // from "# sent_id = ..."
  std::string text;                   // from "# text = ..."
  std::vector<ConlluWord> words;
};

// Reads all sentences. Errors name the line number.
Status read_conllu(std::istream& in, std::vector<ConlluSentence>& out);
Status read_conllu_file(const std::string& path, std::vector<ConlluSentence>& out);

// Writes sentences back in CoNLL-U (comments first, then the word lines, then a blank line).
void write_conllu(std::ostream& out, const ConlluSentence& sentence);

}  // namespace vitext
