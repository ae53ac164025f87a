#include "segment/syllable_key.h"

#include "core/fold.h"
#include "core/hash.h"
#include "core/utf8.h"

namespace vitext::segment {
namespace {

// The tone's number in the key (0 none, then grave, acute, tilde, hook, dot): the models
// were trained with this order, which is not viet::Tone's.
constexpr uint8_t kToneKey[viet::kToneCount] = {0, 1, 4, 3, 2, 5};
static_assert(viet::kGrave == 1 && viet::kHook == 2 && viet::kTilde == 3 && viet::kAcute == 4 && viet::kDot == 5);

// A toneless lowercase base letter that starts the rhyme: a vowel, except the "u" of "qu".
bool is_vowel_base(uint32_t base, uint32_t prev) {
  switch (base) {
    case 'a': case 'e': case 'i': case 'o': case 'y': return true;
    case 'u': return prev != 'q';
    default: return false;
  }
}

}  // namespace

SyllableInfo fold_syllable(std::string_view s) {
  const fold::LetterTable& table = fold::letter_table();
  uint64_t h = hash::kFnvOffset;
  uint8_t tone = 0;
  int letters = 0, uppers = 0, others = 0;
  bool first_upper = false;
  uint64_t part[2] = {0x84222325cbf29ce4ULL, 0x84222325cbf29ce4ULL};  // onset, rhyme
  int in_rhyme = 0;
  uint32_t prev_base = 0;
  auto add_part = [&](uint32_t x) { part[in_rhyme] = hash::fnv1a_step(part[in_rhyme], x); };
  for (size_t i = 0; i < s.size();) {
    // The view is valid UTF-8; should a byte not be, it stands for itself.
    const utf8::Decoded d = utf8::decode(s, i);
    const uint32_t cp = d.valid ? d.cp : static_cast<unsigned char>(s[i]);
    i += d.len;
    uint32_t base = cp;
    if (cp < 0x80) {
      bool upper = cp >= 'A' && cp <= 'Z';
      bool lower = cp >= 'a' && cp <= 'z';
      if (upper) base = cp + 32;
      if (upper || lower) {
        if (letters == 0) first_upper = upper;
        ++letters;
        uppers += upper;
      } else {
        ++others;
      }
    } else if (cp < fold::kFoldedRange) {
      const fold::FoldedLetter& f = table[cp];
      if (f.flags & fold::kToneMark) {  // a lone combining tone mark (NFD input)
        tone = kToneKey[f.tone];
        continue;
      }
      base = f.base;
      if (f.tone) tone = kToneKey[f.tone];
      if (f.mark) {
        h = hash::fnv1a_step(h, base);
        if (!in_rhyme && is_vowel_base(base, prev_base)) in_rhyme = 1;
        add_part(base);
        prev_base = base;
        base = f.mark;
      }
      if (f.flags & fold::kLetter) {
        bool upper = f.flags & fold::kUpper;
        if (letters == 0) first_upper = upper;
        ++letters;
        uppers += upper;
      } else if (!(f.flags & fold::kCombining)) {
        ++others;  // combining vowel marks of NFD input belong to the letter before them
      }
    } else {
      ++others;
    }
    h = hash::fnv1a_step(h, base);
    if (!in_rhyme && is_vowel_base(base, prev_base)) in_rhyme = 1;
    add_part(base);
    prev_base = base;
  }
  SyllableInfo info;
  info.key = hash::mix64(h ^ (static_cast<uint64_t>(tone) << 56));
  info.onset = static_cast<uint32_t>(hash::mix64(part[0]));
  info.rhyme = static_cast<uint32_t>(hash::mix64(part[1]));
  if (letters == 0) {
    info.shape = Shape::kPunct;
  } else if (others > 0) {
    info.shape = Shape::kMixed;
  } else if (uppers == letters && letters > 1) {
    info.shape = Shape::kUpper;
  } else if (first_upper) {
    info.shape = Shape::kTitle;
  } else {
    info.shape = Shape::kLower;
  }
  return info;
}

}  // namespace vitext::segment
