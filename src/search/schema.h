// The tables of a search index and the check that a file is one.
//
//   documents  one row per document: id (unique), title, date and its day range, source,
//              content hash, the original text, and `spans`: the original byte span of
//              each indexed word in order (packed: index_impl.h), so that FTS5 token
//              positions map back to the original text without trusting FTS offsets.
//   fts        FTS5 over the folded words, one token per word (rowid = documents.doc).
//   fts_vocab  its vocabulary: a query's syllables are grouped into the words it holds.
//   entities, people, dates, facts: the analysis, each row with the document and the
//              original byte span(s); keys are folded (" nguyen huu manh ") for whole-word
//              matching with LIKE.
#pragma once

#include "search/sqlite_db.h"

namespace vitext::search {

inline constexpr const char* kIndexFormat = "vitext-search-4";

// Opens `db`'s schema: creates it in an empty database when `writable`, otherwise checks
// that the file is a vitext index of this format.
Status open_schema(Database& db, bool writable);

}  // namespace vitext::search
