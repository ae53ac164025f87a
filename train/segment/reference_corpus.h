// A segmented reference corpus (`../shared/data/vlsp-style`: raw lines, the same lines
// segmented by VnCoreNLP's RDRsegmenter, each line's article id and paragraph) turned into
// what the vlsp segmenter is trained and scored on, split by article, and the scorer and
// the longest-match baseline of bench/eval_vlsp.sh.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

#include "vitext/status.h"

namespace vitext::train {

enum class ReferenceSplit { kTrain, kDev, kTest };

// The split of an article, by its id alone, so the split never depends on the order or
// the number of lines: the first byte of the SHA-256 of the id, modulo 20: 0 test, 1 dev,
// the rest (90%) train.
ReferenceSplit reference_split(std::string_view article_id);

struct ReferencePrepareOptions {
  std::string raw, segmented, sources;  // line-parallel files: raw text, segmented, "id\tparagraph"
  std::string out_dir;                  // gets train.conllu, dev.{txt,seg,src}, test.{txt,seg,src}
  // Keep at most this many training lines, taken evenly over the training articles (0: all).
  size_t max_train_lines = 0;
};

// Writes the split. Held-out lines are copied as they are (raw and segmented). Training
// lines are aligned (align_segmented_line), cut into sentences by vitext's sentence
// splitter and written as CoNLL-U with the raw text and the raw words (never the
// segmenter's rewriting), leaving out what should not be learnt: lines that do not align,
// sentences a reference word crosses the edge of (RDR glues "Linh_Theo" across a sentence
// end), and sentences with a word of three or more capitalised syllables joined across a
// capitalised sentence opener that follows a full stop-less name (see the .cpp). Counts go
// to `log`.
Status prepare_reference(const ReferencePrepareOptions& options, std::ostream& log);

// Agreement of `system` with `gold` (both segmented versions of the lines of `raw`), over
// words located on the raw line (align_segmented_line): precision, recall, F1 and the share
// of lines with exactly the same words. Lines whose gold does not align are left out and
// counted; a system line that does not align counts as no correct word.
struct SegmentationAgreement {
  size_t lines = 0, identical_lines = 0, gold_unaligned = 0, system_unaligned = 0;
  size_t gold_words = 0, system_words = 0, correct = 0;
  double precision() const { return system_words ? 100.0 * correct / system_words : 0; }
  double recall() const { return gold_words ? 100.0 * correct / gold_words : 0; }
  double f1() const { return gold_words + system_words ? 200.0 * correct / (gold_words + system_words) : 0; }
  double identical_share() const { return lines ? 100.0 * identical_lines / lines : 0; }
};
Status score_segmented_lines(const std::string& raw, const std::string& gold, const std::string& system,
                             SegmentationAgreement& out);

// The baseline: greedy longest match over the words of `train_conllu` (case, composition and
// tone placement ignored, as the segmenter's lexicon does), each line of `input` written in
// the underscore format to `out`.
Status longest_match_lines(const std::string& train_conllu, const std::string& input, std::ostream& out);

}  // namespace vitext::train
