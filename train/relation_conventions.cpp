#include "relation_conventions.h"

#include <algorithm>
#include <array>
#include <string>

#include "tag/word_info.h"
#include "tree_mappings.h"

namespace vitext::train {
namespace {

bool is_nominal(const ConlluWord& w) { return w.upos == "NOUN" || w.upos == "PROPN" || w.upos == "PRON"; }

// One dependency of a training tree, as the rules below read it.
struct Arc {
  const ConlluWord& dep;
  const ConlluWord* head;  // nullptr for the root (or a broken head)
  int distance;            // dependent position minus head position: 1 = right after its head
  int children;            // dependents of the dependent
  bool has_case_marker;    // one of them is related by case ("ở", "với", "của" ...)
};

// Sets the relation of every word whose arc satisfies `applies` to `label`; returns how many.
template <class Applies>
size_t relabel(std::vector<ConlluSentence>& sentences, std::string_view label, Applies applies) {
  size_t changed = 0;
  for (auto& s : sentences) {
    const size_t n = s.words.size();
    std::vector<int> children(n + 1, 0);
    std::vector<bool> case_marked(n + 1, false);
    for (const auto& w : s.words) {
      if (w.head < 0 || static_cast<size_t>(w.head) > n) continue;
      ++children[static_cast<size_t>(w.head)];
      if (w.deprel == "case" || w.deprel.starts_with("case:")) case_marked[static_cast<size_t>(w.head)] = true;
    }
    for (size_t i = 0; i < n; ++i) {
      ConlluWord& w = s.words[i];
      const bool has_head = w.head >= 1 && static_cast<size_t>(w.head) <= n;
      const Arc arc{w, has_head ? &s.words[static_cast<size_t>(w.head - 1)] : nullptr,
                    static_cast<int>(i + 1) - w.head, children[i + 1], case_marked[i + 1]};
      if (!arc.head || !applies(arc)) continue;
      w.deprel = std::string(label);
      ++changed;
    }
  }
  return changed;
}

// Kinship nouns that serve as personal pronouns ("nhà anh", "con bà"): a possessor, which
// dev relates by nmod (35 of 45 such words).
constexpr std::array<std::string_view, 6> kPersonalNouns = {"anh", "chị", "ông", "bà", "cô", "mình"};

// Subordinators that dev relates by mark wherever train says cc (dev: mark 385, cc 7).
constexpr std::array<std::string_view, 15> kSubordinators = {
    "thì", "nhưng", "mà", "nếu", "nên", "là", "tuy nhiên", "như", "rằng", "vì", "để", "khi", "tuy", "dù", "do"};
// Coordinators tagged SCONJ that dev relates by cc wherever train says mark (dev: cc 59, mark 4).
constexpr std::array<std::string_view, 5> kCoordinators = {"rồi", "và", "còn", "hay", "hoặc"};

// In the order they apply: noun-compounds reads nmod before noun-obliques makes more.
constexpr std::array<NamedTreeMapping, 7> kMappings = {{
    {"noun-compounds", relate_noun_compounds},
    {"noun-obliques", relate_noun_obliques},
    {"adjective-clauses", relate_adjective_clauses},
    {"quantity-adverbs", relate_quantity_adverbs},
    {"adjective-complements", relate_adjective_complements},
    {"adjective-obliques", relate_adjective_obliques},
    {"conjunctions", relate_conjunctions},
}};

}  // namespace

size_t relate_noun_compounds(std::vector<ConlluSentence>& sentences) {
  return relabel(sentences, "compound", [](const Arc& a) {
    return a.dep.deprel == "nmod" && a.distance == 1 && a.children == 0 && a.head->upos == "NOUN" &&
           (a.dep.upos == "NOUN" || a.dep.upos == "PROPN") && !listed(kPersonalNouns, a.dep);
  });
}

size_t relate_noun_obliques(std::vector<ConlluSentence>& sentences) {
  return relabel(sentences, "nmod", [](const Arc& a) {
    return (a.dep.deprel == "obl" || a.dep.deprel.starts_with("obl:")) && a.distance > 0 && a.head->upos == "NOUN" &&
           a.head->deprel != "root";
  });
}

size_t relate_adjective_clauses(std::vector<ConlluSentence>& sentences) {
  return relabel(sentences, "acl:subj", [](const Arc& a) {
    return a.dep.deprel == "amod" && a.dep.upos == "ADJ" && a.distance > 0 && a.children > 0 && a.head->upos == "NOUN";
  });
}

size_t relate_quantity_adverbs(std::vector<ConlluSentence>& sentences) {
  return relabel(sentences, "advmod:adj", [](const Arc& a) {
    return a.dep.deprel == "amod" && a.dep.upos == "ADJ" && a.distance < 0 && a.head->upos == "NOUN";
  });
}

size_t relate_adjective_complements(std::vector<ConlluSentence>& sentences) {
  return relabel(sentences, "xcomp", [](const Arc& a) {
    const std::string& rel = a.dep.deprel;
    return (rel == "amod" || rel == "advmod" || rel == "advmod:adj") && a.dep.upos == "ADJ" && a.distance == 1 &&
           a.children == 0 && a.head->upos == "VERB";
  });
}

size_t relate_adjective_obliques(std::vector<ConlluSentence>& sentences) {
  return relabel(sentences, "obl:adj", [](const Arc& a) {
    return a.dep.deprel == "obj" && is_nominal(a.dep) && a.distance > 0 && !a.has_case_marker && a.head->upos == "ADJ";
  });
}

size_t relate_conjunctions(std::vector<ConlluSentence>& sentences) {
  return relabel(sentences, "mark", [](const Arc& a) {
           return a.dep.deprel == "cc" && a.dep.upos == "SCONJ" && listed(kSubordinators, a.dep);
         }) +
         relabel(sentences, "cc", [](const Arc& a) {
           return a.dep.deprel == "mark" && a.dep.upos == "SCONJ" && listed(kCoordinators, a.dep);
         });
}

bool valid_relation_conventions(std::string_view spec) { return valid_mapping_spec(spec, kMappings); }

Status apply_relation_conventions(std::string_view spec, std::vector<ConlluSentence>& sentences, std::ostream& log) {
  return apply_mapping_spec(spec, kMappings, sentences, log, "relations", "relabelled");
}

}  // namespace vitext::train
