// Named rewrites of training trees, chosen on the command line by a spec: "dev" (all of
// them), "train" (none: the trees as in the file) or a comma-separated list of names.
// relation_conventions.h and word_conventions.h each keep a table of them.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/word_key.h"
#include "vitext/conllu.h"
#include "tag/word_info.h"
#include "vitext/status.h"

namespace vitext::train {

// Whether the folded word key `key` (word_key, core/word_key.h) is one of `words`.
template <size_t N>
bool listed(const std::array<std::string_view, N>& words, std::string_view key) {
  return std::find(words.begin(), words.end(), key) != words.end();
}
// Whether `w` is one of `words`, compared as folded word keys (case and tone placement aside).
template <size_t N>
bool listed(const std::array<std::string_view, N>& words, const ConlluWord& w) {
  return listed(words, word_key(w.form));
}

// Rewrites the trees; returns how many words it changed.
using TreeMapping = size_t (*)(std::vector<ConlluSentence>&);

struct NamedTreeMapping {
  std::string_view name;
  TreeMapping apply;
};

// Whether `spec` is "dev", "train" or a list of names all in `table`.
bool valid_mapping_spec(std::string_view spec, std::span<const NamedTreeMapping> table);

// Applies the mappings `spec` names, in the table's order, logging "<what>, <name>: <n>
// <verb>" for each. An invalid spec is an InvalidArgument naming `what`.
Status apply_mapping_spec(std::string_view spec, std::span<const NamedTreeMapping> table,
                          std::vector<ConlluSentence>& sentences, std::ostream& log, std::string_view what,
                          std::string_view verb);

}  // namespace vitext::train
