// Converts the JSON shape of a document (docs/format.md) into Python objects, adding
// character offsets next to byte offsets for Python users.
#pragma once

#include <pybind11/pybind11.h>

#include <cstdint>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace vitext::python {

// char_of[b] = index of the code point that byte b of `utf8` belongs to (or starts at, for
// b == size): Python's str index for a byte offset.
std::vector<uint32_t> char_offsets(std::string_view utf8);

// JSON to dict/list/str/int/float/bool/None. When `char_of` is given, every object holding
// integer "start" and "end" also gets "char_start" and "char_end".
pybind11::object to_python(const nlohmann::json& j, const std::vector<uint32_t>* char_of);

}  // namespace vitext::python
