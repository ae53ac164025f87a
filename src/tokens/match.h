// What a matcher returns: where the token it recognised ends, and its kind.
#pragma once

#include <cstddef>

#include "vitext/document.h"

namespace vitext::tokens {

struct Match {
  size_t end = 0;  // 0: no match (a match always ends after the position it started at)
  TokenKind kind = TokenKind::kOther;
  explicit operator bool() const { return end != 0; }
};

}  // namespace vitext::tokens
