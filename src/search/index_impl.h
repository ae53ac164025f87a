// What an Index holds: its connection, whether a batch (transaction) is open, and the
// statements add() runs for every document, prepared once.
#pragma once

#include <cstdint>
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

// Spans packed small: per span, its start less the previous span's end (zigzag, so any
// order packs) and its size, each a LEB128 varint. A word costs about two bytes instead of
// eight; the word spans are most of an index after the text.
inline void put_varint(std::string& out, uint64_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<char>((v & 0x7f) | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<char>(v));
}
inline bool get_varint(std::string_view in, size_t& i, uint64_t& v) {
  v = 0;
  for (int shift = 0; i < in.size() && shift < 64; shift += 7) {
    auto b = static_cast<unsigned char>(in[i++]);
    v |= uint64_t(b & 0x7f) << shift;
    if (!(b & 0x80)) return true;
  }
  return false;
}
inline std::string pack_spans(const std::vector<Span>& spans) {
  std::string out;
  out.reserve(spans.size() * 2);
  int64_t prev = 0;
  for (Span s : spans) {
    int64_t d = int64_t(s.start) - prev;
    put_varint(out, (uint64_t(d) << 1) ^ uint64_t(d >> 63));
    put_varint(out, s.end >= s.start ? s.end - s.start : 0);
    prev = s.end;
  }
  return out;
}
// A damaged blob ends the list where it stops making sense (never reads past it).
inline std::vector<Span> unpack_spans(std::string_view blob) {
  std::vector<Span> out;
  size_t i = 0;
  int64_t prev = 0;
  uint64_t zz = 0, size = 0;
  while (i < blob.size() && get_varint(blob, i, zz) && get_varint(blob, i, size)) {
    int64_t start = prev + (int64_t(zz >> 1) ^ -int64_t(zz & 1));
    if (start < 0 || start > 0xFFFFFFFFll || size > 0xFFFFFFFFull - uint64_t(start)) break;
    out.push_back({uint32_t(start), uint32_t(start + int64_t(size))});
    prev = start + int64_t(size);
  }
  return out;
}

}  // namespace search
}  // namespace vitext
