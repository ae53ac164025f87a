// PhraseTable: longest-match lookup of multi-syllable phrases over pieces, by folded key
// (case- and tone-placement-insensitive). Built once when the extractor loads; read-only
// afterwards, so it is shared by every thread.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "extract/token_index.h"

namespace vitext::extract {

class PhraseTable {
 public:
  // Adds `phrase` (written as in text; folded here) with a payload index. The first
  // insertion of a phrase wins.
  void add(std::string_view phrase, int32_t payload);
  // Adds a key already folded and joined as fold_phrase makes it (pieces' keys and spaces).
  void add_folded(const std::string& key, int32_t payload);

  struct Match {
    int32_t payload = -1;
    uint32_t length = 0;  // in pieces; 0 = no match
    explicit operator bool() const { return length > 0; }
  };
  // The longest phrase starting at piece `i`, within its sentence.
  Match longest(const TokenIndex& pieces, size_t i) const;
  // Exact lookup of a folded key (fold_phrase form).
  int32_t find(std::string_view folded_key) const;
  size_t size() const { return entries_; }

  // The bit that stands for this table in TokenIndex::first_mask.
  void set_bit(uint32_t bit) { bit_ = bit; }
  uint32_t bit() const { return bit_; }
  // Calls f(first_key) for every first piece of a phrase in the table.
  template <typename F>
  void for_each_first_key(F&& f) const {
    for (const auto& [key, payload] : map_) {
      if (key.find(' ') == std::string::npos) f(key);
    }
  }

 private:
  // Every prefix of a phrase is present; -1 marks a prefix that is not itself a phrase.
  std::unordered_map<std::string, int32_t> map_;
  size_t entries_ = 0;
  uint32_t bit_ = 0;
};

}  // namespace vitext::extract
