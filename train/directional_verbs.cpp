#include "directional_verbs.h"

#include <algorithm>
#include <array>
#include <string>

#include "core/word_key.h"
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
  const std::string key = word_key(form);
  return std::find(kDirectionalVerbs.begin(), kDirectionalVerbs.end(), key) != kDirectionalVerbs.end();
}

DirectionalUse directional_use(const ConlluSentence& s, size_t i) {
  const ConlluWord& w = s.words[i];
  const int n = static_cast<int>(s.words.size());
  if (w.head < 1 || w.head > n || (w.upos != "ADV" && w.upos != "ADP")) return DirectionalUse::kNone;
  if (s.words[static_cast<size_t>(w.head - 1)].upos != "VERB") return DirectionalUse::kNone;
  if (is_serial_verb_relation(w.deprel)) return DirectionalUse::kSerial;
  const bool after_head = static_cast<size_t>(w.head) <= i;  // head is 1-based
  if (after_head && is_complement_relation(w.deprel) && is_directional_verb(w.form)) return DirectionalUse::kComplement;
  return DirectionalUse::kNone;
}

size_t tag_directional_verbs(std::vector<ConlluSentence>& sentences) {
  size_t changed = 0;
  for (auto& s : sentences) {
    // Until nothing changes: a word retagged VERB makes its own directional dependents
    // verb complements too ("chạy ra lại"), whatever their order in the sentence.
    for (bool again = true; again;) {
      again = false;
      for (size_t i = 0; i < s.words.size(); ++i) {
        if (directional_use(s, i) == DirectionalUse::kNone) continue;
        s.words[i].upos = std::string("VERB");
        s.words[i].xpos = std::string("V");
        ++changed;
        again = true;
      }
    }
  }
  return changed;
}

size_t relate_directional_complements(std::vector<ConlluSentence>& sentences) {
  size_t changed = 0;
  for (auto& s : sentences) {
    for (size_t i = 0; i < s.words.size(); ++i) {
      if (directional_use(s, i) != DirectionalUse::kComplement) continue;
      s.words[i].deprel = std::string("compound:dir");
      ++changed;
    }
  }
  return changed;
}

}  // namespace vitext::train
