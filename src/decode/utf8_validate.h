// UTF-8 validation per Unicode 15 table 3-7 (no overlongs, no surrogates, <= U+10FFFF).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace vitext::decoding {

// Offset of the first byte of the first ill-formed sequence, or s.size() when all is valid.
// Uses AVX2 when the CPU has it (32 bytes per step), else ASCII runs go 16 bytes at a time.
size_t valid_utf8_prefix(std::string_view s);

// The same, one code point at a time (the reference the AVX2 version is tested against).
size_t valid_utf8_prefix_scalar(std::string_view s);
// AVX2 part: a block boundary up to which the input is valid (the scalar version continues
// from there). Only call when the CPU has AVX2.
size_t valid_utf8_prefix_avx2(const unsigned char* p, size_t n);

// At an ill-formed position: the length (>= 1) of the maximal subpart, the bytes that one
// U+FFFD replaces ("substitution of maximal subparts", Unicode 15 section 3.9).
size_t maximal_subpart_length(std::string_view s, size_t pos);

// "0xC3 0x28: not a valid continuation byte" — the bytes at `pos` and why they are invalid.
std::string describe_invalid_utf8(std::string_view s, size_t pos);

}  // namespace vitext::decoding
