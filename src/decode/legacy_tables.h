// Code tables of the 8-bit encodings: the Unicode code point of each byte.
#pragma once

#include <array>
#include <cstdint>

namespace vitext::decoding {

using CodeTable = std::array<uint16_t, 256>;
inline constexpr uint16_t kUndefinedByte = 0xFFFF;

extern const CodeTable kVisciiTable;
extern const CodeTable kTcvn5712Table;  // TCVN 5712:1993 VN1, as iconv's TCVN5712-1
extern const CodeTable kCp1258Table;
extern const CodeTable kCp1252Table;

// TCVN3 as the ABC fonts (.VnTime) use it, the "VN3" level of TCVN 5712: the upper half of
// VN1, with C0 bytes left as controls and 0x80..0x9F read as Windows-1252 (smart quotes,
// dashes), since VN3 text was typed on Windows with the capitals in a separate font.
CodeTable tcvn3_font_table();

}  // namespace vitext::decoding
