// Numbers as Vietnamese writes them: digits with "." thousands and "," decimals
// ("1.000.000", "1,5"), and number words ("hai mươi lăm", "một trăm linh năm", "1,5 triệu").
#pragma once

#include <cstddef>
#include <string_view>

#include "extract/lexicons.h"
#include "extract/token_index.h"

namespace vitext::extract {

// Parses a digit string; false when it is not one.
bool parse_digits(std::string_view s, double& value);

// Reads a number starting at piece `i`: digits or number words, then scale words
// ("triệu", "tỷ", "nghìn"). Returns the number of pieces used (0 = no number there).
// A lone number word ("hai") is accepted only when a counter follows it, so that "năm"
// (year) or "ba" (father) are not read as numbers elsewhere.
size_t read_number(const TokenIndex& p, size_t i, const Lexicons& lx, double& value);

}  // namespace vitext::extract
