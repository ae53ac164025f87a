#include "search/fold_terms.h"

#include "core/fold.h"
#include "core/utf8.h"

namespace vitext::search {
namespace {

// What a code point is for the index: part of a term (its folded form), a mark that is
// dropped, or a separator.
enum class Role { kTerm, kDrop, kSeparator };

// Folded letters are kept only below U+0528 (Latin, Greek, Cyrillic): SQLite's unicode61
// tokenizer knows the letters of Unicode 6.1, and a letter it did not know would split a word
// into two FTS tokens and shift every position after it. Vietnamese folds to ASCII; letters
// of other scripts become separators inside a word.
constexpr char32_t kTermLimit = 0x0528;

Role classify(char32_t cp, char32_t& out) {
  if (cp >= fold::kFoldedRange) return Role::kSeparator;
  const fold::FoldedLetter& l = fold::letter(cp);
  if (l.flags & (fold::kCombining | fold::kToneMark)) return Role::kDrop;
  if (!(l.flags & (fold::kLetter | fold::kDigit))) return Role::kSeparator;
  out = fold::strip_accents(fold::lower(cp));
  if (out >= kTermLimit) return Role::kSeparator;
  return out == 0 ? Role::kDrop : Role::kTerm;
}

// Calls on_run(begin, end) for each run of letters and digits of `text`.
template <typename F>
void for_each_run(std::string_view text, F&& on_run) {
  size_t i = 0, run = std::string_view::npos;
  while (i < text.size()) {
    size_t at = i;
    char32_t cp = utf8::next(text, i), f = 0;
    Role role = classify(cp, f);
    if (role == Role::kSeparator) {
      if (run != std::string_view::npos) on_run(run, at);
      run = std::string_view::npos;
    } else if (role == Role::kTerm && run == std::string_view::npos) {
      run = at;
    }
  }
  if (run != std::string_view::npos) on_run(run, text.size());
}

}  // namespace

void append_folded(std::string_view text, char sep, std::string& out) {
  bool first = true;
  for_each_run(text, [&](size_t b, size_t e) {
    if (!first) out.push_back(sep);
    first = false;
    size_t i = b;
    while (i < e) {
      char32_t f = 0;
      if (classify(utf8::next(text, i), f) == Role::kTerm) utf8::append(out, f);
    }
  });
}

std::string padded_key(std::string_view text) {
  std::string out = " ";
  append_folded(text, ' ', out);
  if (out.size() == 1) return {};
  out.push_back(' ');
  return out;
}

std::string unit_key(std::string_view unit) {
  std::string key = padded_key(unit);
  if (key.empty() && !unit.empty()) key = " " + std::string(unit) + " ";
  return key;
}

void split_runs(std::string_view text, std::vector<std::string>* folded_runs, std::vector<std::string>* keys) {
  for_each_run(text, [&](size_t b, size_t e) {
    std::string_view run = text.substr(b, e - b);
    if (folded_runs) folded_runs->push_back(folded(run, '_'));
    if (keys) {
      std::string k;
      fold::append_match_key(run, k);
      keys->push_back(std::move(k));
    }
  });
}

}  // namespace vitext::search
