// Pieces: the extraction stage's own light tokenisation of the normalised view, so that it
// works on any Document (with or without the tokenizer's and segmenter's layers). A piece is
// a letter run (a syllable or an acronym), a number, a percentage, a date-like d/m[/y], or
// one punctuation character; each knows its matching key, sentence and paragraph.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vitext/document.h"

namespace vitext::extract {

enum class PieceKind : uint8_t { kWord, kNumber, kPercent, kDate, kPunct };

struct Piece {
  Span view;
  PieceKind kind = PieceKind::kWord;
  bool upper = false;         // starts with an upper-case letter
  bool acronym = false;       // all upper case, two letters or more
  bool space_before = false;
  bool newline_before = false;
  uint32_t key_begin = 0, key_len = 0;  // into Pieces::keys
  uint32_t sentence = 0;
  uint32_t paragraph = 0;
};

struct Pieces {
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

// Splits `text` into pieces. When `sentences` is not empty (the sentence splitter ran) the
// sentence and paragraph numbers come from it; otherwise from full stops and line breaks.
Pieces scan_pieces(std::string_view text, const std::vector<Sentence>& sentences);

}  // namespace vitext::extract
