#include "core/fold.h"

#include <utf8proc.h>

#include <cstring>
#include <string>

#include "core/utf8.h"

namespace vitext::fold {
namespace {

// The canonical decomposition of `cp` (utf8proc `options`) with the Vietnamese tone mark
// taken out into `tone`: the parts left in kept[0..n), n; -1 when it does not decompose
// into at most 8 parts. The one place where folding takes a tone off a letter.
int decompose_toneless(char32_t cp, int options, char32_t (&kept)[8], viet::Tone& tone) {
  utf8proc_int32_t parts[8];
  int last_class = 0;
  const utf8proc_ssize_t n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), parts, 8,
                                                     static_cast<utf8proc_option_t>(options), &last_class);
  if (n <= 0 || n > 8) return -1;
  int k = 0;
  for (utf8proc_ssize_t i = 0; i < n; ++i) {
    const auto part = static_cast<char32_t>(parts[i]);
    if (viet::Tone t = viet::combining_tone(part); t != viet::kNoTone) tone = t;
    else kept[k++] = part;
  }
  return k;
}

FoldedLetter fold_one(char32_t code_point) {
  FoldedLetter f;
  f.base = static_cast<uint16_t>(code_point);
  if (viet::Tone tone = viet::combining_tone(code_point); tone != viet::kNoTone) {
    f.tone = tone;
    f.flags = kToneMark;
    return f;
  }
  const auto c = static_cast<utf8proc_int32_t>(code_point);
  const utf8proc_category_t cat = utf8proc_category(c);
  const bool is_letter = cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
  if (cat == UTF8PROC_CATEGORY_ND) f.flags |= kDigit;
  if (cat == UTF8PROC_CATEGORY_MN) f.flags |= kCombining;
  if (!is_letter) return f;
  f.flags |= kLetter;
  if (utf8proc_isupper(c)) f.flags |= kUpper;
  const char32_t low = lower(code_point);
  // Decompose, drop the tone mark, keep what is left (base letter + vowel modifier).
  char32_t kept[8];
  const int k = decompose_toneless(low, UTF8PROC_DECOMPOSE, kept, f.tone);
  if (k < 0) return f;
  if (k >= 1 && k <= 2 && kept[0] < 0x10000 && (k == 1 || kept[1] < 0x10000)) {
    f.base = static_cast<uint16_t>(kept[0]);
    if (k == 2) f.mark = static_cast<uint16_t>(kept[1]);
  } else if (low < 0x10000) {
    f.base = static_cast<uint16_t>(low);
  }
  return f;
}

// The digit a tone is written as at the end of a matching key, in viet::Tone order (none,
// huyền 2, hỏi 3, ngã 4, sắc 1, nặng 5).
constexpr char kToneDigit[viet::kToneCount] = {0, '2', '3', '4', '1', '5'};

// A code point's part of a matching key: its case-folded letters without the tone mark
// (at most 7 bytes; len 0 when longer, or for a lone tone mark) and the tone's digit.
struct MatchPiece {
  char bytes[7];
  uint8_t len;
  char tone;
};

MatchPiece match_piece(char32_t cp) {
  MatchPiece e{};
  std::string base;
  char32_t kept[8];
  viet::Tone tone = viet::kNoTone;
  const int k = decompose_toneless(cp, UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD, kept, tone);
  if (k < 0) {
    utf8::append(base, cp);
  } else {
    for (int i = 0; i < k; ++i) utf8::append(base, kept[i]);
    e.tone = kToneDigit[tone];
  }
  if (base.size() > sizeof e.bytes) base.clear();  // not a letter we fold; kept as written
  e.len = static_cast<uint8_t>(base.size());
  std::memcpy(e.bytes, base.data(), base.size());
  return e;
}

using MatchTable = std::array<MatchPiece, kFoldedRange>;

const MatchTable& match_table() {
  static const MatchTable table = [] {  // read-only after first use
    MatchTable t{};
    for (char32_t cp = 0; cp < kFoldedRange; ++cp) t[cp] = match_piece(cp);
    return t;
  }();
  return table;
}

LetterTable build_table() {
  LetterTable t{};
  for (char32_t cp = 0; cp < kFoldedRange; ++cp) t[cp] = fold_one(cp);
  return t;
}

}  // namespace

char32_t lower(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
  return static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp)));
}

const LetterTable& letter_table() {
  static const LetterTable table = build_table();  // read-only after first use
  return table;
}

char32_t strip_accents(char32_t cp) {
  if (cp < 0x80) return cp;
  if (const viet::Letter l = viet::analyse_vowel(cp); l.is_vowel) {
    const char base = viet::plain_letter(l.vowel);
    return static_cast<char32_t>(l.upper ? base - 32 : base);
  }
  if (cp == viet::kDStroke) return 'd';
  if (cp == viet::kDStrokeUpper) return 'D';
  const auto c = static_cast<utf8proc_int32_t>(cp);
  const utf8proc_category_t cat = utf8proc_category(c);
  if (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME) return 0;
  if (viet::is_latin_letter(cp)) {  // other Latin letters: the first character of the decomposition
    utf8proc_int32_t parts[4];
    int last_boundclass = 0;
    const auto n = utf8proc_decompose_char(c, parts, 4, UTF8PROC_DECOMPOSE, &last_boundclass);
    if (n > 1 && parts[0] < 0x80) return static_cast<char32_t>(parts[0]);
  }
  return cp;
}

void append_match_key(std::string_view text, std::string& out) {
  const MatchTable& table = match_table();
  char tone = 0;
  for (size_t i = 0; i < text.size();) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      out.push_back(static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b));
      ++i;
      continue;
    }
    const utf8::Decoded d = utf8::decode(text, i);
    const std::string_view as_written = text.substr(i, d.len);
    i += d.len;
    if (!d.valid) {  // an invalid byte is kept, so keys stay distinct
      out.append(as_written);
      continue;
    }
    const MatchPiece e = d.cp < kFoldedRange ? table[d.cp] : match_piece(d.cp);
    if (e.len > 0) out.append(e.bytes, e.len);
    else if (!e.tone || d.cp >= kFoldedRange) out.append(as_written);  // a lone tone mark adds only its digit
    if (e.tone) tone = e.tone;
  }
  if (tone) out.push_back(tone);
}

}  // namespace vitext::fold
