#include "vitext/sentences.h"

#include <string_view>

#include "core/utf8.h"
#include "sentences/abbreviations.h"
#include "tokens/char_class.h"

namespace vitext {

namespace {

using sentences::Abbreviation;

enum class Terminator { kNone, kPeriod, kBang, kEllipsis };

// Line breaks in the whitespace between two tokens: 0, 1, or 2 for a blank line (or a
// paragraph separator U+2029).
int line_breaks(std::string_view gap) {
  if (gap.size() == 1 && gap[0] == ' ') return 0;
  int n = 0;
  for (size_t i = 0; i < gap.size() && n < 2; ++i) {
    char c = gap[i];
    if (c == '\n' || (c == '\r' && (i + 1 == gap.size() || gap[i + 1] != '\n'))) {
      ++n;
    } else if (c == '\xE2' && gap.substr(i, 3) == "\xE2\x80\xA8") {
      ++n;
    } else if (c == '\xE2' && gap.substr(i, 3) == "\xE2\x80\xA9") {
      n = 2;
    }
  }
  return n;
}

class Splitter {
 public:
  Splitter(Document& doc, const SentenceOptions& options)
      : doc_(doc), text_(doc.text), tokens_(doc.tokens), options_(options) {}

  void run() {
    doc_.sentences.clear();
    if (tokens_.empty()) return;
    doc_.sentences.reserve(tokens_.size() / 16 + 4);
    uint32_t begin = 0;
    bool paragraph = true;
    uint32_t quotes = 0;  // straight double quotes seen (only their parity crosses a cut)
    Terminator term = Terminator::kNone;
    uint32_t term_index = 0;
    for (uint32_t t = 0; t < tokens_.size(); ++t) {
      // Most tokens are syllables inside a sentence, after one space or none: nothing can
      // end there and nothing changes (a syllable is no terminator, closing mark or quote).
      if (term == Terminator::kNone && t > begin && tokens_[t].kind == TokenKind::kSyllable &&
          (!options_.max_tokens || t - begin < options_.max_tokens) &&
          (!tokens_[t].space_before || single_space_before(t)))
        continue;
      if (t > begin) {
        const int breaks = tokens_[t].space_before ? line_breaks(gap_before(t)) : 0;
        bool cut = false;
        if (breaks >= 2) {
          cut = true;
        } else if (breaks == 1) {
          cut = options_.one_per_line || term != Terminator::kNone || is_list_item(t) ||
                (!continues_line(t - 1) && starts_upper(t));
        } else if (term != Terminator::kNone && !extends_terminator(t, quotes)) {
          cut = ends_before(term, term_index, t);
        }
        if (!cut && options_.max_tokens && t - begin >= options_.max_tokens) cut = true;
        if (cut) {
          emit(begin, t, paragraph);
          begin = t;
          paragraph = breaks >= 2;
          // A cut inside a line can fall inside a quotation ("Mẹ ! Bố ! " .): the next
          // sentence starts with the quote still open, so its straight quote closes it.
          quotes = breaks == 0 ? quotes % 2 : 0;
          term = Terminator::kNone;
        }
      }
      // Track whether the sentence so far ends in a terminator (plus closing marks).
      const std::string_view form = view(t);
      Terminator here = terminator_of(form);
      if (here != Terminator::kNone) {
        // "?!", "!!!", "?...": one terminator; any "!"/"?" in it decides.
        const bool continued = term != Terminator::kNone;
        term = continued && (term == Terminator::kBang || here == Terminator::kBang) ? Terminator::kBang : here;
        term_index = t;
      } else if (term != Terminator::kNone && is_closing(form, quotes, tokens_[t].space_before)) {
        // stays terminated: the closing quote or bracket belongs to this sentence
      } else {
        term = Terminator::kNone;
      }
      if (form == "\"") ++quotes;
    }
    emit(begin, static_cast<uint32_t>(tokens_.size()), paragraph);
  }

 private:
  std::string_view view(uint32_t t) const {
    const Span v = tokens_[t].view;
    return std::string_view(text_.data() + v.start, v.size());
  }

  bool single_space_before(uint32_t t) const {
    const uint32_t start = tokens_[t].view.start;
    return start == tokens_[t - 1].view.end + 1 && text_[start - 1] == ' ';
  }

  std::string_view gap_before(uint32_t t) const {
    uint32_t from = tokens_[t - 1].view.end, to = tokens_[t].view.start;
    return std::string_view(text_).substr(from, to - from);
  }

  bool first_on_line(uint32_t t) const { return t == 0 || line_breaks(gap_before(t)) > 0; }

