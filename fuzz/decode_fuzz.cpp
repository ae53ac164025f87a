// UTF-8 decoding and legacy-encoding detection/conversion (vitext::decode), then NFC
// composition as `vitext convert` does. The first byte picks the encoding and strictness.
#include "fuzz/checks/invariants.h"
#include "fuzz/checks/targets.h"

#include "vitext/decode.h"

namespace vitext::fuzz {

void decode_target(std::string_view data) {
  auto [selector, bytes] = split_selector(data);
  const auto& encodings = supported_encodings();
  DecodeOptions options;
  size_t pick = selector % (encodings.size() + 1);
  options.from = pick == encodings.size() ? "auto" : std::string(encodings[pick]);
  options.strict = (selector & 0x80) != 0;
  options.detect_sample_bytes = (selector & 0x40) ? 64 : 64 * 1024;

  Document doc{std::string(bytes)};
  Status st = decode(doc, options);
  FUZZ_CHECK(doc.original == bytes, "decode changed the original bytes");
  if (!st.ok()) {
    FUZZ_CHECK(st.code() == StatusCode::kInvalidInput, st.message());
    FUZZ_CHECK(st.offset() < 0 || static_cast<size_t>(st.offset()) <= bytes.size(), "error offset beyond the input");
    FUZZ_CHECK(doc.text.empty(), "a failed decode left a view");
    return;
  }
  check_view_map(doc);
  FUZZ_CHECK(doc.decode.confidence >= 0 && doc.decode.confidence <= 1, "confidence out of [0, 1]");
  FUZZ_CHECK(doc.decode.invalid_bytes <= bytes.size(), "more invalid bytes than bytes");
  if (options.strict) FUZZ_CHECK(doc.decode.invalid_bytes == 0, "strict decoding replaced bytes");
  // Valid UTF-8 read as UTF-8 comes through unchanged (a BOM and NUL bytes aside).
  if (doc.decode.encoding == "utf-8" && doc.decode.invalid_bytes == 0 && !bytes.starts_with("\xEF\xBB\xBF") &&
      bytes.find('\0') == std::string_view::npos)
    FUZZ_CHECK(doc.text == bytes, "valid UTF-8 was rewritten");

  std::string nfc;
  Status nst = to_nfc(doc.text, nfc);
  FUZZ_CHECK(nst.ok(), nst.message());
  check_valid_utf8(nfc);
  // Decoding the decoded text again as UTF-8 changes nothing.
  Document again{doc.text};
  DecodeOptions as_utf8;
  as_utf8.from = "utf-8";
  Status ast = decode(again, as_utf8);
  // (A view starting with U+FEFF, from a BOM under an explicit legacy encoding, loses it.)
  std::string_view expected = doc.text;
  if (expected.starts_with("\xEF\xBB\xBF")) expected.remove_prefix(3);
  if (ast.ok())
    FUZZ_CHECK(again.text == expected || doc.text.find('\0') != std::string::npos, "UTF-8 view is not stable");
}

}  // namespace vitext::fuzz

VITEXT_FUZZ_TARGET(vitext::fuzz::decode_target)
