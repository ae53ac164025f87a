#include "vitext/tokenize.h"

#include <array>
#include <limits>
#include <string_view>

#include "core/utf8.h"
#include "tokens/char_class.h"
#include "tokens/codes.h"
#include "tokens/emoji.h"
#include "tokens/numeric.h"
#include "tokens/syllable_scan.h"
#include "tokens/web.h"
#include "tokens/word.h"

namespace vitext {

namespace {

using tokens::CharClass;
using utf8::Decoded;
using tokens::Match;

bool is_number_kind(TokenKind k) {
  return k == TokenKind::kNumber || k == TokenKind::kPercent || k == TokenKind::kMoney;
}

// A '-' (or U+2212 minus) is a sign when nothing number-like is glued to its left: "-5",
// "(-3,5%)", but not "10-15" or "COVID-19".
bool sign_position(std::string_view s, size_t i) {
  if (i == 0) return true;
  unsigned char p = static_cast<unsigned char>(s[i - 1]);
  if (p >= 0x80) return tokens::classify(utf8::decode_before(s, i).cp) == CharClass::kSpace;
  switch (p) {
    case '(': case '[': case '{': case '/': case '=': case ':': case ';': case ',': case '"':
      return true;
    default:
      return tokens::detail::kAsciiClass[p] == CharClass::kSpace;
  }
}

size_t run_of(std::string_view s, size_t i, std::string_view unit) {
  size_t e = i;
  while (s.substr(e, unit.size()) == unit) e += unit.size();
  return e;
}

// A URL or e-mail address that starts like a word or number ("congan.vn", "a.b@x.vn",
// "https://", "24h.com.vn") runs on past where the word ends, always with one of these
// bytes: looking for a URL only then keeps plain words on the fast path.
bool may_continue_as_web(std::string_view s, size_t end) {
  if (end >= s.size()) return false;
  switch (s[end]) {
    case '.': case '@': case ':': case '-': case '_': case '+': case '%':
      return true;
    default:
      return false;
  }
}

Match prefer_web(std::string_view s, size_t i, Match plain, const TokenizeOptions& options) {
  if (!options.web || !may_continue_as_web(s, plain.end)) return plain;
  Match web = tokens::match_url_or_email(s, i);
  return web.end > plain.end ? web : plain;
}

// The token starting at the non-space ASCII byte s[i] (class `cls`). Never returns end <= i.
Match scan_ascii(std::string_view s, size_t i, CharClass cls, const TokenizeOptions& options) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  {
    switch (cls) {
      case CharClass::kLetter:
        if (size_t e = tokens::unit_end(s, i)) return {e, TokenKind::kUnit};  // "km/h"
        return prefer_web(s, i, tokens::match_word(s, i), options);
      case CharClass::kDigit: {
        // Keycap emoji "1️⃣": the digit is followed by U+FE0F (EF B8 8F) or U+20E3 (E2 83 A3).
        if (i + 1 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xF0) == 0xE0)
          if (size_t e = tokens::match_emoji(s, i); e > i) return {e, TokenKind::kEmoji};
        return prefer_web(s, i, tokens::match_numeric(s, i), options);
      }
      default:
        break;
    }
    switch (c) {
      case '#': case '@':
        if (options.web)
          if (Match m = tokens::match_hashtag_or_mention(s, i)) return m;
        if (size_t e = tokens::match_emoji(s, i); e > i) return {e, TokenKind::kEmoji};  // "#️⃣"
        return {i + 1, TokenKind::kPunct};
      case '.':
        return {run_of(s, i, "."), TokenKind::kPunct};  // "..." is one ellipsis token
      case '-':
        if (i + 1 < s.size() && tokens::is_ascii_digit(static_cast<unsigned char>(s[i + 1])) &&
            sign_position(s, i)) {
          Match m = tokens::match_numeric(s, i + 1);
          if (is_number_kind(m.kind)) return m;
        }
        return {run_of(s, i, "-"), TokenKind::kPunct};  // "--"
      case '$':
        if (i + 1 < s.size() && tokens::is_ascii_digit(static_cast<unsigned char>(s[i + 1]))) {
          Match m = tokens::match_numeric(s, i + 1);
          if (m.kind == TokenKind::kNumber) return {m.end, TokenKind::kMoney};
        }
        return {i + 1, TokenKind::kCurrency};
      case '*':
        if (size_t e = tokens::match_emoji(s, i); e > i) return {e, TokenKind::kEmoji};  // "*️⃣"
        return {i + 1, TokenKind::kPunct};
      default:
        break;
    }
    switch (cls) {
      case CharClass::kPunct: return {i + 1, TokenKind::kPunct};
      case CharClass::kSymbol: return {i + 1, TokenKind::kSymbol};
      default: return {i + 1, TokenKind::kOther};
    }
  }
}

// The token starting at the non-space, non-ASCII character `d` (class `cls`) at s[i].
Match scan_non_ascii(std::string_view s, size_t i, utf8::Decoded d, CharClass cls) {
  const size_t next = i + d.len;
  switch (cls) {
    case CharClass::kLetter:
    case CharClass::kMark:
      return tokens::match_word(s, i);
    case CharClass::kEmoji:
      return {tokens::match_emoji(s, i), TokenKind::kEmoji};
    case CharClass::kCurrency:
      if (next < s.size() && tokens::is_ascii_digit(static_cast<unsigned char>(s[next]))) {
        Match m = tokens::match_numeric(s, next);
        if (m.kind == TokenKind::kNumber) return {m.end, TokenKind::kMoney};
      }
      return {next, TokenKind::kCurrency};
    case CharClass::kPunct:
      if (d.cp == 0x2026) return {run_of(s, i, "\xE2\x80\xA6"), TokenKind::kPunct};  // "…"
      return {next, TokenKind::kPunct};
    case CharClass::kSymbol: {
      if (d.cp == 0x2212 && next < s.size() && tokens::is_ascii_digit(static_cast<unsigned char>(s[next])) &&
          sign_position(s, i)) {
        Match m = tokens::match_numeric(s, next);
        if (is_number_kind(m.kind)) return m;
      }
      if (size_t e = tokens::match_emoji(s, i); e > i) return {e, TokenKind::kEmoji};  // "©️"
      if (d.cp == 0xB0)
        if (size_t e = tokens::unit_end(s, i)) return {e, TokenKind::kUnit};  // "°C"
      return {next, TokenKind::kSymbol};
    }
    default:
      return {next, TokenKind::kOther};
  }
}

