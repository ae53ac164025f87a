// Helpers for the tokenizer and sentence splitter tests: a Document whose view is its
// original (identity map), and readable dumps of its layers.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "vitext/document.h"
#include "vitext/sentences.h"
#include "vitext/tokenize.h"

namespace vitext::testing {

inline Document plain_document(std::string s) {
  Document doc(s);
  doc.text = std::move(s);
  doc.map = OffsetMap::Identity(static_cast<uint32_t>(doc.text.size()));
  return doc;
}

using FormKind = std::pair<std::string, std::string>;

inline std::vector<FormKind> tokens_of(const std::string& s) {
  Document doc = plain_document(s);
  tokenize(doc);
  std::vector<FormKind> out;
  for (const Token& t : doc.tokens)
    out.emplace_back(std::string(doc.original_of(t.span)), token_kind_name(t.kind));
  return out;
}

inline std::vector<std::string> forms_of(const std::string& s) {
  std::vector<std::string> out;
  for (auto& fk : tokens_of(s)) out.push_back(fk.first);
  return out;
}

inline std::vector<std::string> sentences_of(const std::string& s, const SentenceOptions& options = {}) {
  Document doc = plain_document(s);
  tokenize(doc);
  split_sentences(doc, options);
  std::vector<std::string> out;
  for (const Sentence& sentence : doc.sentences) out.emplace_back(doc.original_of(sentence.span));
  return out;
}

}  // namespace vitext::testing
