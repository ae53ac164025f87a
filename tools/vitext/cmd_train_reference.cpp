// The tools of a segmented reference corpus (train/segment/reference_corpus.h), which
// bench/train_vlsp.sh and bench/eval_vlsp.sh run:
//   vitext train split-reference --raw R --segmented S --sources I --out-dir D [--max-train-lines N]
//   vitext train score-segmentation --raw R --gold G --system S [--json]
//   vitext train longest-match --words TRAIN.conllu INPUT
#include <cstdio>
#include <iostream>
#include <memory>

#include "segment/reference_corpus.h"
#include "train_commands.h"

namespace vitext::cli {
namespace {

int report(std::string_view what, const Status& s) {
  if (s.ok()) return kExitOk;
  std::cerr << "vitext train " << what << ": " << s.message() << "\n";
  return kExitUsage;
}

struct ScoreArgs {
  std::string raw, gold, system;
  bool json = false;
};

int run_score(const ScoreArgs& a) {
  train::SegmentationAgreement r;
  if (Status s = train::score_segmented_lines(a.raw, a.gold, a.system, r); !s.ok())
    return report("score-segmentation", s);
  char buf[512];
  if (a.json) {
    std::snprintf(buf, sizeof buf,
                  "{\"lines\": %zu, \"identical_lines\": %zu, \"identical_share\": %.2f, \"gold_words\": %zu, "
                  "\"system_words\": %zu, \"correct\": %zu, \"precision\": %.2f, \"recall\": %.2f, \"f1\": %.2f, "
                  "\"gold_unaligned\": %zu, \"system_unaligned\": %zu}\n",
                  r.lines, r.identical_lines, r.identical_share(), r.gold_words, r.system_words, r.correct,
                  r.precision(), r.recall(), r.f1(), r.gold_unaligned, r.system_unaligned);
  } else {
    std::snprintf(buf, sizeof buf,
                  "P %6.2f  R %6.2f  F1 %6.2f  identical lines %6.2f%%  (%zu lines, %zu gold words; not aligned: "
                  "%zu gold, %zu system)\n",
                  r.precision(), r.recall(), r.f1(), r.identical_share(), r.lines, r.gold_words, r.gold_unaligned,
                  r.system_unaligned);
  }
  std::cout << buf;
  return kExitOk;
}

}  // namespace

void add_train_reference(CLI::App* train, Action& action) {
  auto split = std::make_shared<train::ReferencePrepareOptions>();
  auto* sub = train->add_subcommand(
      "split-reference",
      "Split a segmented reference corpus by article: training sentences as CoNLL-U, held-out lines as they are");
  sub->add_option("--raw", split->raw, "Raw lines")->required();
  sub->add_option("--segmented", split->segmented, "The same lines segmented (words by spaces, syllables by _)")
      ->required();
  sub->add_option("--sources", split->sources, "Each line's article id, a tab, its paragraph number")->required();
  sub->add_option("--out-dir", split->out_dir, "Where train.conllu, dev.{txt,seg,src}, test.{txt,seg,src} go")
      ->required();
  sub->add_option("--max-train-lines", split->max_train_lines, "Keep at most this many training lines (0: all)")
      ->capture_default_str();
  sub->callback([&action, split] {
    action = [split] { return report("split-reference", train::prepare_reference(*split, std::cerr)); };
  });

  auto score = std::make_shared<ScoreArgs>();
  auto* sc = train->add_subcommand(
      "score-segmentation",
      "Word agreement of a segmentation with a reference, words located on the raw lines (case and tone ignored)");
  sc->add_option("--raw", score->raw, "Raw lines")->required();
  sc->add_option("--gold", score->gold, "Reference segmentation, line by line")->required();
  sc->add_option("--system", score->system, "Segmentation to score, line by line")->required();
  sc->add_flag("--json", score->json, "One JSON object instead of text");
  sc->callback([&action, score] { action = [score] { return run_score(*score); }; });

  auto lm = std::make_shared<std::pair<std::string, std::string>>();
  auto* l = train->add_subcommand("longest-match",
                                  "Baseline segmentation: greedy longest match over the words of a CoNLL-U file");
  l->add_option("--words", lm->first, "CoNLL-U file whose words are the list")->required();
  l->add_option("input", lm->second, "Raw lines")->required();
  l->callback([&action, lm] {
    action = [lm] { return report("longest-match", train::longest_match_lines(lm->first, lm->second, std::cout)); };
  });
}

}  // namespace vitext::cli
