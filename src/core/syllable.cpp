#include "core/syllable.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

#include <utf8proc.h>

#include "core/utf8.h"
#include "core/letters.h"

namespace vitext {
namespace viet {

bool add_letter(Spelling& s, char32_t c) {
  if (s.size == kMaxSyllableLetters) return false;
  if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
  if (const Letter l = analyse_vowel(c); l.is_vowel) {
    if (l.tone != kNoTone) {
      if (s.tone != kNoTone) return false;
      s.tone = l.tone;
      s.toned = static_cast<int>(s.size);
    }
    s.codes[s.size++] = letter_code(l.vowel);
  } else if (c >= 'a' && c <= 'z') {
    s.codes[s.size++] = static_cast<char>(c);
  } else if (c == kDStroke || c == kDStrokeUpper) {
    s.codes[s.size++] = kDStrokeCode;
  } else {
    return false;
  }
  return true;
}

bool spell(std::string_view utf8, Spelling& out) {
  out = Spelling{};
  for (size_t i = 0; i < utf8.size();) {
    const char32_t c = utf8::next(utf8, i);
    const bool after_vowel = out.size > 0 && is_vowel_code(out.codes[out.size - 1]);
    if (const Tone t = combining_tone(c); t != kNoTone) {  // a tone mark on the vowel before
      if (!after_vowel || out.tone != kNoTone) return false;
      out.tone = t;
      out.toned = static_cast<int>(out.size - 1);
      continue;
    }
    if (const Modifier m = combining_modifier(c); m != kNoModifier) {  // â ê ô ă ơ ư in parts
      if (!after_vowel) return false;
      const Vowel to = with_modifier(vowel_of_code(out.codes[out.size - 1]), m);
      if (to == kVowelCount) return false;
      out.codes[out.size - 1] = letter_code(to);
      continue;
    }
    if (!add_letter(out, c)) return false;
  }
  return out.size > 0;
}

int onset_length(std::string_view w) {
  const size_t n = w.size();
  if (n == 0) return -1;
  const char c1 = n > 1 ? w[1] : 0;
  switch (w[0]) {
    case 'n':
      if (c1 == 'g') return n > 2 && w[2] == 'h' ? 3 : 2;
      return c1 == 'h' ? 2 : 1;
    case 'c': case 'k': case 'p': case 't':
      return c1 == 'h' || (w[0] == 't' && c1 == 'r') ? 2 : 1;
    case 'g':
      if (c1 == 'h') return 2;
      return c1 == 'i' && n > 2 && is_vowel_code(w[2]) ? 2 : 1;
    case 'q':
      return c1 == 'u' ? 2 : -1;
    case 'b': case 'd': case 'D': case 'h': case 'l': case 'm': case 'r': case 's': case 'v': case 'x':
      return 1;
    default:
      return is_vowel_code(w[0]) ? 0 : -1;
  }
}

bool is_coda(std::string_view c) {
  if (c.size() == 1) return c[0] == 'c' || c[0] == 'm' || c[0] == 'n' || c[0] == 'p' || c[0] == 't';
  if (c.size() == 2) return c == "ch" || c == "ng" || c == "nh";
  return c.empty();
}

}  // namespace viet

namespace {

using viet::Tone;

// Rhymes without a medial glide (tone marks left off).
constexpr std::string_view kPlainRhymes[] = {
    "a", "ai", "ao", "au", "ay", "am", "an", "ang", "anh", "ap", "at", "ac", "ach",
    "ăm", "ăn", "ăng", "ăp", "ăt", "ăc",
    "âm", "ân", "âng", "âp", "ât", "âc", "âu", "ây",
    "e", "eo", "em", "en", "eng", "ep", "et", "ec",
    "ê", "êu", "êm", "ên", "ênh", "êp", "êt", "êch",
    "i", "ia", "iu", "im", "in", "inh", "ip", "it", "ich",
    "iêm", "iên", "iêng", "iêp", "iêt", "iêc", "iêu",
    "o", "oi", "om", "on", "ong", "op", "ot", "oc", "oong", "ooc",
    "ô", "ôi", "ôm", "ôn", "ông", "ôp", "ôt", "ôc",
    "ơ", "ơi", "ơm", "ơn", "ơp", "ơt",
    "u", "ua", "ui", "um", "un", "ung", "up", "ut", "uc",
    "uôi", "uôm", "uôn", "uông", "uôt", "uôc",
    "ư", "ưa", "ưi", "ưu", "ưm", "ưn", "ưng", "ưt", "ưc",
    "ươi", "ươu", "ươm", "ươn", "ương", "ươp", "ươt", "ươc",
    "y", "yêm", "yên", "yêt", "yêu",
};
// What may follow the medial glide written "o" (hoa, khoe, ngoằn).
constexpr std::string_view kAfterMedialO[] = {
    "a", "ai", "ay", "ao", "am", "an", "ang", "anh", "ap", "at", "ac", "ach",
    "ăm", "ăn", "ăng", "ăp", "ăt", "ăc", "e", "eo", "em", "en", "et",
};
// What may follow the medial glide written "u" (tuần, thuở, huỳnh, khuya) and after "qu".
constexpr std::string_view kAfterMedialU[] = {
    "ân", "âng", "ât", "ây", "ê", "êch", "ênh", "y", "ya", "yu", "ynh", "yt", "ych",
    "yên", "yêt", "yp", "ơ",
};
// Onsets, in letter codes ('D' is đ).
constexpr std::string_view kOnsets[] = {
    "ngh", "ng", "nh", "gh", "gi", "kh", "ch", "ph", "th", "tr", "qu",
    "b", "c", "d", "D", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
};

// A rhyme of at most 4 letter codes packed into an integer, 0 if longer.
uint32_t pack(std::string_view r) {
  if (r.empty() || r.size() > 4) return 0;
  uint32_t k = 0;
  for (char c : r) k = (k << 8) | static_cast<unsigned char>(c);
  return k;
}

class RhymeSet {
 public:
  RhymeSet() {
    for (auto r : kPlainRhymes) add(any_, "", r);
    for (auto r : kAfterMedialO) add(any_, "o", r);
    for (auto r : kAfterMedialU) {
      add(any_, "u", r);
      add(after_qu_, "", r);
    }
    for (auto r : kPlainRhymes)
      if (!r.starts_with("u") && !r.starts_with("ư")) add(after_qu_, "", r);
    for (auto* v : {&any_, &after_qu_}) std::sort(v->begin(), v->end());
  }
  bool any(std::string_view r) const { return has(any_, r); }
  bool after_qu(std::string_view r) const { return has(after_qu_, r); }

