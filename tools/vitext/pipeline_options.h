// Flags that configure the analysis pipeline, shared by analyze, segment, process, serve.
#pragma once

#include <CLI/CLI.hpp>

#include "vitext/pipeline.h"

namespace vitext::cli {

// Adds --from, --strict, --tone, model paths and --user-dict. `with_until` adds --until.
void add_pipeline_options(CLI::App* app, PipelineOptions& options, bool with_until);

}  // namespace vitext::cli
