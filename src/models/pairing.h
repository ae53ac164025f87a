// The check that the parsers of a pipeline were trained with the tagger it runs.
#pragma once

#include <string>
#include <vector>

#include "vitext/pipeline_options.h"

namespace vitext {

// One warning per parser model (fast, and accurate when chosen) that records another tagger
// than the one `options` picks. The embedded models are a matching set (tests/models_test.cpp),
// so nothing is read unless a model file is given.
std::vector<std::string> tagger_pairing_warnings(const PipelineOptions& options);

}  // namespace vitext
