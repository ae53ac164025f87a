// The loop shared by the text-core commands (sentences, tokenize): read documents with the
// shared input options, build the view, tokenise, split into sentences, write.
#pragma once

#include <iostream>
#include <string>

#include "commands.h"
#include "input_options.h"
#include "io/document_json.h"
#include "vitext/decode.h"
#include "vitext/document.h"
#if __has_include("vitext/normalize.h")
#include "vitext/normalize.h"
#endif
#include "vitext/sentences.h"
#include "vitext/tokenize.h"

namespace vitext::cli {

// The normalised view: decoded (encoding detected) and, once the normalize stage is
// built, normalised.
inline Status build_view(Document& doc) {
  Status st = decode(doc, DecodeOptions{});
#if __has_include("vitext/normalize.h")
  if (st.ok()) st = normalize(doc);
#endif
  return st;
}

// Runs the text core on every input document and calls `write(const Document&)`. A
// document that fails becomes an error record on stdout when `json_errors`, and a line on
// stderr. Returns the exit code.
template <typename Write>
int run_text_core(const InputOptions& input, const SentenceOptions& options, bool json_errors, Write&& write) {
  return for_each_document(
      input,
      [&](Document& doc) {
        Status st = build_view(doc);
        if (st.ok()) st = tokenize(doc);
        if (st.ok()) st = split_sentences(doc, options);
        if (st.ok()) write(static_cast<const Document&>(doc));
        return st;
      },
      [&](const Document& doc, const Status& error) {
        if (json_errors) std::cout << dump_json_line(error_record(doc.meta.id, error)) << '\n';
      });
}

}  // namespace vitext::cli
