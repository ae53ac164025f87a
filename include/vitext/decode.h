// Decoding: the first stage. Turns Document::original (UTF-8, possibly invalid, or a legacy
// Vietnamese 8-bit encoding) into Document::text, valid UTF-8, with Document::map pointing
// every view byte back at the original bytes it came from, and Document::decode saying what
// was read and how sure detection was.
//
// The view is not normalised here: composition and tone placement stay as the source had
// them (legacy encodings decode to their natural Unicode, e.g. Windows-1258 to base letters
// plus combining tones); the normalize stage composes to NFC.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "vitext/document.h"
#include "vitext/stage.h"
#include "vitext/status.h"

namespace vitext {

struct DecodeOptions {
  // "auto" or an encoding name: utf-8, tcvn3, tcvn5712-1, vni, viscii, viqr, cp1258, or an
  // alias (utf8, abc, tcvn, tcvn5712, vn3, vn1, vni-windows, windows-1258, vietnet, ...).
  std::string from = "auto";
  // Strict: invalid UTF-8, NUL bytes and undefined legacy bytes are errors. Lenient: invalid
  // sequences become U+FFFD (counted in DecodeReport), NUL bytes are dropped from the view.
  bool strict = false;
  // How many bytes `from=auto` reads to choose a legacy encoding (the whole input is decoded).
  size_t detect_sample_bytes = 64 * 1024;
};

// Canonical name of an encoding given by the user, or "" when it is not known.
// "auto" maps to "auto".
std::string canonical_encoding_name(std::string_view name);
// The canonical names, for --help and error messages.
const std::vector<std::string_view>& supported_encodings();

// Composes `in` (valid UTF-8) to NFC into `out`: what `vitext convert` and `POST /v1/convert`
// hand back after decoding, so that legacy input comes out in the form every tool expects.
// Text that is certainly NFC already is copied without calling utf8proc.
Status to_nfc(std::string_view in, std::string& out);

// Reads doc.original; fills doc.text, doc.map and doc.decode. On error the document's text
// and map are left empty and the status says what is wrong and where (byte offset).
Status decode(Document& doc, const DecodeOptions& options);

class DecodeStage : public Stage {
 public:
  explicit DecodeStage(DecodeOptions options) : options_(std::move(options)) {}
  std::string_view name() const override { return "decode"; }
  Status apply(Document& doc) const override { return decode(doc, options_); }
  const DecodeOptions& options() const { return options_; }

 private:
  DecodeOptions options_;
};

}  // namespace vitext