// View -> original offsets for spans that come in text order. The identity map (most
// UTF-8 input) needs no lookup at all; otherwise a span inside the copied piece of the
// span before it (most tokens: a normalised text is mostly copied runs) maps by adding
// that piece's offset, and only the others ask the map's cursor.
class SpanMapper {
 public:
  explicit SpanMapper(const OffsetMap& map)
      : pieces_(map.pieces()), cursor_(map), identity_(map.is_identity()) {}
  Span operator()(Span view) {
    if (identity_) return view;
    if (view.start >= copied_begin_ && view.end <= copied_end_ && view.start < view.end)
      return {view.start + copied_shift_, view.end + copied_shift_};
    const Span original = cursor_.to_original(view);
    while (next_ < pieces_.size() && pieces_[next_].view_start + pieces_[next_].view_len <= view.start) ++next_;
    if (next_ < pieces_.size()) {
      const OffsetMap::Piece& p = pieces_[next_];
      if (p.identity() && p.view_start <= view.start) {
        copied_begin_ = p.view_start;
        copied_end_ = p.view_start + p.view_len;
        copied_shift_ = p.orig_start - p.view_start;  // modulo 2^32, as the sums above
      }
    }
    return original;
  }

 private:
  const std::vector<OffsetMap::Piece>& pieces_;
  OffsetMap::Cursor cursor_;
  bool identity_;
  size_t next_ = 0;  // the first piece that may hold a later span's start
  uint32_t copied_begin_ = 1, copied_end_ = 0;  // the copied piece last seen (empty at first)
  uint32_t copied_shift_ = 0;
};

}  // namespace

Status tokenize(Document& doc, const TokenizeOptions& options) {
  const std::string_view s = doc.text;
  if (s.size() >= std::numeric_limits<uint32_t>::max())
    return Status::InvalidInput("text is too large (4 GiB or more) for one document");
  if (!doc.map.pieces().empty() && doc.map.view_size() != s.size())
    return Status::Internal("offset map does not match the normalised text");
  // Tokens are written through a local cursor into a vector grown ahead of them: a
  // push_back would reload the vector's end and capacity after every store (a Token
  // store may alias them, as far as the compiler knows). The tokens a reused Document
  // already holds are overwritten, not cleared first: growing only zeroes the new part.
  std::vector<Token>& out = doc.tokens;
  const size_t estimate = s.size() / 5 + 16;  // news text has about one token per 5 bytes
  if (out.size() < estimate) out.resize(estimate);
  size_t count = 0;
  SpanMapper to_original(doc.map);
  bool space_before = false;
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    Match m;
    if (static_cast<unsigned>(c - 'a') < 26u) {
      // The commonest start: a lower-case ASCII letter ("công", "tác", "của").
      const size_t e = tokens::lower_syllable_end(s, i);
      m = e ? Match{e, TokenKind::kSyllable} : scan_ascii(s, i, CharClass::kLetter, options);
    } else if (c < 0x80) {
      const CharClass cls = tokens::detail::kAsciiClass[c];
      if (cls == CharClass::kSpace) {
        space_before = true;
        ++i;
        continue;
      }
      const size_t e = cls == CharClass::kLetter ? tokens::syllable_end(s, i) : 0;
      m = e ? Match{e, TokenKind::kSyllable} : scan_ascii(s, i, cls, options);
    } else if (tokens::latin_letter_length(reinterpret_cast<const unsigned char*>(s.data()) + i, s.size() - i)) {
      // The common case: a syllable starting with "đ", "Đ", "ư", "ở", ...
      const size_t e = tokens::syllable_end(s, i);
      m = e ? Match{e, TokenKind::kSyllable} : tokens::match_word(s, i);
    } else {
      const utf8::Decoded d = utf8::decode(s, i);
      const CharClass cls = tokens::classify_non_ascii(d.cp);
      if (cls == CharClass::kSpace) {
        space_before = true;
        i += d.len;
        continue;
      }
      m = scan_non_ascii(s, i, d, cls);
    }
    TokenKind kind = m.kind;
    // "5.000 đ": a lone "đ" after a number is the currency, elsewhere a syllable.
    if (kind == TokenKind::kSyllable && m.end - i == 2 && s.substr(i, 2) == "\xC4\x91" && count > 0 &&
        out[count - 1].kind == TokenKind::kNumber)
      kind = TokenKind::kCurrency;
    Span view{static_cast<uint32_t>(i), static_cast<uint32_t>(m.end)};
    if (count == out.size()) out.resize(out.size() * 2);
    out[count++] = Token{to_original(view), view, kind, space_before};
    i = m.end;
    // The one space after most tokens, taken here rather than by a turn of the loop.
    space_before = i < s.size() && s[i] == ' ';
    i += space_before;
  }
  out.resize(count);
  return Status::Ok();
}

}  // namespace vitext
