// The tag dictionary: which UPOS tags each training word was seen with (its ambiguity
// class). The tagger uses the classes of the word and of the words after it, whose tags
// are not decided yet when a greedy left-to-right tagger reaches the word.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "core/model_file.h"
#include "tag/word_info.h"
#include "vitext/status.h"

namespace vitext::tag {

// Bit of a UPOS tag in an ambiguity class; unknown tags share the top bit.
uint32_t upos_bit(std::string_view upos);

class TagDictionary {
 public:
  // entries: (WordInfo::lower, class bits); duplicates are merged.
  static TagDictionary build(std::vector<std::pair<uint64_t, uint32_t>> entries);

  // 0 when the word was not seen.
  uint32_t lookup(uint64_t word) const;
  // Sets `amb` of every word.
  void annotate(std::span<WordInfo> words) const;
  size_t size() const { return keys_.size(); }

  void serialize(ByteWriter& out) const;
  static Status deserialize(ByteReader& in, TagDictionary& out);

 private:
  std::vector<uint64_t> keys_;  // sorted
  std::vector<uint32_t> bits_;
};

}  // namespace vitext::tag
