#include "search/snippet.h"

#include <algorithm>

namespace vitext::search {
namespace {

bool continuation(std::string_view t, size_t i) {
  return i < t.size() && (static_cast<unsigned char>(t[i]) & 0xC0) == 0x80;
}

}  // namespace

Span snippet_span(std::string_view text, Span match) {
  const size_t n = text.size();
  size_t b = std::min<size_t>(match.start, n), e = std::min<size_t>(std::max(match.end, match.start), n);
  size_t start = b > kSnippetBefore ? b - kSnippetBefore : 0;
  size_t end = std::min(n, e + kSnippetAfter);
  // Cut at a space (a line break, a word) when one is near; never inside a character.
  if (start > 0) {
    size_t sp = text.find_first_of(" \n", start);
    if (sp != std::string_view::npos && sp < b) start = sp + 1;
  }
  if (end < n) {
    size_t sp = text.find_last_of(" \n", end);
    if (sp != std::string_view::npos && sp > e) end = sp;
  }
  while (start < b && continuation(text, start)) ++start;
  while (end > e && continuation(text, end)) --end;
  // A line break ends the snippet's context: keep the match's line.
  size_t nl = text.rfind('\n', b > 0 ? b - 1 : 0);
  if (b > 0 && nl != std::string_view::npos && nl >= start) start = nl + 1;
  nl = text.find('\n', e);
  if (nl != std::string_view::npos && nl < end) end = nl;
  return {static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
}

}  // namespace vitext::search
