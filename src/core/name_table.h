// Tables of {value, name} pairs (constexpr arrays) and their look-ups both ways: the one
// definition the option reader (pipeline/options.cpp) and the writers (io/writers.cpp) use
// for their enums' names.
#pragma once

#include <string>
#include <string_view>

namespace vitext {

// The first name `table` gives `value`, or "" when it has none.
template <typename Table, typename E>
std::string_view name_in(const Table& table, E value) {
  for (const auto& [e, name] : table)
    if (e == value) return name;
  return {};
}

// Sets `out` to the value named `name` in `table`; false (and `out` untouched) when none is.
template <typename Table, typename E>
bool value_in(const Table& table, std::string_view name, E& out) {
  for (const auto& [e, n] : table)
    if (n == name) {
      out = e;
      return true;
    }
  return false;
}

// Every name in `table`, in order, separated by `sep`.
template <typename Table>
std::string joined(const Table& table, std::string_view sep) {
  std::string out;
  for (const auto& entry : table) {
    if (!out.empty()) out += sep;
    out += entry.second;
  }
  return out;
}

}  // namespace vitext
