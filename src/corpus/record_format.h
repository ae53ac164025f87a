// How `vitext process` writes one record: JSON Lines (the shape of docs/format.md plus
// corpus metadata), CoNLL-U, or "underscore text" (one sentence per line, words separated by
// spaces, the syllables of a word joined by '_', a blank line after each document: the input
// format of word-embedding and PhoBERT-style tools).
#pragma once

#include <string>

#include "io/document_json.h"
#include "vitext/document.h"
#include "vitext/status.h"

namespace vitext {

enum class OutputFormat { kJson, kConllu, kText };

Status parse_output_format(const std::string& name, OutputFormat& out);

// The document's sentences as underscore text (words when segmented, else sentence text,
// else the whole view), ending with a blank line.
std::string underscore_text(const Document& doc);

// A finished document in `format` (JSON: `json` already built, with its metadata).
std::string format_document(const Document& doc, const nlohmann::json& json, OutputFormat format);

// A record that is not an analysed document (error, filtered, duplicate). Text format writes
// nothing for it: the summary and stderr account for it.
std::string format_rejected(const nlohmann::json& record, const std::string& id, const std::string& reason,
                            OutputFormat format);

}  // namespace vitext
