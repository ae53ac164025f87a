// Syllable-pair statistics from text far larger than the treebank, packed for the
// segmenter's `corpus` lexicon (segment/features.h): how often VnCoreNLP's RDRsegmenter puts
// the two syllables of a pair in one word, and how strongly they attract each other in news.
// The counts come from train/segment_stats.py (train/segment_stats.sh runs it on the shared
// data); keys are folded here as the segmenter folds them, so spelling variants pool.
#pragma once

#include <string>
#include <vector>

#include "segment/fingerprint_map.h"
#include "vitext/status.h"

namespace vitext::train {

struct SyllableStatsOptions {
  // Pairs RDR saw fewer times than this, or news fewer times than this, say nothing.
  uint64_t min_rdr = 2, min_news = 3;
};

// Reads the statistics files (lines `u SYL COUNT`, `p LEFT RIGHT COUNT`, `r LEFT RIGHT TOTAL
// JOINED`) and packs one byte per pair: RDR join-rate bucket (bits 0-2), news PMI bucket
// (bits 3-5), news count bucket (bits 6-7); 0 in a field means the source never saw it.
Status pack_syllable_stats(const std::vector<std::string>& files, const SyllableStatsOptions& options,
                           segment::FingerprintMap& out, size_t& pairs);

}  // namespace vitext::train
