// A fixed reference workload for the segmenter's speed: greedy longest match of up to four
// space-separated syllables against a word list, with no model — the kind of plain
// dictionary lookup coccoc-tokenizer does. Its code never changes, so on a shared machine
// whose speed drifts, "segmenter words/s over reference words/s" measured in one run is the
// figure to compare across commits (bench/README.md).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string_view>
#include <unordered_set>

namespace vitext::bench {

class LookupReference {
 public:
  // The multi-syllable word forms of a CoNLL-U file (ASCII letters lower-cased). False when
  // the file cannot be read.
  bool load(const std::filesystem::path& conllu);
  // The number of words the longest match cuts `text` into.
  uint64_t count_words(std::string_view text) const;
  size_t size() const { return words_.size(); }

 private:
  std::unordered_set<uint64_t> words_;
};

}  // namespace vitext::bench
