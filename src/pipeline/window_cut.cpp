#include "pipeline/window_cut.h"

#include <cstring>

namespace vitext::windows {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// True when `line` (without its '\n') holds only blanks.
bool blank_line(std::string_view line) {
  for (char c : line)
    if (!is_blank(c)) return false;
  return true;
}

// True when `line` ends, before trailing blanks and closing quotes or brackets, with a
// sentence terminator: the sentence splitter ends a sentence at the line break after it.
bool terminated_line(std::string_view line) {
  static constexpr std::string_view kClosers[] = {"\"", "'", ")", "]", "\xC2\xBB", "\xE2\x80\x9D", "\xE2\x80\x99"};
  size_t n = line.size();
  while (n > 0 && is_blank(line[n - 1])) --n;
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (std::string_view c : kClosers) {
      if (n >= c.size() && line.substr(n - c.size(), c.size()) == c) {
        n -= c.size();
        trimmed = true;
      }
    }
  }
  std::string_view rest = line.substr(0, n);
  return rest.ends_with('.') || rest.ends_with('!') || rest.ends_with('?') || rest.ends_with("\xE2\x80\xA6");
}

const char* last_of(const char* from, const char* to, char c) {
  return static_cast<const char*>(memrchr(from, c, static_cast<size_t>(to - from)));
}

}  // namespace

Cut find_cut(std::string_view input, size_t begin, size_t target) {
  if (input.size() - begin <= target) return {input.size(), CutKind::kEnd};
  const char* data = input.data();
  const char* floor = data + begin + target / 2;  // no cut before this
  const char* limit = data + begin + target;      // nor after this
  // Line breaks from the limit back to the floor: the first blank line wins; failing that,
  // the last terminated line, then the last line break.
  Cut terminated, any;
  for (const char* nl = last_of(floor, limit, '\n'); nl;) {
    const char* prev = last_of(data + begin, nl, '\n');
    const char* line_start = prev ? prev + 1 : data + begin;
    std::string_view line(line_start, static_cast<size_t>(nl - line_start));
    const size_t end = static_cast<size_t>(nl + 1 - data);
    if (prev && blank_line(line)) return {end, CutKind::kBlankLine};
    if (!any.end) any = {end, CutKind::kLineBreak};
    if (!terminated.end && terminated_line(line)) terminated = {end, CutKind::kTerminated};
    nl = prev && prev >= floor ? prev : nullptr;
  }
  if (terminated.end) return terminated;
  if (any.end) return any;
  for (const char* p = limit; p > floor; --p) {
    if (p[-1] == ' ' || p[-1] == '\t') return {static_cast<size_t>(p - data), CutKind::kSpace};
  }
  const char* p = limit;
  // Not inside a UTF-8 sequence: back over continuation bytes (at most three).
  for (int k = 0; k < 3 && p > floor && (static_cast<unsigned char>(*p) & 0xC0) == 0x80; ++k) --p;
  return {static_cast<size_t>(p - data), CutKind::kCharacter};
}

}  // namespace vitext::windows
