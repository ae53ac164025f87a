// User dictionary: domain words the segmenter must keep whole ("An ninh điều tra").
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "segment/features.h"
#include "segment/fingerprint_map.h"

namespace vitext::segment {

struct UserDictionary {
  FingerprintMap words;  // sequence hash -> length
  FingerprintMap firsts;  // key of each entry's first syllable -> 1: most units start none
  int max_len = 0;       // longest entry, in syllables
  size_t count = 0;
  // Entries match only where their first syllable is capitalised ("Bộ Công an", not "bộ
  // Công an"): for names whose treebank spelling depends on case.
  bool title_case_first = false;

  // Parses one word per line; entries of a single syllable are ignored (nothing to join).
  static UserDictionary parse(std::string_view text, const UserDictionary* base);
  // Marks the leftmost-longest entries in units[0..n): forced[i] = kBegin at an entry's
  // first unit and after its last, kInside inside it.
  void force(const Unit* units, size_t n, int8_t* forced) const;

  // Kept so dictionaries can be extended.
  std::vector<std::pair<uint64_t, uint8_t>> entries, first_entries;
};

}  // namespace vitext::segment
