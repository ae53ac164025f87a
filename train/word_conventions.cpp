#include "word_conventions.h"

#include <algorithm>
#include <array>
#include <string>

#include "core/word_key.h"
#include "tag/word_info.h"
#include "tree_mappings.h"

namespace vitext::train {
namespace {

// Words of place and time that dev treats as nouns heading the phrase after them.
constexpr std::array<std::string_view, 3> kRelationalNouns = {"sau", "trước", "ngoài"};
constexpr std::array<std::string_view, 1> kApproximators = {"khoảng"};
constexpr std::array<std::string_view, 2> kAbbreviatedNames = {"vn", "hcm"};
// Modifiers that dev hangs on the number they approximate; others before a number ("chỉ 2
// người", "đã 3 lần") it hangs on the noun or verb, as train does.
constexpr std::array<std::string_view, 5> kApproximateNumbers = {"hơn", "gần", "hàng", "trên", "chừng"};

bool is_clausal(const ConlluWord& w) { return w.upos == "VERB" || w.upos == "ADJ"; }

// Calls `rewrite` on every word; returns how many it changed (those it returns true for).
template <class Rewrite>
size_t rewrite_words(std::vector<ConlluSentence>& sentences, Rewrite rewrite) {
  size_t changed = 0;
  for (auto& s : sentences)
    for (auto& w : s.words) changed += rewrite(w) ? 1 : 0;
  return changed;
}

void make_noun(ConlluWord& w) {
  w.upos = "NOUN";
  w.xpos = "N";
}

// Word `i` (0-based) heads the phrase of its head `x` (0-based, after it): it takes x's
// head and relation, and x hangs on it.
void promote(ConlluSentence& s, size_t i, size_t x) {
  ConlluWord& w = s.words[i];
  ConlluWord& phrase = s.words[x];
  const int w_id = static_cast<int>(i) + 1;
  const int x_id = static_cast<int>(x) + 1;
  const bool when = word_key(phrase.form) == "khi";  // "sau khi <clause>"
  for (size_t k = 0; k < s.words.size(); ++k) {
    if (k == i || s.words[k].head != x_id) continue;
    // Words before the promoted one must follow it, or its arc to x would cross theirs;
    // "khi" hands over its clause (dev: "sau" obl:tmod, "khi" compound, clause acl:tmod).
    if (k < i || when) s.words[k].head = w_id;
  }
  w.head = phrase.head;
  w.deprel = phrase.deprel;
  make_noun(w);
  phrase.head = w_id;
  phrase.deprel = when ? "compound" : is_clausal(phrase) ? "acl:tmod" : "nmod";
}

}  // namespace

size_t promote_relational_nouns(std::vector<ConlluSentence>& sentences) {
  size_t changed = 0;
  for (auto& s : sentences) {
    const size_t n = s.words.size();
    for (size_t i = 0; i < n; ++i) {
      ConlluWord& w = s.words[i];
      const std::string key = word_key(w.form);
      const bool relational = listed(kRelationalNouns, key);
      const bool approximator = listed(kApproximators, key);
      if (!relational && !approximator) continue;
      const bool head_after = w.head > static_cast<int>(i) + 1 && static_cast<size_t>(w.head) <= n;
      const bool marks_phrase = relational ? w.upos == "ADP" && w.deprel == "case"
                                           : w.upos == "ADJ" && w.deprel.starts_with("advmod");
      if (head_after && marks_phrase) {
        promote(s, i, static_cast<size_t>(w.head - 1));
        ++changed;
      } else if (relational && w.upos == "ADP") {
        make_noun(w);
        ++changed;
      } else if (key == "sau" && w.upos == "ADJ") {  // "hôm sau": dev NOUN
        make_noun(w);
        if (w.deprel == "amod") w.deprel = "nmod";
        ++changed;
      }
    }
  }
  return changed;
}

size_t attach_numeral_modifiers(std::vector<ConlluSentence>& sentences) {
  size_t changed = 0;
  for (auto& s : sentences) {
    const size_t n = s.words.size();
    for (size_t i = 0; i + 1 < n; ++i) {
      ConlluWord& w = s.words[i];
      const ConlluWord& number = s.words[i + 1];
      if (!listed(kApproximateNumbers, w) || !w.deprel.starts_with("advmod")) continue;
      if (number.upos != "NUM" || number.deprel != "nummod" || number.head != w.head) continue;
      if (w.head <= static_cast<int>(i) + 2 || static_cast<size_t>(w.head) > n) continue;
      if (s.words[static_cast<size_t>(w.head - 1)].upos != "NOUN") continue;
      w.head = static_cast<int>(i) + 2;
      w.deprel = "advmod:adj";
      ++changed;
    }
  }
  return changed;
}

size_t tag_comparative_hon(std::vector<ConlluSentence>& sentences) {
  return rewrite_words(sentences, [](ConlluWord& w) {
    if (w.upos == "ADJ" || word_key(w.form) != "hơn") return false;
    w.upos = "ADJ";
    w.xpos = "Adj";
    if (w.deprel == "advmod") w.deprel = "advmod:adj";
    return true;
  });
}

size_t tag_name_abbreviations(std::vector<ConlluSentence>& sentences) {
  return rewrite_words(sentences, [](ConlluWord& w) {
    if (w.upos != "NOUN") return false;
    const std::string_view f = w.form;
    const bool initial = f.size() == 2 && f[0] >= 'A' && f[0] <= 'Z' && f[1] == '.';
    if (!initial && !listed(kAbbreviatedNames, w)) return false;
    w.upos = "PROPN";
    w.xpos = "NNPY";
    return true;
  });
}

namespace {
// In the order they apply: "khoảng" is promoted before its numeral modifiers move.
constexpr std::array<NamedTreeMapping, 4> kMappings = {{
    {"relational-nouns", promote_relational_nouns},
    {"numeral-modifiers", attach_numeral_modifiers},
    {"comparative-hon", tag_comparative_hon},
    {"name-abbreviations", tag_name_abbreviations},
}};
}  // namespace

bool valid_word_conventions(std::string_view spec) { return valid_mapping_spec(spec, kMappings); }

Status apply_word_conventions(std::string_view spec, std::vector<ConlluSentence>& sentences, std::ostream& log) {
  return apply_mapping_spec(spec, kMappings, sentences, log, "words", "changed");
}

}  // namespace vitext::train
