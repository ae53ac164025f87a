#include "segment/units.h"

#include <string_view>

namespace vitext::segment {
namespace {

// Typed tokens stand for their class, not their digits: "2014" and "1975" look alike.
uint64_t kind_key(TokenKind kind) { return mix64(0x51ed27f3a9c4b680ULL + static_cast<uint64_t>(kind)); }

}  // namespace

bool joinable_kind(TokenKind kind) { return kind == TokenKind::kSyllable; }

bool abbreviation_like(std::string_view letters) {
  if (letters.empty() || letters.size() > 3) return false;
  for (char c : letters) {
    const char lower = static_cast<char>(c | 0x20);
    if (lower < 'a' || lower > 'z') return false;
    if (letters.size() > 1 && std::string_view("aeiouy").find(lower) != std::string_view::npos) return false;
  }
  return true;
}

void build_units(const Document& doc, uint32_t begin, uint32_t end, std::vector<Unit>& out) {
  out.clear();
  const std::string_view text = doc.text.empty() ? std::string_view(doc.original) : std::string_view(doc.text);
  const bool view_spans = !doc.text.empty();
  bool prev_joinable = false;
  bool prev_abbreviation = false;
  uint32_t prev_end = 0;
  for (uint32_t t = begin; t < end; ++t) {
    const Token& tok = doc.tokens[t];
    const Span s = view_spans ? tok.view : tok.span;
    Unit u;
    const bool joinable = joinable_kind(tok.kind);
    switch (tok.kind) {
      case TokenKind::kSyllable:
      case TokenKind::kAcronym:
      case TokenKind::kPunct:
      case TokenKind::kSymbol: {
        SyllableInfo info = fold_syllable(text.substr(s.start, s.size()));
        u.key = info.key;
        u.shape = tok.kind == TokenKind::kPunct || tok.kind == TokenKind::kSymbol ? Shape::kPunct : info.shape;
        break;
      }
      case TokenKind::kNumber:
        u.key = kind_key(tok.kind);
        u.shape = Shape::kNumber;
        break;
      default:
        u.key = kind_key(tok.kind);
        u.shape = Shape::kOther;
        break;
    }
    bool line_break = false;
    if (t > begin && s.start >= prev_end) {
      for (uint32_t k = prev_end; k < s.start; ++k) {
        if (text[k] == '\n') {
          line_break = true;
          break;
        }
      }
    }
    u.joinable = t > begin && joinable && prev_joinable && !line_break;
    // An abbreviation's period, written against it and with more of the sentence after it.
    u.attached = t > begin && t + 1 < end && s.start == prev_end && text.substr(s.start, s.size()) == "." &&
                 prev_abbreviation;
    out.push_back(u);
    prev_joinable = joinable;
    prev_abbreviation = (tok.kind == TokenKind::kSyllable || tok.kind == TokenKind::kAcronym) &&
                        abbreviation_like(text.substr(s.start, s.size()));
    prev_end = s.end;
  }
}

}  // namespace vitext::segment
