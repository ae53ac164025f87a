// Tokenisation: splits the normalised view (doc.text) into syllables and typed tokens
// (numbers, dates, times, money, URLs, e-mails, hashtags, mentions, acronyms, emoji,
// punctuation). Every non-space byte of the view belongs to exactly one token; tokens
// are in text order, never overlap, and carry both view and original offsets.
// The rules per kind are listed in docs/tokens.md.
#pragma once

#include "vitext/document.h"
#include "vitext/stage.h"
#include "vitext/status.h"

namespace vitext {

struct TokenizeOptions {
  // Recognise URLs, e-mail addresses, #hashtags and @mentions. Off: they fall apart into
  // syllables and punctuation (useful for text known to hold none).
  bool web = true;
};

// Fills doc.tokens (its old tokens replaced, its capacity reused) from doc.text and doc.map.
// Fails with kInvalidInput when the view is too large for 32-bit offsets, and with
// kInternal when doc.map does not describe doc.text. Sentences are not touched.
Status tokenize(Document& doc, const TokenizeOptions& options = {});

class TokenizeStage : public Stage {
 public:
  explicit TokenizeStage(TokenizeOptions options = {}) : options_(options) {}
  std::string_view name() const override { return "tokenize"; }
  Status apply(Document& doc) const override { return tokenize(doc, options_); }

 private:
  TokenizeOptions options_;
};

}  // namespace vitext
