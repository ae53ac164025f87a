// The word ranges a stage that reads words sentence by sentence (tagging, parsing) runs on.
#pragma once

#include <string>
#include <string_view>

#include "vitext/document.h"
#include "vitext/status.h"

namespace vitext {

// Calls `f(begin, end)` with the word range of each of doc's sentences, in order, or once
// with all of doc.words when the document has no sentences. A sentence whose range does
// not lie in doc.words stops the walk with an InvalidInput naming `stage`.
template <typename F>
Status for_each_sentence_words(const Document& doc, std::string_view stage, F&& f) {
  if (doc.sentences.empty()) {
    f(size_t{0}, doc.words.size());
    return Status::Ok();
  }
  for (const Sentence& s : doc.sentences) {
    if (s.word_begin > s.word_end || s.word_end > doc.words.size())
      return Status::InvalidInput(std::string(stage) + ": sentence word range out of bounds");
    f(size_t{s.word_begin}, size_t{s.word_end});
  }
  return Status::Ok();
}

}  // namespace vitext
