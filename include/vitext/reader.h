// DocumentReader: turns an input stream into Documents, one at a time, in the layouts
// vitext accepts:
//   text    the whole input is one document
//   lines   every line is a document
//   jsonl   every line is a JSON object; the text is in a chosen field (default "text")
//   corpus  the web-corpus layout: a line " date YYYY-MM Title", a blank line, the body;
//           several documents may follow one another in one file
//   auto    corpus if the input starts with a " date " header line, jsonl if it starts
//           with '{', text otherwise
// gzip and zstd input is decompressed transparently. Memory is bounded by the largest
// document, never by the input: documents are read and handed out one by one.
#pragma once

#include <memory>
#include <string>

#include "vitext/document.h"
#include "vitext/status.h"

namespace vitext {

class ByteSource;  // a file, stdin or memory, decompressed (io/byte_source.h)

enum class InputFormat { kAuto, kText, kLines, kJsonl, kCorpus };

Status parse_input_format(const std::string& name, InputFormat& out);
const char* input_format_name(InputFormat f);

struct ReaderOptions {
  InputFormat format = InputFormat::kAuto;
  std::string text_field = "text";  // jsonl: where the text is
  std::string id_field = "id";      // jsonl: where the id is (optional)
  // A larger document becomes an error record and is skipped (offsets are 32-bit).
  uint64_t max_document_bytes = 1ull << 30;
};

class DocumentReader {
 public:
  static Status open(const std::string& path, const ReaderOptions& options, std::unique_ptr<DocumentReader>& out);
  // Reads `bytes` already in memory (an HTTP request body) as they are: no decompression.
  // `name` is what ids are made from.
  static Status open_memory(std::string bytes, const std::string& name, const ReaderOptions& options,
                            std::unique_ptr<DocumentReader>& out);
  // Reads from `source`.
  static Status open(std::unique_ptr<ByteSource> source, const std::string& name, const ReaderOptions& options,
                     std::unique_ptr<DocumentReader>& out);
  ~DocumentReader();

  // Reads the next document into `doc` (reset first: original, meta). Returns false at the
  // end of the input. When a record is bad (malformed JSON, no text field, too long), it
  // returns true with `record_error` set and doc.meta.id naming the record; the caller
  // reports it and goes on. A read error of the stream itself ends the input with
  // stream_status() set.
  bool next(Document& doc, Status& record_error);

  const Status& stream_status() const;
  InputFormat format() const;
  const std::string& name() const;

 private:
  struct State;  // the stream, its buffer and the layout's reading state
  DocumentReader();
  std::unique_ptr<State> s_;
};

}  // namespace vitext
