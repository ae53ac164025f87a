#include "vitext/document.h"

namespace vitext {

const char* token_kind_name(TokenKind kind) {
  switch (kind) {
    case TokenKind::kSyllable: return "syllable";
    case TokenKind::kNumber: return "number";
    case TokenKind::kPercent: return "percent";
    case TokenKind::kDate: return "date";
    case TokenKind::kTime: return "time";
    case TokenKind::kMoney: return "money";
    case TokenKind::kCurrency: return "currency";
    case TokenKind::kUrl: return "url";
    case TokenKind::kEmail: return "email";
    case TokenKind::kHashtag: return "hashtag";
    case TokenKind::kMention: return "mention";
    case TokenKind::kAcronym: return "acronym";
    case TokenKind::kEmoji: return "emoji";
    case TokenKind::kPunct: return "punct";
    case TokenKind::kSymbol: return "symbol";
    case TokenKind::kOther: return "other";
    case TokenKind::kCode: return "code";
    case TokenKind::kUnit: return "unit";
  }
  return "other";
}

}  // namespace vitext
