#include "vitext/extract.h"

namespace vitext {

std::vector<std::string> entity_bio_tags(const Document& doc) {
  std::vector<std::string> tags(doc.words.size(), "O");
  size_t e = 0;
  for (size_t w = 0; w < doc.words.size(); ++w) {
    const Span& v = doc.words[w].view;
    while (e < doc.entities.size() && (!doc.entities[e].outer || doc.entities[e].view.end <= v.start)) ++e;
    if (e == doc.entities.size()) break;
    const Entity& ent = doc.entities[e];
    if (ent.view.start >= v.end) continue;  // the entity starts after this word
    bool begins = v.start <= ent.view.start;
    bool continues = w > 0 && tags[w - 1] != "O" && doc.words[w - 1].view.end > ent.view.start;
    tags[w] = std::string(begins || !continues ? "B-" : "I-") + entity_label_name(ent.label);
  }
  return tags;
}

}  // namespace vitext
