#include "extract/fold.h"

#include <utf8proc.h>

#include "core/fold.h"
#include "core/utf8.h"

namespace vitext::extract {

void append_fold(std::string_view text, std::string& out) { fold::append_match_key(text, out); }

std::string fold(std::string_view text) {
  std::string out;
  append_fold(text, out);
  return out;
}

bool starts_upper(std::string_view text) {
  if (text.empty()) return false;
  const utf8::Decoded d = utf8::decode(text, 0);
  return d.valid && utf8proc_category(static_cast<utf8proc_int32_t>(d.cp)) == UTF8PROC_CATEGORY_LU;
}

bool all_upper(std::string_view text) {
  int letters = 0;
  for (size_t i = 0; i < text.size();) {
    const utf8::Decoded d = utf8::decode(text, i);
    if (!d.valid) return false;
    i += d.len;
    auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(d.cp));
    if (cat == UTF8PROC_CATEGORY_LL) return false;
    if (cat == UTF8PROC_CATEGORY_LU) ++letters;
  }
  return letters >= 2;
}

}  // namespace vitext::extract
