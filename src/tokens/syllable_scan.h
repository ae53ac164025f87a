// The tokenizer's fast path for the most common token, a lower-case syllable ("công",
// "tác", "đảm"): where it ends, without the general scanner. Kept apart from tokenize.cpp
// so that the vector scan can be tested against the byte-at-a-time reference.
#pragma once

#include <cstddef>
#include <string_view>

namespace vitext::tokens {

// The end of the lower-case syllable starting at i, or 0 when the token there needs the
// general path (a capital, a digit, a URL, a non-Latin letter, text's end...). It returns
// exactly what match_word would: a run of letters that starts lower-case and is followed
// by a byte after which nothing could glue to it (space, ',', ';', ')', ...) is a syllable.
size_t lower_syllable_end(std::string_view text, size_t i);

// The same, one byte at a time: the reference the vector scan is tested against, and the
// path near the text's end.
size_t lower_syllable_end_bytewise(std::string_view text, size_t i);

}  // namespace vitext::tokens
