// Pipeline: the stages of vitext in order, built once and applied to many documents.
//
//   decode -> normalize -> tokenize -> sentences -> segment -> tag -> parse -> extract
//
// Each stage declares the stages whose layers it reads (stage_reads): extraction reads the
// tokens and sentences, not the words, tags or trees. `until` picks the last stage to run
// (every stage before it runs too); PipelineOptions::only instead runs just the named stages
// and what they read, so that `vitext facts` pays for no segmenting, tagging or parsing. Every model a chosen stage needs is loaded (and
// checked) when the pipeline is created, not when the first document arrives. A created
// pipeline is immutable: run() is const and may be called from many threads at once.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "vitext/document.h"
#include "vitext/pipeline_options.h"
#include "vitext/stage.h"
#include "vitext/status.h"

namespace vitext {

class Pipeline {
 public:
  static Status create(const PipelineOptions& options, std::unique_ptr<Pipeline>& out);
  // Every stage name, in order.
  static const std::vector<std::string>& stage_names();
  // The stages whose layers `stage` reads directly (none for decode).
  static const std::vector<StageId>& stage_reads(StageId stage);
  // The stages `options` runs, in order: up to `until`, or `only` and what it reads.
  static std::vector<StageId> planned_stages(const PipelineOptions& options);

  Status run(Document& doc) const;
  const std::vector<std::unique_ptr<Stage>>& stages() const { return stages_; }

 private:
  Pipeline() = default;
  std::vector<std::unique_ptr<Stage>> stages_;
};

}  // namespace vitext
