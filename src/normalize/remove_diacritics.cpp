#include <utf8proc.h>

#include "core/view_builder.h"
#include "core/letters.h"
#include "core/utf8.h"
#include "normalize/char_class.h"
#include "vitext/normalize.h"

namespace vitext {
namespace {

using namespace normalize_detail;

// The accent-free form of one character: 0 to drop it (a combining mark), the character
// itself when it has no accent to remove.
char32_t fold_accent(char32_t cp) {
  if (cp < 0x80) return cp;
  if (const viet::Letter l = viet::analyse_vowel(cp); l.is_vowel) {
    const char base = viet::plain_letter(l.vowel);
    return static_cast<char32_t>(l.upper ? base - 32 : base);
  }
  if (cp == viet::kDStroke) return 'd';
  if (cp == viet::kDStrokeUpper) return 'D';
  if (char_flags(cp) & kMark) return 0;
  if (is_latin_letter(cp)) {  // other Latin letters: the first character of the decomposition
    utf8proc_int32_t parts[4];
    int last_boundclass = 0;
    auto n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), parts, 4,
                                     UTF8PROC_DECOMPOSE, &last_boundclass);
    if (n > 1 && parts[0] < 0x80) return static_cast<char32_t>(parts[0]);
  }
  return cp;
}

}  // namespace

std::string remove_diacritics(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  const auto* s = reinterpret_cast<const unsigned char*>(utf8.data());
  for (size_t i = 0; i < utf8.size();) {
    utf8::Decoded d = utf8::decode(s, utf8.size(), i);
    if (!d.valid) {
      out.push_back(utf8[i]);
    } else if (char32_t f = fold_accent(d.cp)) {
      utf8::append(out, f);
    }
    i += d.len;
  }
  return out;
}

Status remove_diacritics(Document& doc) {
  if (doc.text.empty() && doc.map.pieces().empty() && !doc.original.empty()) {
    return Status::InvalidArgument("remove_diacritics(Document&) needs a normalised view: call normalize first");
  }
  ViewBuilder b;
  b.reserve(doc.text.size());
  const auto* s = reinterpret_cast<const unsigned char*>(doc.text.data());
  size_t n = doc.text.size(), copied_until = 0;
  std::string folded;
  for (size_t i = 0; i < n;) {
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    utf8::Decoded d = utf8::decode(s, n, i);
    char32_t f = d.valid ? fold_accent(d.cp) : d.cp;
    if (d.valid && f != d.cp) {
      if (i > copied_until) b.copy(static_cast<uint32_t>(copied_until), std::string_view(doc.text).substr(copied_until, i - copied_until));
      folded.clear();
      if (f != 0) utf8::append(folded, f);
      b.replace(static_cast<uint32_t>(i), d.len, folded);
      copied_until = i + d.len;
    }
    i += d.len;
  }
  if (copied_until == 0) return Status::Ok();  // nothing to fold
  if (copied_until < n) b.copy(static_cast<uint32_t>(copied_until), std::string_view(doc.text).substr(copied_until));
  OffsetMap rewrites = b.take_map();
  doc.map = rewrites.compose(doc.map);
  doc.text = b.take_text();
  return Status::Ok();
}

}  // namespace vitext
