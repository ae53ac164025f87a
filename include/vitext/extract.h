// Extractor: the entities / people / dates / facts stage. Reads the typed tokens and the
// sentences (Pipeline runs tokenize and sentences before it; a document with text but no
// tokens is refused with InvalidArgument), not the words, tags or trees; adds doc.entities,
// doc.people, doc.dates, doc.facts and doc.awards (include/vitext/extract_layers.h).
// Its lexicons are compiled into the binary; it is immutable once loaded and `apply` may
// run on many documents from many threads at once.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "vitext/document.h"
#include "vitext/stage.h"
#include "vitext/status.h"

namespace vitext {

struct ExtractOptions {
  // Relative dates ("sáng nay", "năm nay") are resolved against doc.meta.date; this one is
  // used when a document has none (ISO "2023-12-27", "2023-12" or "2023"; empty = none).
  std::string default_date;
  // Type capitalised names that no rule has a cue for by the lexicon learned from unlabelled
  // news (models/names.bin). Off when that lexicon is learned (`vitext train names`), so
  // that it is learned from the rules alone.
  bool learned_names = true;
};

class Extractor : public Stage {
 public:
  static Status load_default(Extractor& out, const ExtractOptions& options = {});

  std::string_view name() const override { return "extract"; }
  // Replaces the document's extraction layers with what is found in it.
  Status apply(Document& doc) const override;

 private:
  ExtractOptions options_;
  bool loaded_ = false;
};

// One BIO tag per word of doc.words ("B-ORG", "I-ORG", "O"), from the outer entities: what
// CoNLL-U output puts in MISC as NE=... A word that starts inside an entity continues it; a
// word overlapping an entity's start begins it.
std::vector<std::string> entity_bio_tags(const Document& doc);

}  // namespace vitext
