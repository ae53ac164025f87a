// Pipeline: the stages of vitext in order, built once and applied to many documents.
//
//   decode -> normalize -> tokenize -> sentences -> segment -> tag -> parse -> extract
//
// `until` picks the last stage to run. Every model a chosen stage needs is loaded (and
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

  Status run(Document& doc) const;
  const std::vector<std::unique_ptr<Stage>>& stages() const { return stages_; }

 private:
  Pipeline() = default;
  std::vector<std::unique_ptr<Stage>> stages_;
};

}  // namespace vitext
