// Syllable structure used here (standard Vietnamese orthography):
//   syllable = onset? vowel-run coda?
//   onset    = ngh ng nh ch gh gi kh ph qu th tr | b c d đ g h k l m n p r s t v x
//              ("gi" only when a vowel follows: "gì" is g + i; the u of "qu" and the i
//              of "gi" are part of the onset, so the mark never goes on them)
//   coda     = c ch m n ng nh p t   (the glides i y o u are part of the vowel run)
// The mark goes on the vowel with a diacritic (ă â ê ô ơ, the ơ of ươ), else on the last
// vowel when a consonant ends the syllable, else on the first of two / middle of three
// vowels -- except for the open rhymes oa, oe, uy, where the two styles differ.
#include "normalize/tone_placement.h"

#include <cstring>
#include <string_view>

#include "normalize/vietnamese_letters.h"

namespace vitext::normalize_detail {
namespace {

constexpr size_t kMaxSyllable = 8;  // "nghiêng" has 7 letters
constexpr int kStyleDependent = -1;

struct RunRule {
  std::string_view run;  // vowel run in syllable codes (see syllable_code)
  int mark;              // index of the vowel that takes the mark, or kStyleDependent
};

// Vowel runs of syllables without a final consonant.
constexpr RunRule kOpenRuns[] = {
    {"ai", 0}, {"ao", 0}, {"au", 0}, {"ay", 0}, {"Au", 0}, {"Ay", 0}, {"eo", 0}, {"Eu", 0},
    {"ia", 0}, {"iu", 0}, {"oi", 0}, {"Oi", 0}, {"Pi", 0}, {"ua", 0}, {"ui", 0}, {"Ua", 0},
    {"Ui", 0}, {"Uu", 0}, {"uE", 1}, {"uP", 1},
    {"oa", kStyleDependent}, {"oe", kStyleDependent}, {"uy", kStyleDependent},
    {"iEu", 1}, {"yEu", 1}, {"oai", 1}, {"oay", 1}, {"oao", 1}, {"oeo", 1}, {"uAy", 1},
    {"uOi", 1}, {"UPi", 1}, {"UPu", 1}, {"uya", 1}, {"uyu", 1},
};

// Vowel runs of syllables with a final consonant.
constexpr RunRule kClosedRuns[] = {
    {"oa", 1}, {"oW", 1}, {"oe", 1}, {"oo", 1}, {"uA", 1}, {"uE", 1}, {"uy", 1}, {"iE", 1},
    {"yE", 1}, {"uO", 1}, {"UP", 1}, {"uyE", 2},
};

constexpr std::string_view kCodas[] = {"c", "ch", "m", "n", "ng", "nh", "p", "t"};
constexpr std::string_view kOnsets[] = {"ngh", "ng", "nh", "ch", "gh", "kh", "ph", "th", "tr",
                                        "b", "c", "d", "D", "g", "h", "k", "l", "m", "n",
                                        "p", "r", "s", "t", "v", "x"};

bool is_vowel_code(char c) { return c != 0 && std::strchr("aeiouyAWEOPU", c) != nullptr; }

size_t onset_length(std::string_view w) {
  if (w.size() >= 2 && w[0] == 'q') return w[1] == 'u' ? 2 : 0;
  if (w.size() >= 3 && w[0] == 'g' && w[1] == 'i' && is_vowel_code(w[2])) return 2;
  for (std::string_view onset : kOnsets) {
    if (w.substr(0, onset.size()) == onset) return onset.size();
  }
  return 0;
}

// Index in the run of the vowel that takes the mark, or -2 if the run is not Vietnamese.
int mark_index(std::string_view run, bool closed, ToneStyle style) {
  if (run.size() == 1) return 0;
  if (closed) {
    for (const RunRule& r : kClosedRuns) {
      if (r.run == run) return r.mark;
    }
    return -2;
  }
  for (const RunRule& r : kOpenRuns) {
    if (r.run == run) {
      if (r.mark != kStyleDependent) return r.mark;
      return style == ToneStyle::kOld ? 1 : 0;
    }
  }
  return -2;
}

}  // namespace

bool place_tone(char32_t* letters, size_t count, ToneStyle style) {
  if (style == ToneStyle::kKeep || count == 0 || count > kMaxSyllable) return false;
  char codes[kMaxSyllable];
  VowelInfo info[kMaxSyllable];
  int marked = -1;
  for (size_t k = 0; k < count; ++k) {
    char32_t cp = letters[k];
    info[k] = {kA, kLevel, false};
    if (vowel_info(cp, &info[k])) {
      codes[k] = syllable_code(info[k].vowel);
      if (info[k].tone != kLevel) {
        if (marked >= 0) return false;  // two marks: not a syllable we understand
        marked = static_cast<int>(k);
      }
    } else if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) {
      codes[k] = static_cast<char>(cp | 0x20);
    } else if (cp == 0x0111 || cp == 0x0110) {  // đ Đ
      codes[k] = 'D';
    } else {
      return false;
    }
  }
  if (marked < 0) return false;
  std::string_view w(codes, count);
  size_t onset = onset_length(w);
  if (onset == 0 && !is_vowel_code(w[0])) return false;
  size_t run_end = onset;
  while (run_end < count && is_vowel_code(w[run_end])) ++run_end;
  if (run_end == onset) return false;
  std::string_view coda = w.substr(run_end);
  bool coda_ok = coda.empty();
  for (std::string_view c : kCodas) coda_ok = coda_ok || c == coda;
  if (!coda_ok) return false;
  int index = mark_index(w.substr(onset, run_end - onset), !coda.empty(), style);
  if (index < 0) return false;
  size_t target = onset + static_cast<size_t>(index);
  if (target == static_cast<size_t>(marked)) return false;
  Tone tone = info[marked].tone;
  letters[marked] = vowel_letter(info[marked].vowel, kLevel, info[marked].upper);
  letters[target] = vowel_letter(info[target].vowel, tone, info[target].upper);
  return true;
}

}  // namespace vitext::normalize_detail
