// The loop of the commands that run a pipeline over documents and write each one with the
// shared writers (vitext/writers.h): analyze and segment. A document that fails becomes
// the format's error record (JSON, CoNLL-U) and a line on stderr.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "input_options.h"
#include "vitext/pipeline.h"
#include "vitext/writers.h"

namespace vitext::cli {

// Adds -f/--format, checked against the writers' names; `help` says what the command's
// default means.
CLI::Option* add_format_option(CLI::App* app, std::string& format, const std::string& help);

// Runs `pipeline` over every input document and writes it to `output` ("-": standard output)
// in `format`. Returns the exit code.
int run_and_write(const InputOptions& input, const Pipeline& pipeline, const std::string& output,
                  const std::string& format, const WriteOptions& options);

}  // namespace vitext::cli
