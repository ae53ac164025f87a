#include "tokens/emoji.h"

#include "core/utf8.h"


namespace vitext::tokens {

namespace {

constexpr char32_t kZwj = 0x200D;
constexpr char32_t kVs15 = 0xFE0E, kVs16 = 0xFE0F;
constexpr char32_t kKeycap = 0x20E3;

bool is_regional_indicator(char32_t cp) { return cp >= 0x1F1E6 && cp <= 0x1F1FF; }

// Code points that extend the emoji before them without starting a new one.
bool is_emoji_modifier(char32_t cp) {
  return cp == kVs15 || cp == kVs16 || cp == kKeycap || (cp >= 0x1F3FB && cp <= 0x1F3FF) ||
         (cp >= 0xE0020 && cp <= 0xE007F);  // tags (subdivision flags)
}

}  // namespace

bool is_emoji_start(char32_t cp) {
  if (cp >= 0x1F000 && cp <= 0x1FAFF) return true;
  if (cp >= 0x2600 && cp <= 0x27BF) return true;  // miscellaneous symbols, dingbats
  switch (cp) {
    case 0x231A: case 0x231B: case 0x2B05: case 0x2B06: case 0x2B07: case 0x2B1B: case 0x2B1C:
    case 0x2B50: case 0x2B55: case 0x3030: case 0x303D: case 0x3297: case 0x3299: case 0x2934:
    case 0x2935:
      return true;
    default:
      return (cp >= 0x23E9 && cp <= 0x23F3) || (cp >= 0x23F8 && cp <= 0x23FA) ||
             (cp >= 0x25FB && cp <= 0x25FE);
  }
}

size_t match_emoji(std::string_view s, size_t pos) {
  utf8::Decoded first = utf8::decode(s, pos);
  size_t end = pos + first.len;
  if (is_regional_indicator(first.cp)) {
    if (end < s.size()) {
      utf8::Decoded second = utf8::decode(s, end);
      if (is_regional_indicator(second.cp)) end += second.len;
    }
    return end;
  }
  if (!is_emoji_start(first.cp)) {
    // A text-default base is an emoji only with a presentation selector or keycap after it.
    if (end >= s.size()) return pos;
    utf8::Decoded next = utf8::decode(s, end);
    if (next.cp != kVs16 && next.cp != kKeycap) return pos;
  }
  while (end < s.size()) {
    utf8::Decoded next = utf8::decode(s, end);
    if (is_emoji_modifier(next.cp)) {
      end += next.len;
      continue;
    }
    if (next.cp == kZwj && end + next.len < s.size()) {
      utf8::Decoded joined = utf8::decode(s, end + next.len);
      if (is_emoji_start(joined.cp) || is_regional_indicator(joined.cp)) {
        end += next.len + joined.len;
        continue;
      }
    }
    break;
  }
  return end;
}

}  // namespace vitext::tokens
