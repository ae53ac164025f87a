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

#include <cstdint>
#include <string_view>

#include "core/syllable.h"

namespace vitext::normalize_detail {
namespace {

constexpr int kStyleDependent = -1;
constexpr int kNotVietnamese = -2;

// A vowel run of up to three syllable codes packed into one integer, so that the tables
// below are searched with integer compares.
constexpr uint32_t run_key(std::string_view run) {
  uint32_t key = 0;
  for (size_t k = 0; k < run.size(); ++k) key |= static_cast<uint32_t>(static_cast<unsigned char>(run[k])) << (8 * k);
  return key;
}

struct RunRule {
  uint32_t run;  // run_key of the vowel run in letter codes (viet::letter_code)
  int mark;      // index of the vowel that takes the mark, or kStyleDependent
};

// Vowel runs of syllables without a final consonant.
constexpr RunRule kOpenRuns[] = {
    {run_key("ai"), 0}, {run_key("ao"), 0}, {run_key("au"), 0}, {run_key("ay"), 0},
    {run_key("Au"), 0}, {run_key("Ay"), 0}, {run_key("eo"), 0}, {run_key("Eu"), 0},
    {run_key("ia"), 0}, {run_key("iu"), 0}, {run_key("oi"), 0}, {run_key("Oi"), 0},
    {run_key("Pi"), 0}, {run_key("ua"), 0}, {run_key("ui"), 0}, {run_key("Ua"), 0},
    {run_key("Ui"), 0}, {run_key("Uu"), 0}, {run_key("uE"), 1}, {run_key("uP"), 1},
    {run_key("oa"), kStyleDependent}, {run_key("oe"), kStyleDependent}, {run_key("uy"), kStyleDependent},
    {run_key("iEu"), 1}, {run_key("yEu"), 1}, {run_key("oai"), 1}, {run_key("oay"), 1},
    {run_key("oao"), 1}, {run_key("oeo"), 1}, {run_key("uAy"), 1}, {run_key("uOi"), 1},
    {run_key("UPi"), 1}, {run_key("UPu"), 1}, {run_key("uya"), 1}, {run_key("uyu"), 1},
};

// Vowel runs of syllables with a final consonant.
constexpr RunRule kClosedRuns[] = {
    {run_key("oa"), 1}, {run_key("oW"), 1}, {run_key("oe"), 1}, {run_key("oo"), 1},
    {run_key("uA"), 1}, {run_key("uE"), 1}, {run_key("uy"), 1}, {run_key("iE"), 1},
    {run_key("yE"), 1}, {run_key("uO"), 1}, {run_key("UP"), 1}, {run_key("uyE"), 2},
};

// Index in the run of the vowel that takes the mark, or kNotVietnamese.
int mark_index(const char* run, size_t n, bool closed, ToneStyle style) {
  if (n == 1) return 0;
  if (n > 3) return kNotVietnamese;
  uint32_t key = run_key(std::string_view(run, n));
  if (closed) {
    for (const RunRule& r : kClosedRuns) {
      if (r.run == key) return r.mark;
    }
    return kNotVietnamese;
  }
  for (const RunRule& r : kOpenRuns) {
    if (r.run == key) {
      if (r.mark != kStyleDependent) return r.mark;
      return style == ToneStyle::kOld ? 1 : 0;
    }
  }
  return kNotVietnamese;
}

}  // namespace

bool place_tone(char32_t* letters, size_t count, ToneStyle style) {
  if (style == ToneStyle::kKeep || count == 0 || count > kMaxSyllableLetters) return false;
  viet::Spelling sp;
  for (size_t k = 0; k < count; ++k)
    if (!viet::add_letter(sp, letters[k])) return false;  // two marks, or not a letter: leave it
  if (sp.toned < 0) return false;
  const std::string_view codes = sp.view();
  const int onset = viet::onset_length(codes);
  if (onset < 0) return false;
  size_t run_start = static_cast<size_t>(onset), run_end = run_start;
  while (run_end < count && viet::is_vowel_code(codes[run_end])) ++run_end;
  if (run_end == run_start || !viet::is_coda(codes.substr(run_end))) return false;
  int index = mark_index(codes.data() + run_start, run_end - run_start, run_end < count, style);
  if (index < 0) return false;
  const size_t marked = static_cast<size_t>(sp.toned), target = run_start + static_cast<size_t>(index);
  if (target == marked) return false;
  const viet::Letter from = viet::analyse_vowel(letters[marked]), to = viet::analyse_vowel(letters[target]);
  letters[marked] = viet::vowel_letter(from.vowel, viet::kNoTone, from.upper);
  letters[target] = viet::vowel_letter(to.vowel, sp.tone, to.upper);
  return true;
}

}  // namespace vitext::normalize_detail
