// Sentence splitting: groups doc.tokens into doc.sentences. Runs after tokenize().
//
// A sentence ends after ".", "!", "?", "..." or "…" (with any closing quotes or brackets
// that follow it) unless the next token starts in lower case, the "." closes a known
// abbreviation (TP., GS., ThS., v.v., ...: src/sentences/abbreviations.cpp), an initial
// ("Nguyễn V. A.") or a list label at line start ("1.", "a."). A blank line always ends a
// sentence; a single line break ends one after a terminator, before a list item ("- ",
// "• ", "1. ", "a) ") and before a capitalised line (headlines, titles without a final
// "."). The full rules are in docs/tokens.md.
#pragma once

#include <cstdint>

#include "vitext/document.h"
#include "vitext/stage.h"
#include "vitext/status.h"

namespace vitext {

struct SentenceOptions {
  // A sentence longer than this many tokens is cut (0: never). Protects the stages after
  // this one (tagging, parsing) from a megabyte-long "sentence" in text without punctuation.
  uint32_t max_tokens = 512;
  // Every line break ends a sentence (input with one sentence per line).
  bool one_per_line = false;
};

// Fills doc.sentences (cleared first) with token ranges and spans. Word ranges stay 0.
// Sentences tile the tokens: every token is in exactly one sentence, in order.
Status split_sentences(Document& doc, const SentenceOptions& options = {});

class SentenceStage : public Stage {
 public:
  explicit SentenceStage(SentenceOptions options = {}) : options_(options) {}
  std::string_view name() const override { return "sentences"; }
  Status apply(Document& doc) const override { return split_sentences(doc, options_); }

 private:
  SentenceOptions options_;
};

}  // namespace vitext
