// Tokens that name rather than count: legal document numbers ("64/2017/TT-BCA",
// "100/2019/NĐ-CP"), digit groups joined by slashes that are not dates ("15/2014", "6/45"),
// dotted section and version numbers ("1.2.3", "7.0.0"), and measurement units written
// with a slash ("km/h", "m3/s") or a degree sign ("°C"). Every reader keeps them whole
// (RDRsegmenter's tokenizer among them); cut into pieces they look like numbers and
// fractions they are not.
#pragma once

#include <cstddef>
#include <string_view>

namespace vitext::tokens {

// `s[pos]` is an ASCII digit. Each returns the end of the token it names, or 0.
// Two or more digit groups joined by '/' and then a capitalised code ("64/2017/TT-BCA",
// "111/2015/QH13"). Not "1234/QĐ-UBND": RDRsegmenter writes "1234 / QĐ-UBND", and so
// PhoBERT saw it.
size_t document_number_end(std::string_view s, size_t pos);
// Two or more digit groups joined by '/' ("15/2014", "6/45"); the caller tries dates first.
size_t slashed_digits_end(std::string_view s, size_t pos);
// Three or more digit groups joined by '.' ("1.2.3", "192.168.1.1"); the caller tries dates
// and numbers first.
size_t dotted_digits_end(std::string_view s, size_t pos);

// `s[pos]` starts an ASCII letter or the degree sign. A unit over a unit, both from a fixed
// list ("km/h", "m/s", "m3/s", "kWh/m2"), or "°C" / "°F"; 0 when none.
size_t unit_end(std::string_view s, size_t pos);

}  // namespace vitext::tokens