  static Terminator terminator_of(std::string_view form) {
    const char c = form[0];
    if (c != '.' && c != '!' && c != '?' && c != '\xE2') return Terminator::kNone;
    if (form == ".") return Terminator::kPeriod;
    if (form == "!" || form == "?") return Terminator::kBang;
    if ((form.size() >= 2 && form.find_first_not_of('.') == std::string_view::npos) ||
        form.starts_with("\xE2\x80\xA6"))
      return Terminator::kEllipsis;
    return Terminator::kNone;
  }

  // Marks that close what a terminator ended: ” » ’ ) ] } and a straight quote that closes
  // an odd one (or is glued to the terminator).
  static bool is_closing(std::string_view form, uint32_t quotes, bool space_before) {
    if (form == ")" || form == "]" || form == "}" || form == "\xE2\x80\x9D" || form == "\xC2\xBB" ||
        form == "\xE2\x80\x99" || form == "\xE2\x80\xBA")
      return true;
    if (form == "\"") return quotes % 2 == 1 || !space_before;
    if (form == "'") return !space_before;
    return false;
  }

  static bool is_opening(std::string_view form) {
    return form == "(" || form == "[" || form == "\"" || form == "'" || form == "\xE2\x80\x9C" ||
           form == "\xC2\xAB" || form == "\xE2\x80\x98";
  }

  // Token t continues the terminator before it: "?" in "!?", a closing quote or bracket.
  bool extends_terminator(uint32_t t, uint32_t quotes) const {
    std::string_view f = view(t);
    if (terminator_of(f) != Terminator::kNone) return true;  // "?!", and "? ." in spaced-out text
    return is_closing(f, quotes, tokens_[t].space_before);
  }

  char32_t first_char(uint32_t t) const { return utf8::decode(view(t), 0).cp; }

  bool starts_upper(uint32_t t) const {
    if (is_opening(view(t)) && t + 1 < tokens_.size()) ++t;  // “Tôi ... / (Ảnh ...
    return tokens::is_upper(first_char(t));
  }

  bool starts_lower(uint32_t t) const { return tokens::is_lower(first_char(t)); }

  // A line ending in these goes on on the next line even before a capital.
  bool continues_line(uint32_t t) const {
    std::string_view f = view(t);
    return f == "," || f == "(" || f == "\xE2\x80\x9C" || f == "-" || f == "&";
  }

  // List labels: "1", "12", "a", "b", "I", "IV" (before "." or ")").
  bool is_list_label(uint32_t t) const {
    const Token& tok = tokens_[t];
    std::string_view f = view(t);
    if (tok.kind == TokenKind::kNumber) return f.size() <= 7;
    if (f.size() == 1 && tokens::is_ascii_alpha(static_cast<unsigned char>(f[0]))) return true;
    if (f.size() <= 4 && f.find_first_not_of("IVX") == std::string_view::npos) return true;
    return false;
  }

  // A list item starts at token t (t is first on its line): "- x", "• x", "1. x", "a) x".
  bool is_list_item(uint32_t t) const {
    std::string_view f = view(t);
    const bool spaced_after = t + 1 >= tokens_.size() || tokens_[t + 1].space_before;
    static constexpr std::string_view kBullets[] = {
        "-", "*", "+", "\xE2\x80\x93" /* – */, "\xE2\x80\x94" /* — */, "\xE2\x80\xA2" /* • */,
        "\xE2\x97\x8F" /* ● */, "\xE2\x96\xAA" /* ▪ */, "\xE2\x97\xA6" /* ◦ */, "\xE2\x97\x8B" /* ○ */,
        "\xE2\x96\xA0" /* ■ */, "\xE2\x96\xA1" /* □ */, "\xE2\x9E\xA2" /* ➢ */, "\xE2\x96\xBA" /* ► */,
        "\xE2\x9C\x93" /* ✓ */, "\xE2\x9C\x94" /* ✔ */, "\xE2\x86\x92" /* → */, "\xC2\xB7" /* · */};
    for (std::string_view b : kBullets)
      if (f == b) return spaced_after;
    if (t + 1 < tokens_.size() && is_list_label(t) && !tokens_[t + 1].space_before) {
      std::string_view next = view(t + 1);
      if (next == "." || next == ")") return t + 2 >= tokens_.size() || tokens_[t + 2].space_before;
    }
    return false;
  }

  // The text before a "." back to a space or an opening bracket/quote ("TP", "v.v", "Th.S").
  std::string_view word_before(uint32_t dot) const {
    const uint32_t end = tokens_[dot].view.start;
    uint32_t start = end;
    uint32_t t = dot;
    while (t > 0 && start - tokens_[t - 1].view.end == 0 && end - tokens_[t - 1].view.start <= 24) {
      if (is_opening(view(t - 1))) break;
      --t;
      start = tokens_[t].view.start;
    }
    return std::string_view(text_).substr(start, end - start);
  }

