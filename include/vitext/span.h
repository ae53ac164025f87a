// Half-open byte ranges. Every annotation vitext produces carries one into the
// ORIGINAL input (`span`) and, inside the engine, one into the normalised view (`view`).
#pragma once

#include <cstdint>

namespace vitext {

struct Span {
  uint32_t start = 0;
  uint32_t end = 0;

  constexpr uint32_t size() const { return end - start; }
  constexpr bool empty() const { return end == start; }
  friend constexpr bool operator==(const Span&, const Span&) = default;
};

}  // namespace vitext
