#include "tokens/syllable_shape.h"

#include <array>
#include <cstdint>

#include <utf8proc.h>

#include "core/utf8.h"


namespace vitext::tokens {

namespace {

// Lower-case ASCII base letter of a letter, or 0 for a letter that is not Latin.
char base_letter(char32_t cp) {
  if (cp < 0x80) return static_cast<char>(cp | 0x20);
  if (cp == 0x110 || cp == 0x111) return 'd';  // Đ đ have no decomposition
  utf8proc_int32_t buf[4];
  utf8proc_ssize_t n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), buf, 4, UTF8PROC_DECOMPOSE, nullptr);
  if (n >= 1 && buf[0] < 0x80) return static_cast<char>(buf[0] | 0x20);
  return 0;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

// Longest first, so "ngh" wins over "ng" and "n".
constexpr std::array<std::string_view, 27> kOnsets = {
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu", "b", "c", "d",
    "g",   "h",  "k",  "l",  "m",  "n",  "p",  "q",  "r",  "s",  "t",  "v", "x"};
constexpr std::array<std::string_view, 9> kCodas = {"", "c", "ch", "m", "n", "ng", "nh", "p", "t"};

}  // namespace

bool could_be_vietnamese_syllable(std::string_view word) {
  char base[16];
  size_t n = 0;
  for (size_t i = 0; i < word.size();) {
    utf8::Decoded d = utf8::decode(word, i);
    i += d.len;
    if (d.cp >= 0x300 && d.cp <= 0x36F) continue;  // a stray combining mark
    char b = base_letter(d.cp);
    if (b < 'a' || b > 'z' || n == sizeof base) return false;
    base[n++] = b;
  }
  std::string_view w(base, n);
  size_t i = 0;
  for (std::string_view onset : kOnsets) {
    // "gi"/"qu" may also be onset+vowel ("gì", "quả" keep a vowel after them).
    if (w.starts_with(onset) && (w.size() > onset.size() || onset == "gi")) {
      i = onset.size();
      break;
    }
  }
  size_t vowels = 0;
  while (i + vowels < w.size() && is_vowel(w[i + vowels])) ++vowels;
  if (vowels == 0) return w == "gi";
  if (vowels > 3) return false;
  std::string_view coda = w.substr(i + vowels);
  for (std::string_view c : kCodas)
    if (coda == c) return true;
  return false;
}

}  // namespace vitext::tokens
