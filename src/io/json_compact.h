// Compact JSON of the items written most (a sentence with its words and tokens), appended
// straight to a string: byte for byte what nlohmann::json's dump() gives for the same tree
// (keys sorted, no spaces, invalid UTF-8 replaced), without building the tree. On a large
// document the tree's allocations cost more than segmenting it.
#pragma once

#include <string>
#include <string_view>

#include "io/document_json.h"
#include "vitext/document.h"

namespace vitext {

// `s` as a JSON string, quotes included, escaped as nlohmann::json escapes it. Invalid UTF-8
// is replaced as nlohmann::json replaces it; `known_valid` skips looking for it.
void append_json_string(std::string& out, std::string_view s, bool known_valid = false);

// sentence_json(doc, s, options).dump() (compact, invalid UTF-8 replaced), appended to `out`.
void append_sentence_json(std::string& out, const Document& doc, const Sentence& s, const JsonOptions& options);

}  // namespace vitext
