// The tokenizer's fast path for the most common tokens, syllables in lower case or with a
// capital first letter ("công", "tác", "Hà", "Đảng"): where they end, without the general
// scanner. Kept apart from tokenize.cpp so that it can be tested against match_word.
#pragma once

#include <cstddef>
#include <string_view>

namespace vitext::tokens {

// The end of the syllable starting at i, or 0 when the token there needs the general path
// (an acronym, a digit, a URL, a non-Latin letter, the text's end ...). When it is not 0,
// match_word(text, i) is {that end, kSyllable}: a run of letters that starts lower-case,
// or starts with a capital and has no other, followed by a byte after which nothing could
// glue to it (space, ',', ';', ')', ...).
size_t syllable_end(std::string_view text, size_t i);

}  // namespace vitext::tokens
