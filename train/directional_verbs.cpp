#include "directional_verbs.h"

#include <algorithm>
#include <array>
#include <string>

#include "tag/word_info.h"

namespace vitext::train {
namespace {

// "đến" and "đi" are left out: dev keeps them ADV (or ADP) after a verb as often as not
// ("cho đến", "mất đi"), so no deterministic rule covers them.
constexpr std::array<std::string_view, 9> kDirectionalVerbs = {"ra", "vào", "lên", "xuống", "về",
                                                               "qua", "sang", "lại", "tới"};

bool is_serial_verb_relation(const std::string& rel) { return rel == "compound:dir" || rel == "compound:svc"; }

bool is_complement_relation(const std::string& rel) {
  return rel == "advmod" || rel == "advmod:dir" || rel == "compound:prt";
}

}  // namespace

bool is_directional_verb(std::string_view form) {
  const std::string key = tag::word_key(form);
  return std::find(kDirectionalVerbs.begin(), kDirectionalVerbs.end(), key) != kDirectionalVerbs.end();
}

size_t tag_directional_verbs(std::vector<ConlluSentence>& sentences) {
  size_t changed = 0;
  for (auto& s : sentences) {
    const int n = static_cast<int>(s.words.size());
    for (int i = 1; i <= n; ++i) {
      ConlluWord& w = s.words[static_cast<size_t>(i - 1)];
      if (w.head < 1 || w.head > n || (w.upos != "ADV" && w.upos != "ADP")) continue;
      if (s.words[static_cast<size_t>(w.head - 1)].upos != "VERB") continue;
      const bool serial = is_serial_verb_relation(w.deprel);
      const bool complement = w.head < i && is_complement_relation(w.deprel) && is_directional_verb(w.form);
      if (!serial && !complement) continue;
      w.upos = std::string("VERB");
      w.xpos = std::string("V");
      ++changed;
    }
  }
  return changed;
}

}  // namespace vitext::train
