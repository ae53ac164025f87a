// Flags that configure the analysis pipeline, shared by analyze, segment, process, serve,
// facts and the text-core commands. Every value is read by parse_pipeline_option, so a bad
// value fails here with the same message the HTTP API and Python give.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "vitext/pipeline.h"

namespace vitext::cli {

// The help of --parser and --accurate-parser-model (here and in `vitext parse`).
inline constexpr const char* kParserModeHelp =
    "fast (arc-hybrid perceptron) or accurate (neural parsers voting with it, about 100 times slower)";
inline constexpr const char* kAccurateParserModelHelp =
    "With --parser accurate: its model file (default: the embedded one)";

// Adds `--<flag>` ("a,--b" gives two names) whose value goes through parse_pipeline_option(option, value, options).
CLI::Option* add_pipeline_flag(CLI::App* app, const std::string& flag, const std::string& option,
                               PipelineOptions& options, const std::string& help);

// Adds --from, --strict and --tone: what every command that reads text may set.
void add_text_pipeline_options(CLI::App* app, PipelineOptions& options);
// Adds --conventions (vtb, the default, or vlsp: PhoBERT's words, segmentation only).
void add_conventions_option(CLI::App* app, PipelineOptions& options);
// Adds --user-dict (repeatable).
void add_user_dict_option(CLI::App* app, PipelineOptions& options);

// Adds --from, --strict, --tone, --conventions, model paths, --parser and --user-dict. `with_until` adds --until.
void add_pipeline_options(CLI::App* app, PipelineOptions& options, bool with_until);

}  // namespace vitext::cli
