// Invariants of a Document's layers, shared by the fuzz targets. Each throws CheckFailure
// (fuzz/checks/check.h) with what is wrong.
#pragma once

#include <string_view>

#include "vitext/document.h"

namespace vitext::fuzz {

// The first byte of a fuzz input, used to pick options, and the rest.
struct Split {
  unsigned char selector = 0;
  std::string_view rest;
};
Split split_selector(std::string_view data);

void check_valid_utf8(std::string_view text);
// doc.map describes doc.text -> doc.original: sizes agree, pieces are contiguous, and every
// view character maps to a span inside the original, in order.
void check_view_map(const Document& doc);
// Tokens in order, without overlap, each span the image of its view; what lies between
// tokens is only white space; space_before says so.
void check_tokens(const Document& doc);
// The text core (src/core) on every token: UTF-8 read back writes the same bytes and reads
// the same backwards; the word key has single spaces and no underscore, and does not depend
// on case; a syllable's spelling does not depend on case; a Vietnamese syllable spells.
void check_text_core(const Document& doc);
// Sentences tile the tokens in order; their spans cover their tokens.
void check_sentences(const Document& doc, uint32_t max_tokens);
// Words tile each sentence's tokens; a word's span is its tokens' span; no word crosses a
// line break; typed tokens stand alone.
void check_words(const Document& doc);
// Every word tagged; each sentence's heads form one tree rooted at exactly one word.
void check_trees(const Document& doc);
// Entities, dates, facts, awards, people: spans inside the original, views inside the text.
void check_extraction(const Document& doc);
// The JSON and CoNLL-U writers accept the document, and the JSON reads back.
void check_writers(const Document& doc);

}  // namespace vitext::fuzz
