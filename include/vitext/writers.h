// Writers: one per output format, shared by the CLI (analyze, segment, process), the corpus
// runner, the HTTP server and the Python module, so the same document gives the same bytes
// everywhere (docs/format.md describes each format).
//
//   json        one JSON object per document on one line (JSON Lines); written an item (a
//               sentence, an entity, a fact) at a time, never as a whole-document tree.
//   conllu      one block per sentence: # sent_id, # text, FORM = the original word,
//               UPOS/XPOS/HEAD/DEPREL when tagged and parsed, MISC TokenRange=start:end.
//   tsv         start, end and form of each word, one per line; a blank line after a sentence.
//   underscore  the input's lines kept: one output line per input line, words separated by
//               one space, the white space inside a word written as "_" (Công_an tỉnh Thanh_Hóa).
//   text        one sentence per line in the underscore style, a blank line after a document
//               (the input of word-embedding and PhoBERT-style tools).
//
// Everywhere a word's text is its original bytes (for legacy-encoded input, its decoded text).
#pragma once

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "vitext/document.h"
#include "vitext/status.h"

namespace vitext {

enum class OutputFormat : uint8_t { kJson, kConllu, kTsv, kUnderscore, kText };

// "json" (alias "jsonl"), "conllu", "tsv", "underscore", "text"; InvalidArgument otherwise.
Status parse_output_format(std::string_view name, OutputFormat& out);
std::string_view output_format_name(OutputFormat format);
// Every accepted name, aliases included, for --help and CLI checks.
const std::vector<std::string>& output_format_names();

struct WriteOptions {
  bool tokens = false;  // json: each sentence's typed tokens
  int indent = -1;      // json: -1 writes one line; n >= 0 indents by n (one document, several lines)
};

// Writes one analysed document (whatever stages ran) in `format`, ending with a line break.
void write_document(std::ostream& out, const Document& doc, OutputFormat format, const WriteOptions& options = {});
// The same, as a string (for one short document: the server, Python).
std::string format_document(const Document& doc, OutputFormat format, const WriteOptions& options = {});

// Writes documents that may come a window at a time (run_windowed, vitext/windows.h): a
// document that ran whole gets exactly write_document's bytes; a longer one the same words,
// sentences and sentence numbers, written as its windows come (JSON: still one object per
// document, its members in another order, see src/io/window_json.h).
class DocumentWriter {
 public:
  DocumentWriter(std::ostream& out, OutputFormat format, const WriteOptions& options = {});
  ~DocumentWriter();
  DocumentWriter(const DocumentWriter&) = delete;
  DocumentWriter& operator=(const DocumentWriter&) = delete;

  // The next window of the current document (or a whole document); fits a WindowSink.
  Status window(const Document& window);
  // After run_windowed returned `result` for `doc`. True when that error is already in the
  // output (a JSON object whose windows were partly written closes with it in "errors");
  // otherwise write_error is the caller's to call.
  bool finish(const Document& doc, const Status& result);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// What a document that could not be processed becomes: json {"id", "error", "offset"},
// conllu a "# error = id: message" comment and a blank line; nothing in the word formats (tsv,
// underscore, text), whose readers could not tell it from text.
void write_error(std::ostream& out, std::string_view id, const Status& error, OutputFormat format,
                 const WriteOptions& options = {});

// One JSON object per fact of the document (the "facts" items of its JSON, plus "id": the
// document's id), one per line: `vitext facts --format jsonl`.
void write_fact_lines(std::ostream& out, const Document& doc);

// The text of a span as output shows it: the original bytes when the input was UTF-8, else the
// decoded view (a legacy encoding's bytes are not text to a reader).
std::string_view surface(const Document& doc, Span span, Span view);

}  // namespace vitext
