#include "tokens/word.h"

#include "core/syllable.h"
#include "core/utf8.h"
#include "tokens/char_class.h"
#include "tokens/numeric.h"

namespace vitext::tokens {

namespace {

struct Run {
  size_t end;
  bool ascii;  // only ASCII letters/digits
  bool digits;
};

// Letters and marks (and digits when `with_digits`) from i. ASCII is the fast path.
Run scan_letters(std::string_view s, size_t i, bool with_digits) {
  Run r{i, true, false};
  const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
  while (r.end < s.size()) {
    unsigned char c = bytes[r.end];
    if (c >= 0x80) {
      if (size_t n = latin_letter_length(bytes + r.end, s.size() - r.end)) {
        r.ascii = false;
        r.end += n;
        continue;
      }
    } else {
      if (is_ascii_alpha(c)) {
        ++r.end;
      } else if (with_digits && is_ascii_digit(c)) {
        r.digits = true;
        ++r.end;
      } else {
        break;
      }
      continue;
    }
    utf8::Decoded d = utf8::decode(s, r.end);
    CharClass cls = classify_non_ascii(d.cp);
    if (cls != CharClass::kLetter && cls != CharClass::kMark) break;
    r.ascii = false;
    r.end += d.len;
  }
  return r;
}

bool ascii_alpha_at(std::string_view s, size_t i) {
  return i < s.size() && is_ascii_alpha(static_cast<unsigned char>(s[i]));
}

// Length of an apostrophe (' or ’) at i, or 0.
size_t apostrophe_at(std::string_view s, size_t i) {
  if (i < s.size() && s[i] == '\'') return 1;
  if (s.substr(i, 3) == "\xE2\x80\x99") return 3;
  return 0;
}

// "COVID-19", "SARS-CoV-2", "F-16": hyphenated ASCII segments up to the last one with a digit.
size_t hyphenated_code_end(std::string_view s, size_t e) {
  size_t best = 0;
  while (e + 1 < s.size() && s[e] == '-' && is_ascii_alnum(static_cast<unsigned char>(s[e + 1]))) {
    size_t i = e + 1;
    bool digit = false;
    while (i < s.size() && is_ascii_alnum(static_cast<unsigned char>(s[i]))) {
      digit |= is_ascii_digit(static_cast<unsigned char>(s[i]));
      ++i;
    }
    if (digit) best = i;
    e = i;
  }
  return best;
}

// "TP.HCM", "Tp.HCM": a short capitalised prefix, a dot, two or more capitals.
size_t dotted_acronym_end(std::string_view s, size_t pos, size_t e) {
  if (e - pos > 3 || e + 2 >= s.size() || s[e] != '.') return 0;
  size_t i = e + 1;
  while (i < s.size() && is_ascii_upper(static_cast<unsigned char>(s[i]))) ++i;
  if (i - (e + 1) < 2) return 0;
  if (i < s.size() && classify(utf8::decode(s, i).cp) == CharClass::kLetter) return 0;
  return i;
}

bool looks_like_acronym(std::string_view form) {
  size_t upper = 0, lower = 0;
  for (size_t i = 0; i < form.size();) {
    utf8::Decoded d = utf8::decode(form, i);
    i += d.len;
    if (is_upper(d.cp)) {
      ++upper;
    } else if (is_lower(d.cp)) {
      ++lower;
      if (lower >= 2 && lower > upper) return false;  // "Công", "Thanh": the common case
    }
  }
  return upper >= 2 && upper >= lower && !could_be_vietnamese_syllable(form);
}

}  // namespace

Match match_word(std::string_view s, size_t pos) {
  Run run = scan_letters(s, pos, false);
  // Apostrophes inside foreign words: "don't", "O'Neil", "rock'n'roll".
  while (run.ascii && run.end > pos && is_ascii_alpha(static_cast<unsigned char>(s[run.end - 1]))) {
    size_t a = apostrophe_at(s, run.end);
    if (!a || !ascii_alpha_at(s, run.end + a)) break;
    Run more = scan_letters(s, run.end + a, false);
    if (!more.ascii) break;
    run.end = more.end;
  }
  const bool capital = is_upper(utf8::decode(s, pos).cp);
  size_t end = run.end;
  bool has_digit = false;
  if (end < s.size() && is_ascii_digit(static_cast<unsigned char>(s[end]))) {  // "F0", "U23", "H5N1"
    Run alnum = scan_letters(s, end, true);
    end = alnum.end;
    has_digit = true;
  }
  if (capital && run.ascii) {
    if (size_t h = hyphenated_code_end(s, end)) return {h, TokenKind::kAcronym};
    if (!has_digit)
      if (size_t d = dotted_acronym_end(s, pos, end)) return {d, TokenKind::kAcronym};
  }
  if (has_digit) return {end, capital ? TokenKind::kAcronym : TokenKind::kSyllable};
  std::string_view form = s.substr(pos, end - pos);
  if (capital && end - pos >= 2) {
    // Currency codes (VNĐ, USD, EUR, ...) are all acronym-shaped.
    if (looks_like_acronym(form)) return {end, is_currency_word(form) ? TokenKind::kCurrency : TokenKind::kAcronym};
  }
  return {end, TokenKind::kSyllable};
}

}  // namespace vitext::tokens
