#include "core/word_key.h"

#include "core/fold.h"
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
    utf8::append(out, cp >= '0' && cp <= '9' ? U'0' : fold::lower(cp));
  }
  return out;
}

}  // namespace vitext
