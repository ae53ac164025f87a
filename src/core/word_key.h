// THE word key of vitext: the form under which a word is looked up in the tagger's and the
// parsers' vocabularies. The accurate parser's trainer (train/biaffine_parser.py,
// word_key) writes the same key in Python; tests/word_key_python_test.cpp pins the two
// together on a fixture this side writes.
#pragma once

#include <string>
#include <string_view>

namespace vitext {

// Lower case (Unicode simple lower-case mapping), ASCII digits as 0, runs of spaces, tabs,
// line breaks, no-break spaces and underscores as one space (none at either end), and the
// treebank's bracket names LBKT / RBKT as the brackets they stand for.
std::string word_key(std::string_view form);

// Whether `cp` separates the syllables of a word form (and collapses in the key).
constexpr bool is_word_space(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == '_';
}

}  // namespace vitext
