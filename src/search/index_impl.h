// What an Index holds: its connection, whether a batch (transaction) is open, and the
// statements add() runs for every document, prepared once.
#pragma once

#include <cstring>
#include <string>
#include <vector>

#include "search/sqlite_db.h"
#include "vitext/search.h"

namespace vitext {

struct Index::Impl {
  search::Database db;
  bool writable = false;
  bool in_batch = false;
  struct Writes {
    search::Statement find, del_fts, del_doc, del_entities, del_people, del_dates, del_facts;
    search::Statement doc, fts, entity, person, date, fact;
  };
  Writes w;  // prepared on the first add()
  bool prepared = false;
};

namespace search {

// Spans packed as uint32 pairs (host byte order: the file is read where it is written, x86
// and ARM are little-endian alike).
inline std::string pack_spans(const std::vector<Span>& spans) {
  std::string out(spans.size() * sizeof(Span), '\0');
  if (!spans.empty()) std::memcpy(out.data(), spans.data(), out.size());
  return out;
}
inline std::vector<Span> unpack_spans(std::string_view blob) {
  std::vector<Span> out(blob.size() / sizeof(Span));
  if (!out.empty()) std::memcpy(out.data(), blob.data(), out.size() * sizeof(Span));
  return out;
}

}  // namespace search
}  // namespace vitext
