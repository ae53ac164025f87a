// The one JSON shape of an analysed document (docs/format.md), shared by the CLI, the
// HTTP server and the Python module. Offsets are byte offsets into the document's
// original input; forms are original text (decoded text for legacy-encoded input).
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>

#include "vitext/document.h"
#include "vitext/status.h"
#include "vitext/writers.h"

namespace vitext {

struct JsonOptions {
  bool tokens = false;  // include each sentence's tokens
  bool words = true;    // include each sentence's words (when segmented)
  nlohmann::json extra_meta = nlohmann::json::object();  // members added to "meta" (the corpus runner's quality, dedup)
};

nlohmann::json document_to_json(const Document& doc, const JsonOptions& options = {});

// The same JSON as dump_json_line(document_to_json(doc, options)), byte for byte, written an
// item (a sentence, an entity, a fact) at a time: a 100 MB document never holds a JSON tree
// of all its words or all its facts in memory.
void write_document_json_line(std::ostream& out, const Document& doc, const JsonOptions& options = {});
// The same, indented as document_to_json(doc, options).dump(indent) (--pretty).
void write_document_json(std::ostream& out, const Document& doc, const JsonOptions& options, int indent);

// The parts of that JSON: everything but the growing layers (id, meta, errors), and one
// sentence (with its words and, optionally, tokens).
nlohmann::json document_head_json(const Document& doc, const JsonOptions& options);
nlohmann::json sentence_json(const Document& doc, const Sentence& s, const JsonOptions& options);

// {"id": ..., "error": ..., "offset": ...}: what a document that could not be processed becomes.
nlohmann::json error_record(const std::string& id, const Status& error);

// Serialises one JSON value on one line; invalid UTF-8 (which cannot reach here from the
// pipeline, but may from metadata) is replaced rather than thrown.
std::string dump_json_line(const nlohmann::json& j);


}  // namespace vitext
