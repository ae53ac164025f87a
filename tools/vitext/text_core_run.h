// The loop shared by the text-core commands (sentences, tokenize): read documents with the
// shared input options, run the pipeline up to tokenize (decode, normalise, tokenise), split
// into sentences with the command's options, write.
#pragma once

#include <iostream>
#include <memory>
#include <string>

#include "commands.h"
#include "input_options.h"
#include "pipeline_options.h"
#include "vitext/writers.h"
#include "vitext/document.h"
#include "vitext/pipeline.h"
#include "vitext/sentences.h"

namespace vitext::cli {

struct TextCoreArgs {
  InputOptions input;
  std::string format = "text";
  PipelineOptions pipeline = [] {
    PipelineOptions o;
    o.until = StageId::kTokenize;
    return o;
  }();
  SentenceOptions sentences;
};

inline void add_text_core_options(CLI::App* sub, TextCoreArgs& args) {
  add_input_options(sub, args.input);
  add_pipeline_flag(sub, "from", "from", args.pipeline, "Input encoding: " + option_values("from") + " (auto: detected)")
      ->default_str("auto");
  sub->add_flag("--strict", args.pipeline.strict, "Invalid bytes and NUL bytes are errors (the document is skipped)");
}

// Runs the text core on every input document and calls `write(const Document&)`. A
// document that fails becomes an error record on stdout when `json_errors`, and a line on
// stderr. Returns the exit code.
template <typename Write>
int run_text_core(const TextCoreArgs& args, bool json_errors, Write&& write) {
  std::unique_ptr<Pipeline> pipeline;
  if (Status st = Pipeline::create(args.pipeline, pipeline); !st.ok()) {
    std::cerr << "vitext: " << st.message() << "\n";
    return kExitUsage;
  }
  return for_each_document(
      args.input,
      [&](Document& doc) {
        Status st = pipeline->run(doc);
        if (st.ok()) st = split_sentences(doc, args.sentences);
        if (st.ok()) write(static_cast<const Document&>(doc));
        return st;
      },
      [&](const Document& doc, const Status& error) {
        if (json_errors) write_error(std::cout, doc.meta.id, error, OutputFormat::kJson);
      });
}

// Makes `sub`, when chosen, set `action` to run the text core with `args` and write each
// document with `write(doc, args->format, std::cout)`; failed documents become JSON error
// records unless the format is "text".
inline void run_text_core_when_chosen(CLI::App* sub, Action& action, std::shared_ptr<TextCoreArgs> args,
                                      void (*write)(const Document&, const std::string&, std::ostream&)) {
  sub->callback([args, write, &action] {
    action = [args, write] {
      return run_text_core(*args, args->format != "text",
                           [&](const Document& doc) { write(doc, args->format, std::cout); });
    };
  });
}

}  // namespace vitext::cli
