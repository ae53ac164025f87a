// Where to end a window of a long document (include/vitext/windows.h): the safest cut
// point at or before `begin + target`, searched back over the window's second half.
#pragma once

#include <cstddef>
#include <string_view>

namespace vitext::windows {

enum class CutKind {
  kEnd,         // the rest of the input fits
  kBlankLine,   // after a blank line: a paragraph ends
  kTerminated,  // after a line break that follows ". ! ? …" (closing quotes allowed)
  kLineBreak,   // after another line break
  kSpace,       // after a space or tab: a line longer than half a window
  kCharacter,   // at a UTF-8 character boundary: no space in half a window
};

struct Cut {
  size_t end = 0;  // the window is [begin, end)
  CutKind kind = CutKind::kEnd;
};

// target > 0. The window is never empty and, unless the input ends first, never shorter
// than target / 2.
Cut find_cut(std::string_view input, size_t begin, size_t target);

}  // namespace vitext::windows
