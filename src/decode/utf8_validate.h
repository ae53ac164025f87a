// UTF-8 validation per Unicode 15 table 3-7 (no overlongs, no surrogates, <= U+10FFFF).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace vitext::decoding {

// Offset of the first byte of the first ill-formed sequence, or s.size() when all is valid.
// ASCII runs are checked 16 bytes at a time: the common case is memory-bound.
size_t valid_utf8_prefix(std::string_view s);

// At an ill-formed position: the length (>= 1) of the maximal subpart, the bytes that one
// U+FFFD replaces ("substitution of maximal subparts", Unicode 15 section 3.9).
size_t maximal_subpart_length(std::string_view s, size_t pos);

// "0xC3 0x28: not a valid continuation byte" — the bytes at `pos` and why they are invalid.
std::string describe_invalid_utf8(std::string_view s, size_t pos);

}  // namespace vitext::decoding
