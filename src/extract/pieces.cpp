#include "extract/pieces.h"

#include <utf8proc.h>

#include <algorithm>

#include "extract/fold.h"

namespace vitext::extract {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Decodes the code point at `i`; returns its byte length (1 for an invalid byte).
size_t decode_at(std::string_view t, size_t i, utf8proc_int32_t& cp) {
  utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(t.data() + i),
                                        static_cast<utf8proc_ssize_t>(t.size() - i), &cp);
  if (n <= 0) {
    cp = -1;
    return 1;
  }
  return static_cast<size_t>(n);
}

bool is_letter(utf8proc_int32_t cp) {
  if (cp < 0) return false;
  auto cat = utf8proc_category(cp);
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
         (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME);
}

bool is_space(utf8proc_int32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 ||
         (cp > 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS);
}

// Length of a digit group run "1.000.000", "1,5", "2023" starting at i.
size_t number_length(std::string_view t, size_t i) {
  size_t j = i;
  while (j < t.size() && is_digit(t[j])) ++j;
  while (j + 1 < t.size() && (t[j] == '.' || t[j] == ',') && is_digit(t[j + 1])) {
    ++j;
    while (j < t.size() && is_digit(t[j])) ++j;
  }
  return j - i;
}

// "27/12", "12/2023", "27/12/2023", "27-12-2023": digits joined by '/' (one or two) or by
// '-' (exactly two), each part at most four digits.
size_t date_length(std::string_view t, size_t i) {
  auto digits = [&](size_t k) {
    size_t j = k;
    while (j < t.size() && is_digit(t[j]) && j - k < 5) ++j;
    return j - k;
  };
  size_t a = digits(i);
  if (a == 0 || a > 4) return 0;
  for (char sep : {'/', '-'}) {
    size_t j = i + a;
    int parts = 1;
    while (j < t.size() && t[j] == sep && parts < 3) {
      size_t b = digits(j + 1);
      if (b == 0 || b > 4) break;
      j += 1 + b;
      ++parts;
    }
    if ((sep == '/' && parts >= 2) || (sep == '-' && parts == 3)) return j - i;
  }
  return 0;
}

}  // namespace

Pieces scan_pieces(std::string_view text, const std::vector<Sentence>& sentences) {
  Pieces out;
  out.text = text;
  out.items.reserve(text.size() / 4);
  out.keys.reserve(text.size());
  bool space = true, newline = true;
  int newlines = 2;
  uint32_t sentence = 0, paragraph = 0;
  bool end_of_sentence = false;  // the previous piece closed a sentence
  size_t i = 0;
  while (i < text.size()) {
    utf8proc_int32_t cp;
    size_t n = decode_at(text, i, cp);
    if (is_space(cp)) {
      space = true;
      if (cp == '\n') {
        newline = true;
        ++newlines;
      }
      i += n;
      continue;
    }
    Piece p;
    p.space_before = space;
    p.newline_before = newline;
    size_t len = 0;
    if (is_digit(text[i])) {
      if (size_t d = date_length(text, i)) {
        len = d;
        p.kind = PieceKind::kDate;
      } else {
        len = number_length(text, i);
        p.kind = PieceKind::kNumber;
        if (i + len < text.size() && text[i + len] == '%') {
          ++len;
          p.kind = PieceKind::kPercent;
        }
      }
    } else if (is_letter(cp)) {
      size_t j = i;
      while (j < text.size()) {
        utf8proc_int32_t c;
        size_t m = decode_at(text, j, c);
        if (!is_letter(c) && !(c >= '0' && c <= '9')) break;
        j += m;
      }
      len = j - i;
      p.kind = PieceKind::kWord;
    } else {
      len = n;
      p.kind = PieceKind::kPunct;
    }
    p.view = {static_cast<uint32_t>(i), static_cast<uint32_t>(i + len)};
    std::string_view s = text.substr(i, len);
    if (p.kind == PieceKind::kWord) {
      p.upper = starts_upper(s);
      p.acronym = all_upper(s);
    }
    p.key_begin = static_cast<uint32_t>(out.keys.size());
    append_fold(s, out.keys);
    p.key_len = static_cast<uint32_t>(out.keys.size()) - p.key_begin;

    if (sentences.empty()) {
      if (!out.items.empty()) {
        if (newlines >= 1) {
          ++sentence;
          ++paragraph;
        } else if (end_of_sentence && (p.upper || p.kind != PieceKind::kWord) && p.kind != PieceKind::kPunct) {
          ++sentence;
        }
      }
      bool stop = p.kind == PieceKind::kPunct && (s == "." || s == "!" || s == "?" || s == "…");
      // A closing quote or bracket after the full stop still belongs to the sentence.
      bool closer = p.kind == PieceKind::kPunct && (s == "”" || s == "\"" || s == ")" || s == "’");
      end_of_sentence = stop || (end_of_sentence && closer);
    }
    p.sentence = sentence;
    p.paragraph = paragraph;
    out.items.push_back(p);
    space = newline = false;
    newlines = 0;
    i += len;
  }
  if (!sentences.empty()) {
    // Sentence spans from the splitter: assign by view offset.
    size_t s = 0;
    uint32_t para = 0;
    for (Piece& p : out.items) {
      while (s + 1 < sentences.size() && sentences[s + 1].view.start <= p.view.start) {
        ++s;
        if (sentences[s].paragraph_start) ++para;
      }
      p.sentence = static_cast<uint32_t>(s);
      p.paragraph = para;
    }
    out.sentence_count = static_cast<uint32_t>(sentences.size());
  } else {
    out.sentence_count = out.items.empty() ? 0 : sentence + 1;
  }
  return out;
}

}  // namespace vitext::extract
