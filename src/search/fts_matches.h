// vt_matches(fts): an FTS5 auxiliary function giving the phrase instances of the current
// row as a blob of int32 triples (phrase number, first token position, tokens). Positions
// are FTS token positions, mapped to original bytes through documents.spans.
#pragma once

#include "search/sqlite_db.h"

namespace vitext::search {

Status register_fts_matches(Database& db);

struct PhraseInstance {
  int32_t phrase = 0, position = 0, tokens = 0;
};

}  // namespace vitext::search
