#include "vitext/normalize.h"

#include "decode/utf8_validate.h"
#include "normalize/text_normalizer.h"

namespace vitext {

using normalize_detail::TextNormalizer;

Status normalize(Document& doc, const NormalizeOptions& options) {
  // Without a decode stage before it, the original bytes are the text (when valid UTF-8).
  bool from_original = doc.text.empty() && doc.map.pieces().empty() && !doc.original.empty();
  if (from_original) {
    const size_t valid = decoding::valid_utf8_prefix(doc.original);
    if (valid < doc.original.size()) {
      return Status::InvalidInput("invalid UTF-8 (for a legacy encoding, decode or 'vitext convert' it first)",
                                 static_cast<int64_t>(valid));
    }
  }
  const std::string& input = from_original ? doc.original : doc.text;
  if (input.size() > UINT32_MAX) return Status::InvalidInput("document larger than 4 GiB");
  TextNormalizer normalizer(input, options);
  bool changed = normalizer.run();
  doc.decode.dropped_chars += normalizer.dropped();
  if (!changed) {
    if (from_original) {
      doc.text = doc.original;
      doc.map = OffsetMap::Identity(static_cast<uint32_t>(doc.original.size()));
    }
    return Status::Ok();
  }
  OffsetMap rewrites = normalizer.builder().take_map();
  doc.map = from_original ? std::move(rewrites) : rewrites.compose(doc.map);
  doc.text = normalizer.builder().take_text();
  return Status::Ok();
}

std::string normalize_text(std::string_view utf8, const NormalizeOptions& options) {
  TextNormalizer normalizer(utf8, options);
  if (!normalizer.run()) return std::string(utf8);
  return normalizer.builder().take_text();
}

bool parse_tone_style(std::string_view name, ToneStyle* style) {
  if (name == "new") *style = ToneStyle::kNew;
  else if (name == "old") *style = ToneStyle::kOld;
  else if (name == "keep") *style = ToneStyle::kKeep;
  else return false;
  return true;
}

}  // namespace vitext
