#include "corpus/quality.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <vector>
#include <string_view>

#include "core/hash.h"
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

// Whether a run is a valid syllable, remembered for the runs seen last: running text uses a
// few thousand syllables over and over, and looking one up costs less than parsing it.
// Only a long text pays for the table.
class SyllableMemo {
 public:
  explicit SyllableMemo(size_t text_bytes) : slots_(text_bytes >= kMinText ? kSlots : 0) {}

  bool valid(std::string_view run) {
    if (slots_.empty() || run.size() > kMaxBytes) return is_vietnamese_syllable_any_form(run);
    Slot& slot = slots_[hash::hash_bytes(run) & (kSlots - 1)];
    if (slot.size == run.size() && std::string_view(slot.bytes.data(), slot.size) == run) return slot.valid;
    slot.size = static_cast<uint8_t>(run.size());
    std::copy(run.begin(), run.end(), slot.bytes.begin());
    slot.valid = is_vietnamese_syllable_any_form(run);
    return slot.valid;
  }

 private:
  static constexpr size_t kMaxBytes = 22, kSlots = 4096, kMinText = 256 * 1024;
  struct Slot {
    std::array<char, kMaxBytes> bytes{};
    uint8_t size = 0xFF;  // empty
    bool valid = false;
  };
  std::vector<Slot> slots_;
};

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
  SyllableMemo memo(text.size());
  auto close_run = [&](size_t end) {
    if (!in_run) return;
    ++q.syllables;
    if (memo.valid(text.substr(run_start, end - run_start))) ++q.valid_syllables;
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
