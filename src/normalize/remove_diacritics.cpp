#include "core/fold.h"
#include "core/utf8.h"
#include "core/view_builder.h"
#include "vitext/normalize.h"

namespace vitext {

std::string remove_diacritics(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  const auto* s = reinterpret_cast<const unsigned char*>(utf8.data());
  for (size_t i = 0; i < utf8.size();) {
    utf8::Decoded d = utf8::decode(s, utf8.size(), i);
    if (!d.valid) {
      out.push_back(utf8[i]);
    } else if (char32_t f = fold::strip_accents(d.cp)) {
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
    char32_t f = d.valid ? fold::strip_accents(d.cp) : d.cp;
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
