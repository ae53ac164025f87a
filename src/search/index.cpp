// Index: opening, adding, replacing and reading back documents. Searching is in
// index_search.cpp.
#include <filesystem>
#include <limits>

#include "search/fold_terms.h"
#include "search/fts_matches.h"
#include "search/index_impl.h"
#include "search/schema.h"

namespace vitext {

using search::Statement;

Index::Index(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Index::~Index() {
  if (impl_ && impl_->in_batch) (void)commit();
}

const std::string& Index::path() const { return impl_->db.path(); }

Status Index::open(const std::string& path, Mode mode, std::unique_ptr<Index>& out) {
  auto impl = std::make_unique<Impl>();
  impl->writable = mode == Mode::kWrite;
  std::error_code ec;
  if (!impl->writable && !std::filesystem::is_regular_file(path, ec)) {
    return Status::IoError(path + ": no such index file");
  }
  int flags = impl->writable ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY;
  Status st = impl->db.open(path, flags);
  if (st.ok()) st = search::open_schema(impl->db, impl->writable);
  // WAL: readers go on while a writer adds; a killed writer leaves the last commit.
  if (st.ok() && impl->writable) st = impl->db.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL");
  if (st.ok()) st = search::register_fts_matches(impl->db);
  if (!st.ok()) return st;
  out.reset(new Index(std::move(impl)));
  return Status::Ok();
}

namespace {

Status prepare_writes(search::Database& db, Index::Impl::Writes& w) {
  struct {
    Statement* s;
    const char* sql;
  } all[] = {
      {&w.find, "SELECT doc FROM documents WHERE id = ?1"},
      {&w.del_fts, "DELETE FROM fts WHERE rowid = ?1"},
      {&w.del_doc, "DELETE FROM documents WHERE doc = ?1"},
      {&w.del_entities, "DELETE FROM entities WHERE doc = ?1"},
      {&w.del_people, "DELETE FROM people WHERE doc = ?1"},
      {&w.del_dates, "DELETE FROM dates WHERE doc = ?1"},
      {&w.del_facts, "DELETE FROM facts WHERE doc = ?1"},
      {&w.doc,
       "INSERT INTO documents(id, title, date, date_lo, date_hi, source, hash, text, spans, words) "
       "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"},
      {&w.fts, "INSERT INTO fts(rowid, words, title) VALUES(?1, ?2, ?3)"},
      {&w.entity, "INSERT INTO entities VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"},
      {&w.person, "INSERT INTO people VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"},
      {&w.date, "INSERT INTO dates VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"},
      {&w.fact, "INSERT INTO facts VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"},
  };
  for (auto& [s, sql] : all) {
    Status st = db.prepare(sql, *s);
    if (!st.ok()) return st;
  }
  return Status::Ok();
}

// Runs a statement that returns no rows and resets it.
Status run(search::Database& db, Statement& s, const char* doing) {
  int rc = s.step();
  s.reset();
  return db.check(rc, doing);
}

void bind_span(Statement& s, int i, Span span) {
  s.bind(i, int64_t(span.start));
  s.bind(i + 1, int64_t(span.end));
}

std::optional<double> first_of(std::optional<double> a, std::optional<double> b) { return a ? a : b; }

// The rows of every table for the document numbered `doc`, from `r`.
Status insert_analysis(search::Database& db, Index::Impl::Writes& w, int64_t doc, const IndexRecord& r) {
  Status st;
  for (const auto& e : r.entities) {
    std::string key = search::padded_key(e.text), nkey = search::padded_key(e.normalized);
    w.entity.bind(1, doc);
    bind_span(w.entity, 2, e.span);
    w.entity.bind(4, std::string_view(e.label));
    w.entity.bind(5, std::string_view(e.text));
    w.entity.bind(6, std::string_view(e.normalized));
    w.entity.bind(7, std::string_view(e.type));
    w.entity.bind(8, std::string_view(key));
    w.entity.bind(9, std::string_view(nkey));
    if (!(st = run(db, w.entity, "storing an entity")).ok()) return st;
  }
  for (const auto& p : r.people) {
    std::string key = search::padded_key(p.name), mentions = search::pack_spans(p.mentions);
    w.person.bind(1, doc);
    w.person.bind(2, std::string_view(p.name));
    w.person.bind(3, std::string_view(p.rank));
    w.person.bind(4, std::string_view(p.titles));
    w.person.bind(5, std::string_view(p.org));
    w.person.bind(6, std::string_view(key));
    w.person.bind_blob(7, mentions.data(), mentions.size());
    w.person.bind(8, int64_t(p.mentions.size()));
    if (!(st = run(db, w.person, "storing a person")).ok()) return st;
  }
  for (const auto& d : r.dates) {
    w.date.bind(1, doc);
    bind_span(w.date, 2, d.span);
    w.date.bind(4, std::string_view(d.kind));
    w.date.bind(5, std::string_view(d.text));
    w.date.bind(6, std::string_view(d.iso));
    w.date.bind(7, std::string_view(d.iso_end));
    if (!d.lo.empty()) w.date.bind(8, std::string_view(d.lo)), w.date.bind(9, std::string_view(d.hi));
    if (!(st = run(db, w.date, "storing a date")).ok()) return st;
  }
  for (const auto& f : r.facts) {
    std::string key = search::unit_key(f.unit);
    w.fact.bind(1, doc);
    bind_span(w.fact, 2, f.span);
    w.fact.bind(4, std::string_view(f.text));
    w.fact.bind(5, std::string_view(f.unit));
    w.fact.bind(6, std::string_view(f.what));
    w.fact.bind(7, std::string_view(f.qualifier));
    w.fact.bind(8, f.value);
    w.fact.bind(9, f.lo);
    w.fact.bind(10, f.hi);
    w.fact.bind(11, std::string_view(key));
    // The value range the --fact-min/--fact-max filters compare: the range the text gives
    // ("hàng chục" 10..99), else the value itself.
    w.fact.bind(12, first_of(f.lo, f.value));
    w.fact.bind(13, first_of(f.hi, f.value));
    if (!(st = run(db, w.fact, "storing a fact")).ok()) return st;
  }
  return Status::Ok();
}

}  // namespace

Status Index::remove(const std::string& id) {
  Impl& m = *impl_;
  if (!m.writable) return Status::InvalidArgument(path() + ": opened for reading");
  Status st;
  if (!m.prepared) {
    if (!(st = prepare_writes(m.db, m.w)).ok()) return st;
    m.prepared = true;
  }
  if (!m.in_batch) {
    if (!(st = m.db.exec("BEGIN IMMEDIATE")).ok()) return st;
    m.in_batch = true;
  }
  m.w.find.bind(1, std::string_view(id));
  int rc = m.w.find.step();
  int64_t doc = rc == SQLITE_ROW ? m.w.find.integer(0) : -1;
  m.w.find.reset();
  if (rc != SQLITE_ROW) return m.db.check(rc, "finding a document");
  for (Statement* s : {&m.w.del_fts, &m.w.del_entities, &m.w.del_people, &m.w.del_dates, &m.w.del_facts, &m.w.del_doc}) {
    s->bind(1, doc);
    if (!(st = run(m.db, *s, "removing a document")).ok()) return st;
  }
  return Status::Ok();
}

Status Index::add(const IndexRecord& r) {
  if (r.id.empty()) return Status::InvalidArgument("a document to index needs an id");
  if (r.text.size() > std::numeric_limits<int>::max()) return Status::InvalidArgument(r.id + ": too large to index");
  Status st = remove(r.id);  // opens the batch; a replaced document goes in the same transaction
  if (!st.ok()) return st;
  Impl& m = *impl_;
  std::vector<Span> spans;
  std::string words;
  spans.reserve(r.words.size());
  for (const auto& w : r.words) {
    spans.push_back(w.span);
    if (!words.empty()) words.push_back(' ');
    words += w.folded;
  }
  std::string packed = search::pack_spans(spans);
  Statement& d = m.w.doc;
  d.bind(1, std::string_view(r.id));
  d.bind(2, std::string_view(r.title));
  d.bind(3, std::string_view(r.date));
  if (!r.date_lo.empty()) d.bind(4, std::string_view(r.date_lo)), d.bind(5, std::string_view(r.date_hi));
  d.bind(6, std::string_view(r.source));
  d.bind(7, std::string_view(r.content_hash));
  d.bind_blob(8, r.text.data(), r.text.size());
  d.bind_blob(9, packed.data(), packed.size());
  d.bind(10, int64_t(spans.size()));
  if (!(st = run(m.db, d, "storing a document")).ok()) return st;
  int64_t doc = sqlite3_last_insert_rowid(m.db.handle());
  m.w.fts.bind(1, doc);
  m.w.fts.bind(2, std::string_view(words));
  m.w.fts.bind(3, std::string_view(r.title_words));
  if (!(st = run(m.db, m.w.fts, "indexing the words")).ok()) return st;
  return insert_analysis(m.db, m.w, doc, r);
}

Status Index::commit() {
  Impl& m = *impl_;
  if (!m.in_batch) return Status::Ok();
  m.in_batch = false;
  Status st = m.db.exec("COMMIT");
  if (!st.ok()) m.db.exec("ROLLBACK");
  return st;
}

Status Index::stored_hashes(std::unordered_map<std::string, std::string>& out) const {
  Statement s;
  Status st = impl_->db.prepare("SELECT id, hash FROM documents", s);
  if (!st.ok()) return st;
  int rc;
  while ((rc = s.step()) == SQLITE_ROW) out.emplace(std::string(s.text(0)), std::string(s.text(1)));
  return impl_->db.check(rc, "reading the stored documents");
}

Status Index::stats(IndexStats& out) const {
  Statement s;
  Status st = impl_->db.prepare(
      "SELECT count(*), coalesce(sum(words), 0), coalesce(sum(length(text)), 0) FROM documents", s);
  if (!st.ok()) return st;
  int rc = s.step();
  if (rc != SQLITE_ROW) return impl_->db.check(rc, "counting the documents");
  out.documents = static_cast<uint64_t>(s.integer(0));
  out.words = static_cast<uint64_t>(s.integer(1));
  out.bytes = static_cast<uint64_t>(s.integer(2));
  return Status::Ok();
}

Status Index::document(const std::string& id, IndexRecord& out) const {
  Statement s;
  Status st = impl_->db.prepare("SELECT id, title, date, source, hash, text, date_lo, date_hi FROM documents WHERE id = ?1", s);
  if (!st.ok()) return st;
  s.bind(1, std::string_view(id));
  int rc = s.step();
  if (rc == SQLITE_DONE) return Status::InvalidArgument(path() + ": no document '" + id + "'");
  if (rc != SQLITE_ROW) return impl_->db.check(rc, "reading a document");
  out = IndexRecord();
  out.id = s.text(0);
  out.title = s.text(1);
  out.date = s.text(2);
  out.source = s.text(3);
  out.content_hash = s.text(4);
  out.text = s.text(5);
  out.date_lo = s.text(6);
  out.date_hi = s.text(7);
  return Status::Ok();
}

}  // namespace vitext
