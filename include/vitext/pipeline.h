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
#include "vitext/stage.h"
#include "vitext/status.h"

namespace vitext {

struct PipelineOptions {
  std::string until = "extract";      // the last stage: any name from stage_names()
  std::string from = "auto";          // input encoding: auto, utf-8, tcvn3, vni, viscii, viqr, cp1258
  bool strict = false;                // invalid UTF-8 is an error instead of U+FFFD
  std::string tone = "new";           // tone placement of the normalised view: new, old, keep
  std::string segmenter_model;        // a model file, or empty for the embedded default
  std::string tagger_model;
  std::string parser_model;
  std::string parser_mode = "fast";   // fast, or accurate (neural parsers, about 100 times slower)
  std::string accurate_parser_model;  // with parser_mode accurate: a model file, or empty for the embedded one
  std::vector<std::string> user_dictionaries;  // files of extra multi-syllable words
};

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
