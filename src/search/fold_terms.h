// The forms text takes in the search index, built from the one folding of vitext
// (core/fold.h): a word becomes one FTS token ("Thanh Hóa" -> "thanh_hoa"), a name or unit a
// key compared whole-word ("Nguyễn Hữu Mạnh" -> " nguyen huu manh "), a query a run of
// folded syllables. Documents and queries go through the same functions, so they agree.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vitext::search {

// Appends `text` folded: letters and digits lower-cased with their diacritics off, every
// other run of characters written as one `sep` (none at either end). Only letters, digits
// and `sep` are written, so FTS5's unicode61 tokenizer (with `sep` a token character) reads
// the result of one word as one token.
void append_folded(std::string_view text, char sep, std::string& out);
inline std::string folded(std::string_view text, char sep) {
  std::string out;
  append_folded(text, sep, out);
  return out;
}

// " a b c ": the folded words of `text` between spaces, so that SQL LIKE '% b c %' finds
// whole words of it; empty when `text` has no letters or digits.
std::string padded_key(std::string_view text);

// A fact unit's key: padded_key(unit), or the unit itself between spaces when it has no
// letters or digits ("%").
std::string unit_key(std::string_view unit);

// The runs of letters and digits of `text`: folded, and their exact keys
// (fold::append_match_key: tone kept, case and tone placement not).
void split_runs(std::string_view text, std::vector<std::string>* folded_runs, std::vector<std::string>* keys);

}  // namespace vitext::search
