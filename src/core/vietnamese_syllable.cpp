#include "core/vietnamese_syllable.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "core/vietnamese_letters.h"

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
constexpr std::string_view kOnsets[] = {
    "ngh", "ng", "nh", "gh", "gi", "kh", "ch", "ph", "th", "tr", "qu",
    "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
};

std::string prefixed(char c, std::string_view rest) {
  std::string s(1, c);
  s.append(rest);
  return s;
}

class RhymeSet {
 public:
  RhymeSet() {
    for (auto r : kPlainRhymes) plain_.emplace_back(r);
    for (auto r : kAfterMedialO) medial_.push_back(prefixed('o', r));
    for (auto r : kAfterMedialU) {
      medial_.push_back(prefixed('u', r));
      after_qu_.emplace_back(r);
    }
    for (auto r : kPlainRhymes)
      if (!r.starts_with("u") && !r.starts_with("ư")) after_qu_.emplace_back(r);
    for (auto* v : {&plain_, &medial_, &after_qu_}) std::sort(v->begin(), v->end());
  }
  bool any(std::string_view r) const { return has(plain_, r) || has(medial_, r); }
  bool after_qu(std::string_view r) const { return has(after_qu_, r); }

 private:
  static bool has(const std::vector<std::string>& v, std::string_view r) {
    return std::binary_search(v.begin(), v.end(), r, std::less<>());
  }
  std::vector<std::string> plain_, medial_, after_qu_;
};

const RhymeSet& rhymes() {
  static const RhymeSet set;  // immutable after first use
  return set;
}

bool starts_with_front_vowel(std::string_view rest) {
  return rest.starts_with("i") || rest.starts_with("e") || rest.starts_with("ê") || rest.starts_with("y");
}

bool onset_fits(std::string_view onset, std::string_view rest) {
  if (onset == "k") return starts_with_front_vowel(rest);
  if (onset == "c") return !starts_with_front_vowel(rest);
  if (onset == "gh" || onset == "ngh") return starts_with_front_vowel(rest) && !rest.starts_with("y");
  if (onset == "g" || onset == "ng") return !rest.starts_with("e") && !rest.starts_with("ê");
  return true;
}

bool tone_fits(std::string_view rhyme, Tone tone) {
  bool stop = rhyme.ends_with("p") || rhyme.ends_with("t") || rhyme.ends_with("c") || rhyme.ends_with("ch");
  return !stop || tone == viet::kAcute || tone == viet::kDot;
}

bool rhyme_fits(std::string_view onset, std::string_view rhyme, Tone tone) {
  if (rhyme.empty() || !tone_fits(rhyme, tone)) return false;
  return onset == "qu" ? rhymes().after_qu(rhyme) : rhymes().any(rhyme);
}

// Lowercase, toneless spelling of the syllable plus its one tone. False when it holds
// anything but Vietnamese letters or more than one tone.
bool skeleton(std::string_view s, std::string& out, Tone& tone) {
  tone = viet::kNoTone;
  int last_vowel = -1;  // Vowel of the previous letter, or -1 after a consonant
  size_t last_start = 0;
  size_t i = 0;
  while (i < s.size()) {
    char32_t c = utf8::next(s, i);
    if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
    if (Tone t = viet::combining_tone(c); t != viet::kNoTone) {
      if (last_vowel < 0 || tone != viet::kNoTone) return false;
      tone = t;
      continue;
    }
    if (c == 0x0302 || c == 0x0306 || c == 0x031B) {  // combining circumflex, breve, horn
      if (last_vowel < 0) return false;
      viet::Vowel v = static_cast<viet::Vowel>(last_vowel), to = v;
      if (c == 0x0302) to = v == viet::kA ? viet::kAa : v == viet::kE ? viet::kEe : v == viet::kO ? viet::kOo : v;
      if (c == 0x0306) to = v == viet::kA ? viet::kAw : v;
      if (c == 0x031B) to = v == viet::kO ? viet::kOw : v == viet::kU ? viet::kUw : v;
      if (to == v) return false;
      out.resize(last_start);
      utf8::append(out, viet::vowel_letter(to, viet::kNoTone, false));
      last_vowel = to;
      continue;
    }
    viet::Letter l = viet::analyse_vowel(c);
    last_start = out.size();
    if (l.is_vowel) {
      if (l.tone != viet::kNoTone) {
        if (tone != viet::kNoTone) return false;
        tone = l.tone;
      }
      utf8::append(out, viet::vowel_letter(l.vowel, viet::kNoTone, false));
      last_vowel = l.vowel;
    } else if ((c >= 'a' && c <= 'z') || c == viet::kDStroke || c == viet::kDStrokeUpper) {
      utf8::append(out, c == viet::kDStrokeUpper ? viet::kDStroke : c);
      last_vowel = -1;
    } else {
      return false;
    }
  }
  return !out.empty();
}

}  // namespace

bool is_vietnamese_syllable_any_form(std::string_view utf8) {
  if (utf8.empty() || utf8.size() > 32) return false;
  std::string sk;
  sk.reserve(utf8.size());
  Tone tone;
  if (!skeleton(utf8, sk, tone)) return false;
  std::string_view s = sk;
  for (std::string_view onset : kOnsets) {
    if (!s.starts_with(onset)) continue;
    std::string_view rest = s.substr(onset.size());
    if (onset == "gi") {
      // "gi" absorbs the vowel i: gì = gi + i, giếng = gi + iêng, gia = gi + a.
      std::string with_i = prefixed('i', rest);
      if (rhyme_fits(onset, with_i, tone)) return true;
    }
    if (onset_fits(onset, rest) && rhyme_fits(onset, rest, tone)) return true;
  }
  return false;
}

bool is_vietnamese_syllable(std::string_view nfc_lowercase_utf8) {
  return is_vietnamese_syllable_any_form(nfc_lowercase_utf8);
}

}  // namespace vitext
