// vitext tokenize: syllables and typed tokens, with byte offsets into the original input.
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

void write_tokens(const Document& doc, const std::string& format, std::ostream& out) {
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& sentence = doc.sentences[si];
    for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
      const Token& token = doc.tokens[t];
      std::string_view form = surface(doc, token.span, token.view);
      if (format == "text") {
        if (t != sentence.token_begin) out << ' ';
        out << form;
      } else if (format == "tsv") {
        out << token.span.start << '\t' << token.span.end << '\t' << token_kind_name(token.kind) << '\t' << form
            << '\n';
      } else {
        nlohmann::json j = {{"id", doc.meta.id},        {"sentence", si},
                            {"start", token.span.start}, {"end", token.span.end},
                            {"kind", token_kind_name(token.kind)}, {"form", form}};
        out << json_line(j) << '\n';
      }
    }
    if (format != "json") out << '\n';  // text: one sentence per line; tsv: blank line between
  }
}

}  // namespace

void add_tokenize_command(CLI::App& root, Action& action) {
  auto args = std::make_shared<TextCoreArgs>();
  auto* sub = root.add_subcommand("tokenize", "Split text into syllables and typed tokens (numbers, dates, URLs, ...)");
  add_text_core_options(sub, *args);
  sub->add_option("--format", args->format,
                  "text: tokens separated by spaces, one sentence per line; "
                  "tsv: start, end, kind, form per line, a blank line between sentences; "
                  "json: one JSON object per token: id (document), sentence (index), start, end, kind, form")
      ->check(CLI::IsMember({"text", "tsv", "json"}));
  sub->footer("Offsets are bytes of the original input (for the web-corpus layout, of the body); forms are the original text.");
  run_text_core_when_chosen(sub, action, args, write_tokens);
}

}  // namespace vitext::cli