  bool is_capitalised_word(uint32_t t) const {
    TokenKind k = tokens_[t].kind;
    return (k == TokenKind::kSyllable || k == TokenKind::kAcronym) && tokens::is_upper(first_char(t));
  }

  // Whether the "." at `dot` closes a single capital letter written against it ("V.").
  bool after_single_capital(uint32_t dot) const {
    if (dot == 0 || tokens_[dot].space_before) return false;
    std::string_view f = view(dot - 1);
    utf8::Decoded d = utf8::decode(f, 0);
    return d.len == f.size() && tokens::is_upper(d.cp);
  }

  // "Nguyễn V. A." / "H. Nguyễn": a single capital before the "." with a name around it.
  bool is_initial(uint32_t dot, uint32_t next) const {
    if (!after_single_capital(dot) || !starts_upper(next)) return false;
    const uint32_t letter = dot - 1;
    if (letter == 0 || first_on_line(letter)) return true;
    const uint32_t before = letter - 1;
    return is_capitalised_word(before) || view(before) == ".";
  }

  // "đối tượng Lê Văn T. (SN 1990, trú tại ...)", "thợ săn K. (xã Phù Long)": a person
  // named by an initial, then described in brackets. The bracket opens on a birth year
  // ("SN"), a number or a lower-case word; "A. (Ảnh: ...)" still ends a sentence.
  bool describes_initial(uint32_t dot, uint32_t next) const {
    if (!after_single_capital(dot) || view(next) != "(" || next + 1 >= tokens_.size()) return false;
    const uint32_t inside = next + 1;
    return starts_lower(inside) || tokens_[inside].kind == TokenKind::kNumber || view(inside) == "SN";
  }

  // Whether a sentence that ends in `term` (its last terminator token at `index`) ends
  // before token `next` on the same line.
  bool ends_before(Terminator term, uint32_t index, uint32_t next) const {
    std::string_view f = view(next);
    if (starts_lower(next)) return false;
    if (f == "," || f == ";" || f == ":" || f == ")" || f == "]" || f == "%") return false;
    // Dialogue: "“Đi đâu?” – anh hỏi." The attribution belongs to the quote's sentence.
    if ((f == "-" || f == "\xE2\x80\x93" || f == "\xE2\x80\x94") && next + 1 < tokens_.size() && starts_lower(next + 1))
      return false;
    if (term == Terminator::kEllipsis) return starts_upper(next);
    if (term != Terminator::kPeriod || index == 0 || tokens_[index].space_before) return true;
    std::string_view word = word_before(index);
    Abbreviation abbreviation = sentences::find_abbreviation(word);
    if (abbreviation == Abbreviation::kNone && !tokens_[next].space_before) {
      // "Th.S", "v.v": the dot is inside the abbreviation.
      const uint32_t start = static_cast<uint32_t>(word.data() - text_.data());
      abbreviation = sentences::find_abbreviation(
          std::string_view(text_).substr(start, tokens_[next].view.end - start));
    }
    switch (abbreviation) {
      case Abbreviation::kTitle: return false;
      case Abbreviation::kEnding: return starts_upper(next);
      case Abbreviation::kNone: break;
    }
    if (is_initial(index, next) || describes_initial(index, next)) return false;
    if (first_on_line(index - 1) && is_list_label(index - 1)) return false;  // "1. Tổng kết"
    return true;
  }

  void emit(uint32_t begin, uint32_t end, bool paragraph) {
    Sentence s;
    s.view = {tokens_[begin].view.start, tokens_[end - 1].view.end};
    s.span = {tokens_[begin].span.start, tokens_[end - 1].span.end};
    s.token_begin = begin;
    s.token_end = end;
    s.paragraph_start = paragraph;
    doc_.sentences.push_back(s);
  }

  Document& doc_;
  const std::string& text_;
  const std::vector<Token>& tokens_;
  const SentenceOptions& options_;
};

}  // namespace

Status split_sentences(Document& doc, const SentenceOptions& options) {
  if (doc.tokens.size() >= UINT32_MAX) return Status::InvalidInput("too many tokens for one document");
  if (!doc.tokens.empty() && doc.tokens.back().view.end > doc.text.size())
    return Status::Internal("tokens do not match the text: run tokenize() first");
  Splitter(doc, options).run();
  return Status::Ok();
}

}  // namespace vitext
