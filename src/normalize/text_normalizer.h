// The normaliser's scanner: one pass over valid UTF-8 that copies runs needing no change
// in bulk and rewrites the rest (see vitext/normalize.h for the rules).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/view_builder.h"
#include "normalize/word_normalizer.h"
#include "vitext/normalize.h"

namespace vitext::normalize_detail {

struct ToneCheckTable;

class TextNormalizer {
 public:
  TextNormalizer(std::string_view text, const NormalizeOptions& options);

  // Scans the whole text. Returns false if nothing changes (then builder() is unused).
  bool run();
  // The new text and its map (new text -> input text); valid after run() returned true.
  ViewBuilder& builder() { return out_; }
  uint64_t dropped() const { return dropped_; }

 private:
  // Outcome of looking at the character at i: how far the scan advances.
  size_t handle_toned_vowel(size_t i, uint8_t check, size_t len);
  bool mark_may_be_misplaced(size_t i, uint8_t check, size_t len) const;
  size_t handle_word_trigger(size_t i, size_t len);
  size_t handle_special(size_t i, char32_t cp, size_t len);
  size_t handle_lone_marks(size_t i, size_t len);

  // Word bounds around the character at i; returns false if i is not inside a word.
  bool find_word(size_t i, size_t len, size_t* start, size_t* end) const;
  bool is_letter(char32_t cp) const;
  bool is_plain_letter(char32_t cp) const;
  bool is_word_char(char32_t cp) const;
  bool is_inner_invisible(char32_t cp) const;
  bool is_dropped_invisible(size_t i, char32_t cp, size_t len) const;
  bool is_vowel_at(size_t i) const;
  bool is_vowel_before(size_t i) const;
  size_t rewrite_word(size_t start, size_t end);
  // Rewrites text_[start, start + len) as `with`, mapping only the characters that differ.
  void replace(size_t start, size_t len, std::string_view with);
  void replace_exactly(size_t start, size_t len, std::string_view with);
  void finish();

  std::string_view text_;
  const unsigned char* s_;
  size_t n_;
  NormalizeOptions options_;
  uint8_t word_triggers_;
  WordNormalizer words_;
  const ToneCheckTable* tone_checks_;
  ViewBuilder out_;
  size_t copied_until_ = 0;  // input bytes before this are in out_ (or nothing changed yet)
  bool changed_ = false;
  uint64_t dropped_ = 0;
  std::string syllable_;  // scratch for a rewritten syllable
};

}  // namespace vitext::normalize_detail
