// The slow path of normalisation: one word (a run of letters and combining marks, with
// any zero-width characters inside it) rewritten as a whole. The scanner sends a word
// here only when something in it may need work; most words never come here.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "vitext/normalize.h"

namespace vitext::normalize_detail {

class WordNormalizer {
 public:
  explicit WordNormalizer(const NormalizeOptions& options) : options_(options) {}

  // Normalises `word`; returns true (result in `out()`) if it differs from the input.
  // `dropped` counts the invisible characters left out.
  bool normalize(std::string_view word, uint64_t* dropped);
  const std::string& out() const { return out_; }

 private:
  void fold_lookalikes();
  void compose_vietnamese_clusters();
  void compose_nfc();

  NormalizeOptions options_;
  std::u32string letters_;  // scratch, reused for every word
  std::string out_;
};

}  // namespace vitext::normalize_detail
