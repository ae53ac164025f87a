#include "segment/units.h"

#include <string_view>

#include "core/hash.h"

namespace vitext::segment {
namespace {

// Typed tokens stand for their class, not their digits: "2014" and "1975" look alike.
uint64_t kind_key(TokenKind kind) { return hash::mix64(0x51ed27f3a9c4b680ULL + static_cast<uint64_t>(kind)); }

bool wordlike_kind(TokenKind kind) {
  return kind == TokenKind::kSyllable || kind == TokenKind::kAcronym || kind == TokenKind::kNumber;
}

// A sentence written in capitals (a headline, a shouted comment) says nothing about names:
// its words are given the shapes of lower-case text, so "CÔNG AN TỈNH" segments like
// "công an tỉnh" instead of as one long capitalised run.
void lower_all_caps(std::vector<Unit>& units) {
  size_t letters = 0, upper = 0;
  for (const Unit& u : units) {
    letters += u.shape == Shape::kLower || u.shape == Shape::kTitle || u.shape == Shape::kUpper;
    upper += u.shape == Shape::kUpper;
  }
  if (upper < 3 || upper * 2 <= letters) return;
  for (Unit& u : units)
    if (u.shape == Shape::kUpper || u.shape == Shape::kTitle) u.shape = Shape::kLower;
}

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
  bool prev_wordlike = false;
  bool attach_next = false;
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
        u.onset = info.onset;
        u.rhyme = info.rhyme;
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
    const std::string_view form = text.substr(s.start, s.size());
    const bool tight = t > begin && !tok.space_before;
    // An abbreviation's period, written against it and with more of the sentence after it.
    u.attached = tight && t + 1 < end && form == "." && prev_abbreviation;
    // A hyphen written tight between two words or numbers ("Wai-kru", "GD-ĐT",
    // "1.500-2.000"), and the token after it: one word, as in the treebank.
    if (attach_next) {
      u.attached = true;
      attach_next = false;
    } else if (tight && form == "-" && prev_wordlike && t + 1 < end) {
      const Token& next = doc.tokens[t + 1];
      if (!next.space_before && wordlike_kind(next.kind)) u.attached = attach_next = true;
    }
    out.push_back(u);
    prev_joinable = joinable;
    prev_wordlike = wordlike_kind(tok.kind);
    prev_abbreviation = (tok.kind == TokenKind::kSyllable || tok.kind == TokenKind::kAcronym) &&
                        abbreviation_like(text.substr(s.start, s.size()));
    prev_end = s.end;
  }
  lower_all_caps(out);
}

}  // namespace vitext::segment
