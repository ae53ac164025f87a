// VIQR (RFC 1456, "Vietnamese Quoted-Readable"): Vietnamese in plain ASCII, each diacritic
// typed after its vowel: ^ circumflex, ( breve, + horn; ' ` ? ~ . the five tones; "dd" or
// "d-" for đ; a backslash makes the next mark character literal ("ba\." is "ba.").
// ASCII punctuation doubles as marks, so a word's marks are applied only when the result
// is a valid Vietnamese syllable. A '.' or '?' ending a word is a tone mark only when the
// sentence visibly goes on (a lowercase word or a comma follows): "ta? to^i" is "tả tôi", but
// "Ha Noi. Ho^m nay" and "dda^u?" at the end of a line keep their punctuation. (RFC 1456
// wants such punctuation escaped, "dda^u\?"; most real VIQR text does not bother.)
#include <algorithm>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "core/letters.h"
#include "core/syllable.h"
#include "decode/decoders.h"

namespace vitext::decoding {
namespace {

using viet::Tone;
using viet::Vowel;

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_mark_char(char c) {
  switch (c) {
    case '^': case '(': case '+': case '*': case '\'': case '`': case '?': case '~': case '.': case '-':
    case '\\':
      return true;
    default:
      return false;
  }
}
Tone tone_of(char c) {
  switch (c) {
    case '\'': return viet::kAcute;
    case '`': return viet::kGrave;
    case '?': return viet::kHook;
    case '~': return viet::kTilde;
    case '.': return viet::kDot;
    default: return viet::kNoTone;
  }
}

struct Piece {
  uint32_t offset, len;  // source bytes, relative to the input
  char32_t out;
};

struct ParsedWord {
  std::vector<Piece> pieces;
  size_t end = 0;
  int marks = 0;          // mark characters used
  bool strong = false;    // a mark plain ASCII text rarely puts after a vowel
  int weak_marks = 0;     // ' ? . : also ASCII punctuation
  bool trailing_stop = false;  // the last mark is a '.' or '?' that ends the word
};

ParsedWord parse_word(std::string_view in, size_t start) {
  ParsedWord w;
  size_t pos = start;
  bool toned = false;
  while (pos < in.size() && is_letter(in[pos])) {
    char c = in[pos];
    bool upper = c >= 'A' && c <= 'Z';
    if (pos == start && (c == 'd' || c == 'D') && pos + 1 < in.size() &&
        (in[pos + 1] == 'd' || in[pos + 1] == 'D' || in[pos + 1] == '-')) {
      w.pieces.push_back({static_cast<uint32_t>(pos), 2, upper ? viet::kDStrokeUpper : viet::kDStroke});
      w.marks++;
      w.strong = true;
      pos += 2;
      continue;
    }
    viet::Letter l = viet::analyse_vowel(static_cast<unsigned char>(c));
    if (!l.is_vowel) {
      w.pieces.push_back({static_cast<uint32_t>(pos), 1, static_cast<char32_t>(c)});
      ++pos;
      continue;
    }
    Vowel v = l.vowel;
    size_t len = 1;
    if (pos + len < in.size()) {
      char q = in[pos + len];
      const viet::Modifier m = q == '^' ? viet::kCircumflex : q == '(' ? viet::kBreve
                               : q == '+' || q == '*' ? viet::kHorn : viet::kNoModifier;
      const Vowel to = viet::with_modifier(v, m);
      if (to != viet::kVowelCount) {
        v = to;
        ++len;
        w.marks++;
        w.strong = true;
      }
    }
    Tone t = viet::kNoTone;
    if (!toned && pos + len < in.size()) {
      t = tone_of(in[pos + len]);
      if (t != viet::kNoTone) {
        char m = in[pos + len];
        ++len;
        toned = true;
        w.marks++;
        if (m == '`' || m == '~') w.strong = true;
        else w.weak_marks++;
        bool ends_word = pos + len >= in.size() || !is_letter(in[pos + len]);
        if ((m == '.' || m == '?') && ends_word) w.trailing_stop = true;
      }
    }
    w.pieces.push_back({static_cast<uint32_t>(pos), static_cast<uint32_t>(len), viet::vowel_letter(v, t, upper)});
    pos += len;
    if (t != viet::kNoTone && pos < in.size() && tone_of(in[pos]) != viet::kNoTone) break;
  }
  w.end = pos;
  return w;
}

// After a word ending in '.' or '?' in text without RFC escapes: is that character
// punctuation? Yes at the end of the input or a line, and before a capitalised word; no
// when a lowercase word, a digit or more punctuation follows ("chi. ," "lo^. 1A").
bool stop_is_punctuation(std::string_view in, size_t word_start, size_t pos) {
  size_t b = word_start;
  while (b > 0 && (in[b - 1] == ' ' || in[b - 1] == '\t')) --b;
  if (b == 0 || in[b - 1] == '\n') return false;  // a line's first word: "O+? DDa`" is "Ở Đà"
  if (pos >= in.size()) return true;
  size_t k = pos;
  while (k < in.size() && (in[k] == ' ' || in[k] == '\t')) ++k;
  if (k == in.size() || in[k] == '\n' || in[k] == '\r') return true;
  if (k == pos) return !(in[k] == ',' || in[k] == ';' || in[k] == ':' || in[k] == '.' || in[k] == '?' ||
                         in[k] == '!' || in[k] == ')');
  char c = in[k];
  return c >= 'A' && c <= 'Z';
}

// Text that escapes its punctuation ("TP\. HCM") follows RFC 1456: every bare mark is a mark.
bool uses_rfc_escapes(std::string_view in) {
  for (size_t i = in.find('\\'); i != std::string_view::npos && i + 1 < in.size(); i = in.find('\\', i + 1))
    if (i > 0 && is_letter(in[i - 1]) && (in[i + 1] == '.' || in[i + 1] == '?')) return true;
  return false;
}

}  // namespace

void decode_viqr(std::string_view in, uint32_t base, ViewBuilder& out, DecodeCounters& counters, ViqrStats* stats) {
  size_t run = 0;
  std::string lower, buf;
  auto flush = [&](size_t upto) {
    if (upto > run) out.copy(base + static_cast<uint32_t>(run), in.substr(run, upto - run));
  };
  const bool rfc = uses_rfc_escapes(in);
  size_t i = 0;
  while (i < in.size()) {
    char c = in[i];
    if (c == '\\' && i + 1 < in.size() && is_mark_char(in[i + 1])) {
      flush(i);
      out.replace(base + static_cast<uint32_t>(i), 2, in.substr(i + 1, 1));
      i += 2;
      run = i;
      continue;
    }
    if (c == 0) {
      flush(i);
      out.replace(base + static_cast<uint32_t>(i), 1, {});
      ++counters.nul_dropped;
      run = ++i;
      continue;
    }
    if (static_cast<unsigned char>(c) >= 0x80) {
      // VIQR is 7-bit; other bytes can only be UTF-8 (text mixing both). Copying them blindly
      // would put invalid UTF-8 into the view: they are validated like UTF-8 input.
      flush(i);
      size_t j = i;
      while (j < in.size() && static_cast<unsigned char>(in[j]) >= 0x80) ++j;
      decode_utf8_lenient(in.substr(i, j - i), base + static_cast<uint32_t>(i), out, counters);
      run = i = j;
      continue;
    }
    if (!is_letter(c) || (i > 0 && is_letter(in[i - 1]))) {
      ++i;
      continue;
    }
    ParsedWord w = parse_word(in, i);
    if (stats) stats->words++;
    if (w.trailing_stop && !rfc && stop_is_punctuation(in, i, w.end)) {  // "Ha Noi." : the period is a period
      Piece& last = w.pieces.back();
      last.len -= 1;
      viet::Letter l = viet::analyse_vowel(last.out);
      last.out = viet::vowel_letter(l.vowel, viet::kNoTone, l.upper);
      w.end -= 1;
      w.marks -= 1;
      w.weak_marks -= 1;
    }
    bool apply = w.marks > 0;
    if (apply) {
      lower.clear();
      for (const Piece& p : w.pieces) {
        char32_t ch = p.out;
        if (ch >= 'A' && ch <= 'Z') ch += 'a' - 'A';
        viet::Letter l = viet::analyse_vowel(ch);
        if (l.is_vowel) ch = viet::vowel_letter(l.vowel, l.tone, false);
        if (ch == viet::kDStrokeUpper) ch = viet::kDStroke;
        utf8::append(lower, ch);
      }
      // Names like "Cha(mkamoom" or "nilo^ng" are no syllables, but ^ ( + ` ~ after a vowel
      // are VIQR marks in VIQR text all the same.
      apply = is_vietnamese_syllable(lower) || (w.strong && w.weak_marks == 0);
    }
    if (apply) {
      flush(i);
      for (const Piece& p : w.pieces) {
        if (p.len == 1 && p.out < 0x80) {
          out.copy(base + p.offset, in.substr(p.offset, 1));
        } else {
          buf.clear();
          utf8::append(buf, p.out);
          out.replace(base + p.offset, p.len, buf);
          ++counters.converted;
        }
      }
      run = w.end;
      if (stats) {
        stats->converted_words++;
        if (w.strong) stats->strong_words++;
      }
    }
    // Unconverted words stay in the copied run, marks and all.
    i = std::max(w.end, i + 1);
  }
  flush(in.size());
}

}  // namespace vitext::decoding
