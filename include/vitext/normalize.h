// Normalisation: turns the decoded text of a Document into the normalised view every later
// stage reads, keeping the offset map back to the original bytes exact.
//
// What it does (each rule is documented with its table in src/normalize/):
//  - NFC, including Vietnamese written decomposed (base + circumflex/breve/horn + tone
//    mark as combining characters, in any order) -> the precomposed letter.
//  - Tone-mark placement unified (ToneStyle), only inside valid Vietnamese syllables.
//  - Zero-width and control characters dropped; CR LF and lone CR -> LF.
//  - Odd spaces -> U+0020; fullwidth ASCII -> ASCII; Cyrillic/Greek lookalike letters
//    inside otherwise-Latin words -> Latin; U+2010/U+2011 hyphens -> '-'.
// The user's bytes are never changed: only Document::text (the view) and its map are.
#pragma once

#include <string>
#include <string_view>

#include "vitext/document.h"
#include "vitext/stage.h"
#include "vitext/status.h"

namespace vitext {

// Where the tone mark goes in the rhymes oa, oe, uy when no consonant ends the syllable.
// These three rhymes are the only place the two conventions differ; everywhere else the
// mark's position is fixed by the spelling and both styles agree:
//  - kOld: on the second vowel: "hoá", "khoẻ", "thuỷ", "hoà", "oạ", "uỳ".
//  - kNew: on the first vowel:  "hóa", "khỏe", "thủy", "hòa", "ọa", "ùy".
//  - kKeep: no mark is moved.
// With kOld/kNew, marks misplaced onto the onset letters of "qu" and "gi" are also moved
// to the vowel ("qúy" -> "quý", "gía" -> "giá"): the u of qu and the i of gi belong to
// the onset in both styles. Words that are not a valid Vietnamese syllable (foreign words,
// names such as "José") are never touched.
enum class ToneStyle { kNew, kOld, kKeep };

struct NormalizeOptions {
  ToneStyle tone = ToneStyle::kNew;
  bool drop_invisible = true;   // zero-width and control characters
  bool unify_spaces = true;     // NBSP, U+2000..U+200A, U+202F, U+205F, U+3000 -> U+0020
  bool fold_lookalikes = true;  // fullwidth ASCII, Cyrillic/Greek lookalikes, hyphen variants
};

// Replaces doc.text by its normalised form and composes doc.map with the new rewrites, so
// the map still points at doc.original. If the decode stage has not run (doc.text and
// doc.map empty), doc.original is used when it is valid UTF-8; otherwise InvalidInput
// with the offset of the first bad byte. Adds the number of dropped characters to
// doc.decode.dropped_chars.
Status normalize(Document& doc, const NormalizeOptions& options = {});

// The normalisation stage of the pipeline (decode -> normalize -> sentences -> ...).
class NormalizeStage : public Stage {
 public:
  explicit NormalizeStage(const NormalizeOptions& options = {}) : options_(options) {}
  std::string_view name() const override { return "normalize"; }
  Status apply(Document& doc) const override { return normalize(doc, options_); }
  const NormalizeOptions& options() const { return options_; }

 private:
  NormalizeOptions options_;
};

// The normalised form of a valid UTF-8 string (invalid bytes are passed through).
std::string normalize_text(std::string_view utf8, const NormalizeOptions& options = {});

// Accent folding for search: every Vietnamese vowel to its base letter ("Hồ Chí Minh" ->
// "Ho Chi Minh"), đ -> d, Đ -> D; other Latin letters lose their combining marks
// ("café" -> "cafe"). Everything else is kept as it is.
std::string remove_diacritics(std::string_view utf8);

// The same on a Document's view (after normalize), keeping the map to the original exact.
Status remove_diacritics(Document& doc);

// The ToneStyle named "new", "old" or "keep"; false if the name is none of them.
bool parse_tone_style(std::string_view name, ToneStyle* style);

}  // namespace vitext
