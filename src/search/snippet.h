// The part of a document a hit shows: whole characters around a match, cut at spaces.
#pragma once

#include <string_view>

#include "vitext/span.h"

namespace vitext::search {

inline constexpr uint32_t kSnippetBefore = 80, kSnippetAfter = 160;

// Where the snippet around `match` lies in `text` (the start of the text when `match` is empty).
Span snippet_span(std::string_view text, Span match);

}  // namespace vitext::search
