// Matching keys for Vietnamese syllables: lower case, with the tone mark moved to the end,
// so that "Hòa"/"Hoà"/"HOÀ" and "Ủy"/"Uỷ" are one key whatever tone convention or case the
// text uses. Keys are only compared with each other; they are never shown to a user.
#pragma once

#include <string>
#include <string_view>

namespace vitext::extract {

// Appends the key of one syllable (or any run of letters/digits) to `out`.
void append_fold(std::string_view text, std::string& out);
std::string fold(std::string_view text);

// First letter is an upper-case letter.
bool starts_upper(std::string_view text);
// Every letter is upper case and there are at least two of them ("UBND", "TP").
bool all_upper(std::string_view text);

}  // namespace vitext::extract
