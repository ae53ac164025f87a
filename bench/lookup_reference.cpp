#include "lookup_reference.h"

#include <fstream>
#include <string>
#include <vector>

namespace vitext::bench {
namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c; }

// FNV-1a over the syllables' bytes, lower-cased, joined by one space.
uint64_t key_of(const std::string_view* syllables, size_t n) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (size_t k = 0; k < n; ++k) {
    if (k) h = (h ^ ' ') * 0x100000001b3ull;
    for (char c : syllables[k]) h = (h ^ static_cast<unsigned char>(lower(c))) * 0x100000001b3ull;
  }
  return h;
}

}  // namespace

bool LookupReference::load(const std::filesystem::path& conllu) {
  std::ifstream in(conllu);
  if (!in) return false;
  std::string line;
  std::vector<std::string_view> parts;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] < '0' || line[0] > '9') continue;
    const size_t a = line.find('\t'), b = line.find('\t', a + 1);
    if (a == std::string::npos || b == std::string::npos) continue;
    const std::string_view form = std::string_view(line).substr(a + 1, b - a - 1);
    parts.clear();
    for (size_t i = 0; i < form.size();) {
      size_t j = form.find(' ', i);
      if (j == std::string_view::npos) j = form.size();
      parts.push_back(form.substr(i, j - i));
      i = j + 1;
    }
    if (parts.size() >= 2 && parts.size() <= 4) words_.insert(key_of(parts.data(), parts.size()));
  }
  return true;
}

uint64_t LookupReference::count_words(std::string_view text) const {
  uint64_t words = 0;
  std::string_view window[4];
  size_t have = 0, i = 0;
  auto next_syllable = [&](std::string_view& out) {
    while (i < text.size() && is_space(text[i])) ++i;
    if (i >= text.size()) return false;
    const size_t start = i;
    while (i < text.size() && !is_space(text[i])) ++i;
    out = text.substr(start, i - start);
    return true;
  };
  for (;;) {
    while (have < 4 && next_syllable(window[have])) ++have;
    if (have == 0) return words;
    size_t take = 1;
    for (size_t n = have; n >= 2; --n) {
      if (words_.count(key_of(window, n))) {
        take = n;
        break;
      }
    }
    ++words;
    for (size_t k = take; k < have; ++k) window[k - take] = window[k];
    have -= take;
  }
}

}  // namespace vitext::bench
