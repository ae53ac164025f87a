// `vitext train names`: a lexicon of names learned from unlabelled text by vitext's own
// extraction rules (src/extract/name_lexicon.h). Runs the extraction (tokens and sentences
// only, no segmenter or tagger) over the corpus, counts for each capitalised run how often
// the rules typed it PER, LOC or ORG from a cue in its context and how often it stood with
// no entity, and keeps the runs seen typed often enough with one type dominant.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "vitext/status.h"

namespace vitext::train {

struct NamesTrainOptions {
  std::vector<std::string> corpus_paths;  // JSON Lines (id, text), gzip or zstd allowed
  // Files whose first tab-separated column lists article ids never to read (the evaluation
  // articles, eval/news/sentences.tsv): a name learned from them would leak into scoring.
  std::vector<std::string> exclude_paths;
  std::string out_path;
  size_t max_documents = 0;        // 0: all
  uint32_t min_typed = 5;          // times typed, for a run of two words or more
  uint32_t min_typed_single = 10;  // times typed, for a single word
  double min_share = 0.9;          // the dominant type's share of the typed occurrences
  double min_typed_ratio = 0.2;    // typed / (typed + untyped) occurrences
};

Status train_names(const NamesTrainOptions& options, std::ostream& log);

}  // namespace vitext::train
