#include "segment/user_dictionary.h"

#include <algorithm>

#include "segment/decoder.h"

namespace vitext::segment {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

}  // namespace

UserDictionary UserDictionary::parse(std::string_view text, const UserDictionary* base) {
  UserDictionary d;
  if (base) {
    d.entries = base->entries;
    d.first_entries = base->first_entries;
    d.max_len = base->max_len;
  }
  std::vector<uint64_t> keys;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    keys.clear();
    size_t i = 0;
    while (i < line.size() && is_space(line[i])) ++i;
    if (i < line.size() && line[i] == '#') continue;
    while (i < line.size()) {
      size_t j = i;
      while (j < line.size() && !is_space(line[j])) ++j;
      keys.push_back(fold_syllable(line.substr(i, j - i)).key);
      while (j < line.size() && is_space(line[j])) ++j;
      i = j;
    }
    if (keys.size() < 2 || keys.size() > 255) continue;
    d.entries.emplace_back(sequence_hash(keys.data(), keys.size()), static_cast<uint8_t>(keys.size()));
    d.first_entries.emplace_back(keys[0], 1);
    d.max_len = std::max(d.max_len, static_cast<int>(keys.size()));
  }
  d.words = FingerprintMap::build(d.entries);
  d.firsts = FingerprintMap::build(d.first_entries);
  d.count = d.words.size();
  return d;
}

void UserDictionary::force(const Unit* units, size_t n, int8_t* forced) const {
  if (count == 0) return;
  for (size_t i = 0; i < n;) {
    if ((title_case_first && units[i].shape != Shape::kTitle) || firsts.find(units[i].key) == 0) {
      ++i;
      continue;
    }
    size_t match = 0;
    size_t run = 1;  // units i..i+run-1 may join
    while (i + run < n && run < static_cast<size_t>(max_len) && units[i + run].joinable) ++run;
    for (size_t len = run; len >= 2; --len) {
      if (words.find(sequence_hash(units + i, len)) == len) {
        match = len;
        break;
      }
    }
    if (match == 0) {
      ++i;
      continue;
    }
    forced[i] = kBegin;
    for (size_t k = 1; k < match; ++k) forced[i + k] = kInside;
    if (i + match < n) forced[i + match] = kBegin;
    i += match;
  }
}

}  // namespace vitext::segment
