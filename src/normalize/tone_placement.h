// Tone-mark placement inside one Vietnamese syllable (see ToneStyle in vitext/normalize.h).
#pragma once

#include <cstddef>

#include "core/syllable.h"
#include "vitext/normalize.h"

namespace vitext::normalize_detail {

using viet::kMaxSyllableLetters;

// `letters[0..count)` is one word in NFC. If it is a valid Vietnamese syllable with one
// tone mark that is not where `style` puts it, moves the mark and returns true. Anything
// else (no mark, two marks, a foreign word, kKeep) is left as it is.
bool place_tone(char32_t* letters, size_t count, ToneStyle style);

}  // namespace vitext::normalize_detail
