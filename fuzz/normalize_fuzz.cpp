// Normalisation and its offset map. After decode + normalize: the view is valid UTF-8, every
// view character maps back inside the original, and the original bytes under each token
// normalise, on their own, to that token's view text. The first byte picks the options.
#include "fuzz/checks/invariants.h"
#include "fuzz/checks/targets.h"

#include "decode/encoding.h"
#include "vitext/decode.h"
#include "vitext/normalize.h"
#include "vitext/tokenize.h"

namespace vitext::fuzz {
namespace {

NormalizeOptions options_of(unsigned char selector) {
  NormalizeOptions o;
  o.tone = selector % 3 == 0 ? ToneStyle::kNew : selector % 3 == 1 ? ToneStyle::kOld : ToneStyle::kKeep;
  o.drop_invisible = (selector & 0x10) == 0;
  o.unify_spaces = (selector & 0x20) == 0;
  o.fold_lookalikes = (selector & 0x40) == 0;
  return o;
}

// The original bytes of `span` decoded exactly as the whole document was (the encoding the
// report names, without detecting again: "tcvn3" as an option would re-choose the variant).
Document decode_like(const Document& doc, Span span) {
  using decoding::Encoding;
  Document piece{std::string(doc.original_of(span))};
  Encoding enc = Encoding::kUtf8;
  for (Encoding e : {Encoding::kTcvn3, Encoding::kTcvn5712, Encoding::kVni, Encoding::kViscii, Encoding::kViqr,
                     Encoding::kCp1258})
    if (decoding::encoding_name(e) == doc.decode.encoding) enc = e;
  ViewBuilder vb;
  decoding::DecodeCounters counters;
  decoding::decode_as(enc, piece.original, 0, vb, counters);
  piece.text = vb.take_text();
  piece.map = vb.take_map();
  return piece;
}

}  // namespace

void normalize_target(std::string_view data) {
  auto [selector, bytes] = split_selector(data);
  const NormalizeOptions options = options_of(selector);
  Document doc{std::string(bytes)};
  if (selector & 0x80) {
    // Without decode: normalize reads the original when it is valid UTF-8.
    Status st = normalize(doc, options);
    if (!st.ok()) {
      FUZZ_CHECK(st.code() == StatusCode::kInvalidInput, st.message());
      return;
    }
  } else {
    if (!decode(doc, DecodeOptions{}).ok()) return;
    Status st = normalize(doc, options);
    FUZZ_CHECK(st.ok(), st.message());
  }
  FUZZ_CHECK(doc.original == bytes, "normalize changed the original bytes");
  check_view_map(doc);

  // Normalising is idempotent: the view is already normal.
  const std::string again = normalize_text(doc.text, options);
  FUZZ_CHECK(again == doc.text, "normalising the view changes it: \"" + doc.text + "\" -> \"" + again + "\"");

  // The original bytes under a token, read in the same encoding and normalised, are the token.
  if (!tokenize(doc).ok()) return;
  check_tokens(doc);
  for (size_t k = 0; k < doc.tokens.size(); ++k) {
    const Token& t = doc.tokens[k];
    // A token glued to its neighbour ("…/hu" + "ýa" where a URL stops at a non-ASCII letter)
    // may be half of a word the normaliser saw whole: its tone placement had more context.
    const bool glued_before = k > 0 && doc.tokens[k - 1].view.end == t.view.start;
    const bool glued_after = k + 1 < doc.tokens.size() && doc.tokens[k + 1].view.start == t.view.end;
    if (glued_before || glued_after) continue;
    // In VIQR a final '.' is a dot-below mark or a full stop depending on what follows it.
    if (doc.decode.encoding == "viqr") continue;
    // Without decode, normalize read the original bytes themselves.
    Document piece = (selector & 0x80) ? Document(std::string(doc.original_of(t.span))) : decode_like(doc, t.span);
    Status st = normalize(piece, options);
    FUZZ_CHECK(st.ok(), st.message());
    FUZZ_CHECK(piece.text == doc.view_of(t.view), "original \"" + piece.original + "\" of token \"" +
                                                      std::string(doc.view_of(t.view)) + "\" normalises to \"" +
                                                      piece.text + "\"");
  }
}

}  // namespace vitext::fuzz

VITEXT_FUZZ_TARGET(vitext::fuzz::normalize_target)
