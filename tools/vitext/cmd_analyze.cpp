// vitext analyze: the whole pipeline over documents, written as JSON Lines or CoNLL-U.
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>

#include "commands.h"
#include "input_options.h"
#include "io/document_conllu.h"
#include "io/document_json.h"
#include "pipeline_options.h"

namespace vitext::cli {
namespace {

struct AnalyzeOptions {
  InputOptions input;
  PipelineOptions pipeline;
  std::string format = "json";
  std::string output = "-";
  bool tokens = false;
  bool pretty = false;
};

int run_analyze(const AnalyzeOptions& o) {
  std::unique_ptr<Pipeline> pipeline;
  Status st = Pipeline::create(o.pipeline, pipeline);
  if (!st.ok()) {
    std::cerr << "vitext: " << st.message() << "\n";
    return kExitUsage;
  }
  std::ofstream file;
  if (o.output != "-") {
    file.open(o.output, std::ios::binary);
    if (!file) {
      std::cerr << "vitext: cannot write " << o.output << "\n";
      return kExitUsage;
    }
  }
  std::ostream& out = o.output == "-" ? std::cout : file;
  JsonOptions jo;
  jo.tokens = o.tokens;
  const bool conllu = o.format == "conllu";
  auto write_json = [&](const nlohmann::json& j) {
    if (o.pretty) out << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    else out << dump_json_line(j) << "\n";
  };
  int code = for_each_document(
      o.input,
      [&](Document& doc) {
        Status s = pipeline->run(doc);
        if (!s.ok()) return s;
        if (conllu) {
          write_document_conllu(out, doc);
        } else {
          write_document_json(out, doc, jo, o.pretty ? 2 : -1);
          out << "\n";
        }
        return Status::Ok();
      },
      [&](const Document& doc, const Status& err) {
        if (conllu) out << "# error = " << doc.meta.id << ": " << err.message() << "\n\n";
        else write_json(error_record(doc.meta.id, err));
      });
  out.flush();
  if (!out) {
    std::cerr << "vitext: write error (disk full?)\n";
    return kExitUsage;
  }
  return code;
}

}  // namespace

void add_analyze_command(CLI::App& root, Action& action) {
  auto o = std::make_shared<AnalyzeOptions>();
  auto* sub = root.add_subcommand(
      "analyze", "Run the pipeline (decode, normalize, tokens, sentences, words, tags, dependencies) over documents");
  add_input_options(sub, o->input);
  add_pipeline_options(sub, o->pipeline, true);
  sub->add_option("-f,--format", o->format, "json (one object per document, JSON Lines) or conllu")
      ->check(CLI::IsMember({"json", "jsonl", "conllu"}))
      ->capture_default_str();
  sub->add_option("-o,--output", o->output, "Output file (default: standard output)");
  sub->add_flag("--tokens", o->tokens, "JSON: include each sentence's typed tokens");
  sub->add_flag("--pretty", o->pretty, "JSON: indent (one document per several lines)");
  sub->callback([o, &action] { action = [o] { return run_analyze(*o); }; });
}

}  // namespace vitext::cli
