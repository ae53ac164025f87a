// Syllable keys: the identity of a syllable as the segmenter's features see it.
//
// The key ignores case, Unicode composition and where the tone mark sits ("Hoá", "hóa",
// "HÓA" and the NFD spellings all get one key), so the model sees one view of the text
// whatever the input's conventions, at training time and at run time alike.
#pragma once

#include <cstdint>
#include <string_view>

namespace vitext::segment {

// Letter case and character classes of a syllable, coarse enough to generalise.
enum class Shape : uint8_t {
  kLower = 0,    // "công"
  kTitle = 1,    // "Công", "McDonald"
  kUpper = 2,    // "UBND", "CÔNG"
  kNumber = 3,   // typed tokens set this from their kind
  kPunct = 4,
  kOther = 5,    // other typed tokens (URL, email, date, ...)
  kMixed = 6,    // letters mixed with digits or symbols: "A5", "f(x)"
  kBoundary = 7, // padding before the first and after the last token
};

struct SyllableInfo {
  uint64_t key = 0;
  Shape shape = Shape::kLower;
  // Toneless, caseless hashes of the onset (consonants before the first vowel) and the
  // rhyme (the rest): reduplicatives share one or both ("lập cập", "thủng thẳng", "se se").
  uint32_t onset = 0;
  uint32_t rhyme = 0;
};

// Folds a syllable's (valid UTF-8) bytes into its key and shape.
SyllableInfo fold_syllable(std::string_view utf8);

}  // namespace vitext::segment
