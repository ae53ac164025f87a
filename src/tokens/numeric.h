// Tokens that start with an ASCII digit: dates, times, numbers in Vietnamese and English
// notation, percentages, money with an attached currency, and "4G"-style acronyms.
#pragma once

#include <string_view>

#include "tokens/match.h"

namespace vitext::tokens {

// `s[pos]` must be an ASCII digit. Always matches (at least the digit run).
Match match_numeric(std::string_view s, size_t pos);

// Length of a currency written right after a number ("đ", "₫", "$", "VNĐ", "USD", ...), or 0.
size_t currency_suffix_length(std::string_view s, size_t pos);

// True when `form` is a currency code or sign standing alone ("VNĐ", "USD", "$", "₫").
bool is_currency_word(std::string_view form);

}  // namespace vitext::tokens
