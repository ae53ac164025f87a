#include "corpus/quality.h"

#include <utf8proc.h>

#include <cmath>
#include <string_view>

#include "core/utf8.h"
#include "core/syllable.h"

namespace vitext {
namespace {

bool is_letter_or_mark(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
      return true;
    default:
      return false;
  }
}

// Rounded to 4 decimals so that output is stable and short.
double round4(double x) { return std::round(x * 10000.0) / 10000.0; }

}  // namespace

QualitySignals compute_quality(const Document& doc) {
  QualitySignals q;
  q.legacy_encoding = doc.decode.encoding != "utf-8";
  q.invalid_bytes = doc.decode.invalid_bytes;
  std::string_view text = doc.text;
  size_t i = 0;
  size_t run_start = 0;
  bool in_run = false, marked = false;
  auto close_run = [&](size_t end) {
    if (!in_run) return;
    ++q.syllables;
    if (is_vietnamese_syllable_any_form(text.substr(run_start, end - run_start))) ++q.valid_syllables;
    if (marked) ++q.marked_syllables;
    in_run = false;
  };
  while (i < text.size()) {
    size_t at = i;
    char32_t c = utf8::next(text, i);
    ++q.chars;
    if (is_letter_or_mark(c)) {
      if (!in_run) {
        in_run = true;
        marked = false;
        run_start = at;
      }
      if (c >= 0x80) marked = true;
    } else {
      close_run(at);
    }
  }
  close_run(text.size());
  return q;
}

nlohmann::json quality_to_json(const QualitySignals& q) {
  return {{"chars", q.chars},
          {"syllables", q.syllables},
          {"vietnamese", round4(q.vietnamese_share())},
          {"diacritics", round4(q.diacritic_ratio())},
          {"legacy_encoding", q.legacy_encoding},
          {"invalid_bytes", q.invalid_bytes}};
}

}  // namespace vitext
