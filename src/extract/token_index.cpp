#include "extract/token_index.h"

#include "extract/fold.h"
#include "vitext/tokenize.h"

namespace vitext::extract {
namespace {

bool starts_with_letter(std::string_view s) {
  unsigned char c = s.empty() ? 0 : static_cast<unsigned char>(s[0]);
  return c >= 0x80 || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

// The rules' role of a token type. A currency written in letters ("VNĐ", "USD", the "đ" of
// "5.000 đ") is a word the counter lexicon knows; a currency sign is a mark.
PieceKind role(TokenKind kind, std::string_view s) {
  switch (kind) {
    case TokenKind::kSyllable:
    case TokenKind::kAcronym:
    case TokenKind::kUnit: return PieceKind::kWord;
    case TokenKind::kCurrency: return starts_with_letter(s) ? PieceKind::kWord : PieceKind::kPunct;
    case TokenKind::kNumber: return PieceKind::kNumber;
    case TokenKind::kPercent: return PieceKind::kPercent;
    case TokenKind::kDate: return PieceKind::kDate;
    case TokenKind::kPunct:
    case TokenKind::kSymbol:
    case TokenKind::kEmoji:
    case TokenKind::kOther: return PieceKind::kPunct;
    case TokenKind::kTime:
    case TokenKind::kMoney:
    case TokenKind::kUrl:
    case TokenKind::kEmail:
    case TokenKind::kHashtag:
    case TokenKind::kMention:
    case TokenKind::kCode: return PieceKind::kOther;
  }
  return PieceKind::kOther;
}

}  // namespace

TokenIndex index_tokens(const Document& doc) {
  TokenIndex out;
  out.text = doc.text;
  out.items.reserve(doc.tokens.size());
  out.keys.reserve(doc.text.size());
  uint32_t paragraph = 0;
  uint32_t previous_end = 0;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    if (s > 0 && sentence.paragraph_start) ++paragraph;
    for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
      const Token& token = doc.tokens[t];
      std::string_view form = out.text.substr(token.view.start, token.view.size());
      Piece p;
      p.view = token.view;
      p.token = token.kind;
      p.kind = role(token.kind, form);
      p.space_before = token.space_before || out.items.empty();
      p.newline_before =
          out.items.empty() || out.text.substr(previous_end, token.view.start - previous_end).find('\n') != std::string_view::npos;
      if (p.kind == PieceKind::kWord) {
        p.upper = starts_upper(form);
        p.acronym = all_upper(form);
      }
      p.key_begin = static_cast<uint32_t>(out.keys.size());
      append_fold(form, out.keys);
      p.key_len = static_cast<uint32_t>(out.keys.size()) - p.key_begin;
      p.sentence = s;
      p.paragraph = paragraph;
      out.items.push_back(p);
      previous_end = token.view.end;
    }
  }
  out.sentence_count = static_cast<uint32_t>(doc.sentences.size());
  return out;
}

std::string fold_phrase(std::string_view phrase) {
  Document doc;
  doc.text = std::string(phrase);
  std::string out;
  if (!tokenize(doc).ok()) return out;
  for (const Token& t : doc.tokens) {
    if (!out.empty()) out.push_back(' ');
    append_fold(doc.view_of(t.view), out);
  }
  return out;
}

}  // namespace vitext::extract
