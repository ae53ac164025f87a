#include "segment/syllable_key.h"

#include <utf8proc.h>

#include <array>

#include "core/hash.h"

namespace vitext::segment {
namespace {

// Per code point below kTableSize: the lowercase letter without its tone mark, which tone
// it carried (0 = none, 1..5), and its case. Built once from utf8proc, then read-only.
constexpr uint32_t kTableSize = 0x2000;

struct Folded {
  uint16_t base = 0;
  uint16_t mark = 0;  // a vowel mark kept apart (circumflex, breve, horn), so NFD input matches
  uint8_t tone = 0;
  uint8_t flags = 0;  // bit 0: letter, 1: uppercase, 2: digit, 3: combining tone mark, 4: combining mark
};

uint8_t tone_of_mark(utf8proc_int32_t cp) {
  switch (cp) {
    case 0x0300: return 1;  // grave (huyền)
    case 0x0301: return 2;  // acute (sắc)
    case 0x0303: return 3;  // tilde (ngã)
    case 0x0309: return 4;  // hook above (hỏi)
    case 0x0323: return 5;  // dot below (nặng)
    default: return 0;
  }
}

std::array<Folded, kTableSize> build_table() {
  std::array<Folded, kTableSize> t{};
  for (uint32_t cp = 0; cp < kTableSize; ++cp) {
    Folded f;
    f.base = static_cast<uint16_t>(cp);
    auto c = static_cast<utf8proc_int32_t>(cp);
    if (uint8_t tone = tone_of_mark(c)) {
      f.tone = tone;
      f.flags = 8;
      t[cp] = f;
      continue;
    }
    utf8proc_category_t cat = utf8proc_category(c);
    bool letter = cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
    if (cat == UTF8PROC_CATEGORY_ND) f.flags |= 4;
    if (cat == UTF8PROC_CATEGORY_MN) f.flags |= 16;
    if (letter) {
      f.flags |= 1;
      if (utf8proc_isupper(c)) f.flags |= 2;
      utf8proc_int32_t lower = utf8proc_tolower(c);
      // Decompose, drop the tone mark, recompose what is left (base letter + vowel marks).
      utf8proc_int32_t parts[8];
      int last_class = 0;
      utf8proc_ssize_t n = utf8proc_decompose_char(lower, parts, 8, UTF8PROC_DECOMPOSE, &last_class);
      if (n > 0 && n <= 8) {
        utf8proc_int32_t kept[8];
        utf8proc_ssize_t k = 0;
        for (utf8proc_ssize_t i = 0; i < n; ++i) {
          if (uint8_t tone = tone_of_mark(parts[i])) {
            f.tone = tone;
          } else {
            kept[k++] = parts[i];
          }
        }
        if (k >= 1 && k <= 2 && kept[0] < 0x10000 && (k == 1 || kept[1] < 0x10000)) {
          f.base = static_cast<uint16_t>(kept[0]);
          if (k == 2) f.mark = static_cast<uint16_t>(kept[1]);
        } else if (lower < 0x10000) {
          f.base = static_cast<uint16_t>(lower);
        }
      }
    }
    t[cp] = f;
  }
  return t;
}

const std::array<Folded, kTableSize>& table() {
  static const std::array<Folded, kTableSize> t = build_table();
  return t;
}

// Decodes one code point from valid UTF-8 at s[i]; advances i. Invalid bytes decode as
// themselves so a bad view cannot derail the loop.
inline uint32_t next_cp(std::string_view s, size_t& i) {
  auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    ++i;
    return b;
  }
  int len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
  if (len == 1 || i + len > s.size()) {
    ++i;
    return b;
  }
  uint32_t cp = b & (0x7F >> len);
  for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += len;
  return cp;
}

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
  const auto& t = table();
  uint64_t h = hash::kFnvOffset;
  uint8_t tone = 0;
  int letters = 0, uppers = 0, others = 0;
  bool first_upper = false;
  uint64_t part[2] = {0x84222325cbf29ce4ULL, 0x84222325cbf29ce4ULL};  // onset, rhyme
  int in_rhyme = 0;
  uint32_t prev_base = 0;
  auto add_part = [&](uint32_t x) { part[in_rhyme] = hash::fnv1a_step(part[in_rhyme], x); };
  for (size_t i = 0; i < s.size();) {
    uint32_t cp = next_cp(s, i);
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
    } else if (cp < kTableSize) {
      const Folded& f = t[cp];
      if (f.flags & 8) {  // a lone combining tone mark (NFD input)
        tone = f.tone;
        continue;
      }
      base = f.base;
      if (f.tone) tone = f.tone;
      if (f.mark) {
        h = hash::fnv1a_step(h, base);
        if (!in_rhyme && is_vowel_base(base, prev_base)) in_rhyme = 1;
        add_part(base);
        prev_base = base;
        base = f.mark;
      }
      if (f.flags & 1) {
        bool upper = f.flags & 2;
        if (letters == 0) first_upper = upper;
        ++letters;
        uppers += upper;
      } else if (!(f.flags & 16)) {
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
