#include "core/vietnamese_syllable.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

#include "core/utf8.h"
#include "core/letters.h"

namespace vitext {
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
// Onsets, in the one-byte letter code of `skeleton` ('D' is đ).
constexpr std::string_view kOnsets[] = {
    "ngh", "ng", "nh", "gh", "gi", "kh", "ch", "ph", "th", "tr", "qu",
    "b", "c", "d", "D", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
};

// One byte per letter (viet::letter_code; đ as 'D', other letters as themselves). A
// syllable has at most 8 letters.
constexpr size_t kMaxLetters = 8;
struct Skeleton {
  char letters[kMaxLetters];
  size_t size = 0;
  Tone tone = viet::kNoTone;
  std::string_view view() const { return {letters, size}; }
};

// Lowercase, toneless spelling of the syllable plus its one tone. False when it holds
// anything but Vietnamese letters, more than one tone, or too many letters.
bool skeleton(std::string_view s, Skeleton& out) {
  out.size = 0;
  out.tone = viet::kNoTone;
  int last_vowel = -1;  // Vowel of the previous letter, or -1 after a consonant
  size_t i = 0;
  while (i < s.size()) {
    char32_t c = utf8::next(s, i);
    if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
    if (Tone t = viet::combining_tone(c); t != viet::kNoTone) {
      if (last_vowel < 0 || out.tone != viet::kNoTone) return false;
      out.tone = t;
      continue;
    }
    if (viet::Modifier m = viet::combining_modifier(c); m != viet::kNoModifier) {
      if (last_vowel < 0) return false;
      const viet::Vowel to = viet::with_modifier(static_cast<viet::Vowel>(last_vowel), m);
      if (to == viet::kVowelCount) return false;
      out.letters[out.size - 1] = viet::letter_code(to);
      last_vowel = to;
      continue;
    }
    if (out.size == kMaxLetters) return false;
    viet::Letter l = viet::analyse_vowel(c);
    if (l.is_vowel) {
      if (l.tone != viet::kNoTone) {
        if (out.tone != viet::kNoTone) return false;
        out.tone = l.tone;
      }
      out.letters[out.size++] = viet::letter_code(l.vowel);
      last_vowel = l.vowel;
    } else if (c >= 'a' && c <= 'z') {
      out.letters[out.size++] = static_cast<char>(c);
      last_vowel = -1;
    } else if (c == viet::kDStroke || c == viet::kDStrokeUpper) {
      out.letters[out.size++] = 'D';
      last_vowel = -1;
    } else {
      return false;
    }
  }
  return out.size > 0;
}

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
    Skeleton sk;
    if (skeleton(s, sk)) v.push_back(pack(sk.view()));
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

}  // namespace

bool is_vietnamese_syllable_any_form(std::string_view utf8) {
  if (utf8.empty() || utf8.size() > 32) return false;
  Skeleton sk;
  if (!skeleton(utf8, sk)) return false;
  std::string_view s = sk.view();
  for (std::string_view onset : kOnsets) {
    if (!s.starts_with(onset)) continue;
    std::string_view rest = s.substr(onset.size());
    if (onset == "gi") {
      // "gi" absorbs the vowel i: gì = gi + i, giếng = gi + iêng, gia = gi + a.
      char with_i[kMaxLetters + 1] = {'i'};
      std::copy(rest.begin(), rest.end(), with_i + 1);
      if (rhyme_fits(onset, std::string_view(with_i, rest.size() + 1), sk.tone)) return true;
    }
    if (onset_fits(onset, rest) && rhyme_fits(onset, rest, sk.tone)) return true;
  }
  return false;
}

bool is_vietnamese_syllable(std::string_view nfc_lowercase_utf8) {
  return is_vietnamese_syllable_any_form(nfc_lowercase_utf8);
}

}  // namespace vitext
