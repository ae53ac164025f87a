// Decoders for UTF-8 (lenient) and the single-byte tables.
#include <algorithm>
#include <array>
#include <cstring>
#include <string>

#include "core/utf8.h"
#include "core/letters.h"
#include "decode/decoders.h"
#include "decode/utf8_validate.h"

namespace vitext::decoding {

void decode_utf8_lenient(std::string_view in, uint32_t base, ViewBuilder& out, DecodeCounters& counters) {
  size_t i = 0;
  while (i < in.size()) {
    size_t valid = valid_utf8_prefix(in.substr(i));
    // Copy the valid run, leaving out NUL bytes (dropped from the view, mapped as dropped).
    size_t run_end = i + valid;
    while (i < run_end) {
      const void* nul = std::memchr(in.data() + i, 0, run_end - i);
      size_t stop = nul ? static_cast<size_t>(static_cast<const char*>(nul) - in.data()) : run_end;
      if (stop > i) out.copy(base + static_cast<uint32_t>(i), in.substr(i, stop - i));
      i = stop;
      if (i < run_end) {
        out.replace(base + static_cast<uint32_t>(i), 1, {});
        ++counters.nul_dropped;
        ++i;
      }
    }
    if (i >= in.size()) break;
    size_t bad = maximal_subpart_length(in, i);
    out.replace(base + static_cast<uint32_t>(i), static_cast<uint32_t>(bad), kReplacementChar);
    counters.note_invalid(base + i, bad);
    i += bad;
  }
}

namespace {

char32_t upper_letter(char32_t c) {
  if (c == viet::kDStroke) return viet::kDStrokeUpper;
  viet::Letter l = viet::analyse_vowel(c);
  return l.is_vowel ? viet::vowel_letter(l.vowel, l.tone, true) : c;
}

bool is_capital(char32_t c) {
  viet::Letter l = viet::analyse_vowel(c);
  return c == viet::kDStrokeUpper || (l.is_vowel && l.upper);
}

// VN3 text has no toned capitals: headings were typed in a capitals font (.VnTimeH) with
// the lowercase codes, so "HÀ NỘI" arrives as "Hµ NéI". A word with no lowercase ASCII letter
// and at least two capitals (ASCII, or VN3's own Ă Â Ê Ô Ơ Ư Đ) is such a heading word.
class CapitalsFontWords {
 public:
  CapitalsFontWords(std::string_view in, const CodeTable& table) : in_(in), table_(table) {}
  bool in_capitals_word(size_t i) {
    if (i >= word_end_) find_word(i);
    return caps_;
  }

 private:
  bool is_word_byte(unsigned char b) const {
    if (b < 0x80) return (b | 0x20) >= 'a' && (b | 0x20) <= 'z';
    char32_t c = table_[b];
    return c == viet::kDStroke || c == viet::kDStrokeUpper || viet::analyse_vowel(c).is_vowel ||
           viet::combining_tone(c) != viet::kNoTone;
  }
  void find_word(size_t i) {
    size_t a = i, b = i;
    while (a > 0 && is_word_byte(static_cast<unsigned char>(in_[a - 1]))) --a;
    while (b < in_.size() && is_word_byte(static_cast<unsigned char>(in_[b]))) ++b;
    int upper = 0, lower = 0;
    for (size_t k = a; k < b; ++k) {
      auto c = static_cast<unsigned char>(in_[k]);
      upper += (c >= 'A' && c <= 'Z') || (c >= 0x80 && is_capital(table_[c]));
      lower += c >= 'a' && c <= 'z';
    }
    caps_ = upper >= 2 && lower == 0;
    word_end_ = std::max(b, i + 1);
  }
  std::string_view in_;
  const CodeTable& table_;
  size_t word_end_ = 0;
  bool caps_ = false;
};

void decode_table(std::string_view in, uint32_t base, const CodeTable& table, ViewBuilder& out,
                  DecodeCounters& counters, bool capitals_font) {
  // UTF-8 of every byte, prepared once per call (256 entries, cheaper than a branch per byte).
  struct Encoded {
    char bytes[4];
    uint8_t len;
    bool same;  // the byte stands for itself (ASCII that the table keeps)
  };
  std::array<Encoded, 256> enc{};
  for (int b = 0; b < 256; ++b) {
    std::string s;
    if (table[b] != kUndefinedByte) utf8::append(s, table[b]);
    enc[b].len = static_cast<uint8_t>(s.size());
    for (size_t k = 0; k < s.size(); ++k) enc[b].bytes[k] = s[k];
    enc[b].same = b != 0 && table[b] == b && b < 0x80;
  }
  CapitalsFontWords caps(in, table);
  size_t run = 0;  // start of the current run of bytes copied as they are
  for (size_t i = 0; i < in.size(); ++i) {
    auto b = static_cast<unsigned char>(in[i]);
    if (enc[b].same) continue;
    if (i > run) out.copy(base + static_cast<uint32_t>(run), in.substr(run, i - run));
    run = i + 1;
    uint32_t at = base + static_cast<uint32_t>(i);
    if (b == 0) {
      out.replace(at, 1, {});
      ++counters.nul_dropped;
    } else if (table[b] == kUndefinedByte) {
      out.replace(at, 1, kReplacementChar);
      counters.note_invalid(at, 1);
    } else if (capitals_font && caps.in_capitals_word(i) && upper_letter(table[b]) != table[b]) {
      std::string up;
      utf8::append(up, upper_letter(table[b]));
      out.replace(at, 1, up);
      ++counters.converted;
    } else {
      out.replace(at, 1, std::string_view(enc[b].bytes, enc[b].len));
      ++counters.converted;
    }
  }
  if (in.size() > run) out.copy(base + static_cast<uint32_t>(run), in.substr(run));
}

}  // namespace

void decode_with_table(std::string_view in, uint32_t base, const CodeTable& table, ViewBuilder& out,
                       DecodeCounters& counters) {
  decode_table(in, base, table, out, counters, false);
}

void decode_tcvn3_font(std::string_view in, uint32_t base, ViewBuilder& out, DecodeCounters& counters) {
  decode_table(in, base, tcvn3_font_table(), out, counters, true);
}

CodeTable tcvn3_font_table() {
  CodeTable t = kTcvn5712Table;
  for (int b = 0; b < 0x20; ++b) t[b] = static_cast<uint16_t>(b);
  for (int b = 0x80; b < 0xA0; ++b) t[b] = kCp1252Table[b];
  return t;
}

}  // namespace vitext::decoding