 private:
  static void add(std::vector<uint32_t>& v, std::string_view medial, std::string_view rhyme_utf8) {
    std::string s(medial);
    s.append(rhyme_utf8);
    viet::Spelling sp;
    if (viet::spell(s, sp)) v.push_back(pack(sp.view()));
  }
  static bool has(const std::vector<uint32_t>& v, std::string_view r) {
    uint32_t k = pack(r);
    return k != 0 && std::binary_search(v.begin(), v.end(), k);
  }
  std::vector<uint32_t> any_, after_qu_;
};

const RhymeSet& rhymes() {
  static const RhymeSet set;  // immutable after first use
  return set;
}

bool front_vowel(char c) { return c == 'i' || c == 'e' || c == 'E' || c == 'y'; }

bool onset_fits(std::string_view onset, std::string_view rest) {
  char first = rest.empty() ? 0 : rest[0];
  if (onset == "k") return front_vowel(first);
  if (onset == "c") return !front_vowel(first);
  if (onset == "gh" || onset == "ngh") return front_vowel(first) && first != 'y';
  if (onset == "g" || onset == "ng") return first != 'e' && first != 'E';
  return true;
}

bool tone_fits(std::string_view rhyme, Tone tone) {
  char last = rhyme.back();
  bool stop = last == 'p' || last == 't' || last == 'c' || rhyme.ends_with("ch");
  return !stop || tone == viet::kAcute || tone == viet::kDot;
}

bool rhyme_fits(std::string_view onset, std::string_view rhyme, Tone tone) {
  if (rhyme.empty() || !tone_fits(rhyme, tone)) return false;
  return onset == "qu" ? rhymes().after_qu(rhyme) : rhymes().any(rhyme);
}

// Lower-case ASCII base letter of a letter, or 0 for a letter that is not Latin.
char base_letter(char32_t cp) {
  if (cp < 0x80) return static_cast<char>(cp | 0x20);
  if (cp == viet::kDStroke || cp == viet::kDStrokeUpper) return 'd';  // no decomposition
  utf8proc_int32_t buf[4];
  utf8proc_ssize_t n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), buf, 4, UTF8PROC_DECOMPOSE, nullptr);
  if (n >= 1 && buf[0] < 0x80) return static_cast<char>(buf[0] | 0x20);
  return 0;
}

bool is_plain_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

// Longest first, so "ngh" wins over "ng" and "n".
constexpr std::array<std::string_view, 27> kShapeOnsets = {
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu", "b", "c", "d",
    "g",   "h",  "k",  "l",  "m",  "n",  "p",  "q",  "r",  "s",  "t",  "v", "x"};

}  // namespace

bool is_vietnamese_syllable_any_form(std::string_view utf8) {
  if (utf8.empty() || utf8.size() > 32) return false;
  viet::Spelling sp;
  if (!viet::spell(utf8, sp)) return false;
  std::string_view s = sp.view();
  for (std::string_view onset : kOnsets) {
    if (!s.starts_with(onset)) continue;
    std::string_view rest = s.substr(onset.size());
    if (onset == "gi") {
      // "gi" absorbs the vowel i: gì = gi + i, giếng = gi + iêng, gia = gi + a.
      char with_i[viet::kMaxSyllableLetters + 1] = {'i'};
      std::copy(rest.begin(), rest.end(), with_i + 1);
      if (rhyme_fits(onset, std::string_view(with_i, rest.size() + 1), sp.tone)) return true;
    }
    if (onset_fits(onset, rest) && rhyme_fits(onset, rest, sp.tone)) return true;
  }
  return false;
}

bool is_vietnamese_syllable(std::string_view nfc_lowercase_utf8) {
  return is_vietnamese_syllable_any_form(nfc_lowercase_utf8);
}

bool could_be_vietnamese_syllable(std::string_view word) {
  char base[16];
  size_t n = 0;
  for (size_t i = 0; i < word.size();) {
    const char32_t cp = utf8::next(word, i);
    if (cp >= 0x300 && cp <= 0x36F) continue;  // a stray combining mark
    char b = base_letter(cp);
    if (b < 'a' || b > 'z' || n == sizeof base) return false;
    base[n++] = b;
  }
  std::string_view w(base, n);
  size_t i = 0;
  for (std::string_view onset : kShapeOnsets) {
    // "gi"/"qu" may also be onset+vowel ("gì", "quả" keep a vowel after them).
    if (w.starts_with(onset) && (w.size() > onset.size() || onset == "gi")) {
      i = onset.size();
      break;
    }
  }
  size_t vowels = 0;
  while (i + vowels < w.size() && is_plain_vowel(w[i + vowels])) ++vowels;
  if (vowels == 0) return w == "gi";
  if (vowels > 3) return false;
  return viet::is_coda(w.substr(i + vowels));
}

}  // namespace vitext
