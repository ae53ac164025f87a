// Emoji: one token per user-visible emoji, including skin-tone modifiers, variation
// selectors, keycaps, flags (pairs of regional indicators), tag sequences and ZWJ
// sequences such as 👨‍👩‍👧.
#pragma once

#include <cstddef>
#include <string_view>

namespace vitext::tokens {

// Code points that are emoji by default (no U+FE0F needed).
bool is_emoji_start(char32_t cp);

// End of the emoji sequence starting at `pos`, or `pos` when none starts there. Also
// accepts a text-default symbol or keycap base ("©", "1", "#") made emoji by U+FE0F/U+20E3.
size_t match_emoji(std::string_view s, size_t pos);

}  // namespace vitext::tokens
