#include "search/schema.h"

#include <string>

namespace vitext::search {
namespace {

constexpr const char* kCreate = R"SQL(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE documents(doc INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT, date TEXT,
  date_lo TEXT, date_hi TEXT, source TEXT, hash TEXT, text BLOB, spans BLOB, words INTEGER);
CREATE INDEX documents_date ON documents(date_lo, date_hi);
CREATE VIRTUAL TABLE fts USING fts5(words, title, tokenize="unicode61 remove_diacritics 0 tokenchars '_'", detail=full);
INSERT INTO fts(fts, rank) VALUES('rank', 'bm25(1.0, 10.0)');
CREATE VIRTUAL TABLE fts_vocab USING fts5vocab(fts, row);
CREATE TABLE entities(doc INTEGER NOT NULL, start INTEGER, end INTEGER, label TEXT, text TEXT, normalized TEXT,
  type TEXT, key TEXT, nkey TEXT);
CREATE INDEX entities_doc ON entities(doc);
CREATE TABLE people(doc INTEGER NOT NULL, name TEXT, rank TEXT, titles TEXT, org TEXT, key TEXT, mentions BLOB,
  n_mentions INTEGER);
CREATE INDEX people_doc ON people(doc);
CREATE TABLE dates(doc INTEGER NOT NULL, start INTEGER, end INTEGER, kind TEXT, text TEXT, iso TEXT, iso_end TEXT,
  lo TEXT, hi TEXT);
CREATE INDEX dates_doc ON dates(doc, lo, hi);
CREATE INDEX dates_lo ON dates(lo, hi);
CREATE TABLE facts(doc INTEGER NOT NULL, start INTEGER, end INTEGER, text TEXT, unit TEXT, what TEXT,
  qualifier TEXT, value REAL, lo REAL, hi REAL, unit_key TEXT, vlo REAL, vhi REAL);
CREATE INDEX facts_doc ON facts(doc);
CREATE INDEX facts_unit ON facts(unit_key, doc);
)SQL";

}  // namespace

Status open_schema(Database& db, bool writable) {
  // The first read of the file: a file that is not SQLite fails here.
  Statement tables;
  Status st = db.prepare("SELECT count(*) FROM sqlite_schema", tables);
  if (!st.ok()) return st;
  if (int rc = tables.step(); rc != SQLITE_ROW) return db.check(rc, "reading");
  const bool empty = tables.integer(0) == 0;
  if (empty) {
    if (!writable) return Status::InvalidInput(db.path() + ": not a vitext index (an empty database)");
    if (!(st = db.exec("BEGIN")).ok()) return st;
    st = db.exec(kCreate);
    if (st.ok()) {
      std::string insert = std::string("INSERT INTO meta VALUES('format', '") + kIndexFormat + "')";
      st = db.exec(insert.c_str());
    }
    if (st.ok()) st = db.exec("COMMIT");
    if (!st.ok()) db.exec("ROLLBACK");
    return st;
  }
  Statement format;
  if (!db.prepare("SELECT value FROM meta WHERE key = 'format'", format).ok() || format.step() != SQLITE_ROW) {
    return Status::InvalidInput(db.path() + ": not a vitext index (an SQLite database without its tables)");
  }
  if (format.text(0) != kIndexFormat) {
    return Status::InvalidInput(db.path() + ": an index of another format (" + std::string(format.text(0)) +
                                "; this vitext reads " + kIndexFormat + ")");
  }
  return Status::Ok();
}

}  // namespace vitext::search
