// TokenIndex: the extraction rules' index over the pipeline's typed tokens (Document::tokens)
// and sentences. Not a tokenizer: a piece is one token, with what the rules ask of it many
// times (its folded matching key, its case, its sentence and paragraph) computed once.
// The rules see the token's type through a coarse role: a word (syllable, acronym, unit
// or a currency written in letters), a number, a percentage, a date, a mark, or another
// typed token they leave alone (times, money, URLs, e-mails, hashtags, mentions, codes).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vitext/document.h"

namespace vitext::extract {

enum class PieceKind : uint8_t { kWord, kNumber, kPercent, kDate, kPunct, kOther };

struct Piece {
  Span view;
  PieceKind kind = PieceKind::kWord;
  TokenKind token = TokenKind::kSyllable;  // the tokenizer's type
  bool upper = false;         // starts with an upper-case letter
  bool acronym = false;       // all upper case, two letters or more
  bool space_before = false;
  bool newline_before = false;
  uint32_t key_begin = 0, key_len = 0;  // into TokenIndex::keys
  uint32_t sentence = 0;
  uint32_t paragraph = 0;
};

struct TokenIndex {
  std::string_view text;  // the view the spans refer to
  std::vector<Piece> items;
  std::string keys;       // arena of folded keys
  // Per piece: which phrase tables have a phrase starting with this piece's key (bit per
  // table, see Lexicons::mark_first_pieces). Empty = unknown, every table is looked up.
  std::vector<uint32_t> first_mask;
  uint32_t sentence_count = 0;

  size_t size() const { return items.size(); }
  const Piece& operator[](size_t i) const { return items[i]; }
  std::string_view key(size_t i) const { return std::string_view(keys).substr(items[i].key_begin, items[i].key_len); }
  // Empty past the last piece, so rules may look ahead without bounds checks.
  std::string_view str(size_t i) const {
    return i < items.size() ? text.substr(items[i].view.start, items[i].view.size()) : std::string_view();
  }
  // View text from the start of piece b to the end of piece e-1.
  std::string_view str(size_t b, size_t e) const {
    return text.substr(items[b].view.start, items[e - 1].view.end - items[b].view.start);
  }
  Span view(size_t b, size_t e) const { return {items[b].view.start, items[e - 1].view.end}; }
  bool is(size_t i, std::string_view folded_key) const { return i < items.size() && key(i) == folded_key; }
  bool punct(size_t i, char c) const {
    return i < items.size() && items[i].kind == PieceKind::kPunct && str(i).size() == 1 && str(i)[0] == c;
  }
};

// The pieces of a document whose tokens and sentences are made (doc.text is the view they
// refer to). Sentence and paragraph numbers come from doc.sentences.
TokenIndex index_tokens(const Document& doc);

// The tokens of a short phrase (a lexicon entry, a literal in a rule) as the tokenizer cuts
// it, folded and joined by single spaces: the key a phrase table compares piece keys with.
// "Bà Rịa - Vũng Tàu" -> "ba2 ria5 - vung tau2", "TP.HCM" -> "tp.hcm" (one acronym token).
std::string fold_phrase(std::string_view phrase);

}  // namespace vitext::extract
