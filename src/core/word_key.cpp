#include "core/word_key.h"

#include <utf8proc.h>

#include "core/utf8.h"

namespace vitext {

std::string word_key(std::string_view form) {
  // The treebank writes brackets as PTB-style names; read them as the brackets they are.
  if (form == "LBKT") return "(";
  if (form == "RBKT") return ")";
  std::string out;
  out.reserve(form.size());
  bool pending_space = false;
  for (size_t i = 0; i < form.size();) {
    const char32_t cp = utf8::next(form, i);
    if (is_word_space(cp)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    if (cp >= '0' && cp <= '9') {
      out.push_back('0');
    } else if (cp < 128) {
      out.push_back(static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
    } else {
      utf8::append(out, static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp))));
    }
  }
  return out;
}

}  // namespace vitext
