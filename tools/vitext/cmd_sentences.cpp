// vitext sentences: one sentence per line, or JSON Lines with offsets into the original.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "commands.h"
#include "json_line.h"
#include "text_core_run.h"
#include "vitext/sentences.h"
#include "vitext/tokenize.h"

namespace vitext::cli {

namespace {

// Text output puts each sentence on one line: line breaks and tabs inside it become spaces.
void write_one_line(std::string_view s, std::ostream& out) {
  for (char c : s) out << ((c == '\n' || c == '\r' || c == '\t') ? ' ' : c);
  out << '\n';
}

void write_sentences(const Document& doc, const std::string& format, std::ostream& out) {
  for (const Sentence& sentence : doc.sentences) {
    std::string_view text = surface(doc, sentence.span, sentence.view);
    if (format == "text") {
      write_one_line(text, out);
    } else {
      nlohmann::json j = {{"id", doc.meta.id}, {"start", sentence.span.start}, {"end", sentence.span.end},
                          {"text", text}};
      if (sentence.paragraph_start) j["paragraph_start"] = true;
      out << json_line(j) << '\n';
    }
  }
}

}  // namespace

void add_sentences_command(CLI::App& root, Action& action) {
  auto args = std::make_shared<TextCoreArgs>();
  auto* sub = root.add_subcommand("sentences", "Split text into sentences");
  add_text_core_options(sub, *args);
  sub->add_option("--format", args->format,
                  "text: one sentence per line (inner line breaks become spaces); "
                  "json: one JSON object per sentence: id (document), start, end (bytes of the original), text, "
                  "paragraph_start")
      ->check(CLI::IsMember({"text", "json"}));
  sub->add_flag("--one-per-line", args->sentences.one_per_line, "Every line break ends a sentence");
  sub->footer("Offsets are bytes of the original input (for the web-corpus layout, of the body).");
  run_text_core_when_chosen(sub, action, args, write_sentences);
}

}  // namespace vitext::cli
