// The models a pipeline runs on and where they came from (models/README.md, "Provenance").
//
// Every model's `meta` section (JSON) records its component, settings and provenance: the
// SHA-256 of the files it was trained on, the commit of the code that trained it and the
// command. A model's identity is the SHA-256 of its content without the meta (so provenance
// stamped afterwards leaves it unchanged). A parser (fast or accurate) also records the
// identity of the tagger whose tags it learnt from: parsing with another tagger's tags works
// but is less accurate, and the pipeline warns about it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "vitext/status.h"

namespace vitext {

struct ModelInfo {
  std::string name;            // segmenter, tagger, parser, parser-accurate
  std::string source;          // "embedded" or the file's path
  size_t bytes = 0;
  std::string content_sha256;  // the identity: SHA-256 of every section but the meta
  std::string meta_json;       // the meta section as stored ("" when absent)
  std::string tagger_sha256;   // parsers: the tagger they were trained with ("" when unknown)
};

// The models compiled into this build, in pipeline order (absent ones are left out).
std::vector<ModelInfo> embedded_models();

// Describes the model `name` read from `path`, or the embedded one when `path` is empty.
Status describe_model(const std::string& name, const std::string& path, ModelInfo& out);

// The warning for a parser trained with another tagger than `tagger` (empty when they match
// or the parser records no tagger).
std::string tagger_mismatch_warning(const ModelInfo& tagger, const ModelInfo& parser);

}  // namespace vitext
