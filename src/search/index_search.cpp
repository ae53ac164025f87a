// Index::search: the query text compiled into an FTS5 query over the index's words, the
// filters into SQL conditions on the analysis tables, and each hit filled in (spans,
// snippet, the people, dates and facts that matched).
#include <algorithm>
#include <cmath>

#include "core/fold.h"
#include "search/fold_terms.h"
#include "search/fts_matches.h"
#include "search/index_impl.h"
#include "search/snippet.h"

namespace vitext {

using search::Statement;

namespace {

constexpr size_t kMaxWordSyllables = 6;  // the longest word a query's syllables are grouped into

// The FTS5 query and, for each of its phrases (numbered as FTS5 numbers them, in order),
// the exact keys its matches are compared with.
struct CompiledText {
  std::string fts;
  struct Phrase {
    std::vector<std::string> keys;
    bool has_diacritics = false;
  };
  std::vector<Phrase> phrases;
};

// Groups folded syllables into the words the index holds, longest first: "thanh hoa" is
// one word "thanh_hoa" when the index has it. Returns [begin, end) syllable ranges.
Status group_words(search::Database& db, Statement& vocab, const std::vector<std::string>& syl,
                   std::vector<std::pair<size_t, size_t>>& out) {
  size_t i = 0;
  while (i < syl.size()) {
    size_t best = 1;
    for (size_t k = std::min(kMaxWordSyllables, syl.size() - i); k >= 2; --k) {
      std::string word = syl[i];
      for (size_t j = i + 1; j < i + k; ++j) word += "_" + syl[j];
      vocab.bind(1, std::string_view(word));
      int rc = vocab.step();
      vocab.reset();
      if (rc != SQLITE_ROW && rc != SQLITE_DONE) return db.check(rc, "reading the vocabulary");
      if (rc == SQLITE_ROW) {
        best = k;
        break;
      }
    }
    out.emplace_back(i, i + best);
    i += best;
  }
  return Status::Ok();
}

bool differs_from_folded(const std::string& syllable, const std::string& key) {
  std::string plain;
  fold::append_match_key(syllable, plain);
  return plain != key;
}

Status compile_text(search::Database& db, const ParsedQuery& q, CompiledText& out) {
  Statement vocab;
  Status st = db.prepare("SELECT 1 FROM fts_vocab WHERE term = ?1", vocab);
  if (!st.ok()) return st;
  auto add_phrase = [&](const QueryPhrase& qp, size_t b, size_t e, const std::string& tokens) {
    if (!out.fts.empty()) out.fts += " AND ";
    out.fts += "\"" + tokens + "\"";
    CompiledText::Phrase p;
    p.keys.assign(qp.keys.begin() + b, qp.keys.begin() + e);
    for (size_t i = b; i < e; ++i) p.has_diacritics |= differs_from_folded(qp.syllables[i], qp.keys[i]);
    out.phrases.push_back(std::move(p));
  };
  for (const QueryPhrase& qp : q.phrases) {
    std::vector<std::pair<size_t, size_t>> words;
    if (!(st = group_words(db, vocab, qp.syllables, words)).ok()) return st;
    auto token = [&](std::pair<size_t, size_t> w) {
      std::string t = qp.syllables[w.first];
      for (size_t j = w.first + 1; j < w.second; ++j) t += "_" + qp.syllables[j];
      return t;
    };
    if (qp.quoted) {
      std::string tokens;
      for (auto w : words) tokens += (tokens.empty() ? "" : " ") + token(w);
      add_phrase(qp, 0, qp.syllables.size(), tokens);
    } else {
      for (auto w : words) add_phrase(qp, w.first, w.second, token(w));
    }
  }
  return Status::Ok();
}

// The filters as SQL conditions on one row of each analysis table, and their values.
struct Filters {
  std::string person, entity, date, doc_date, fact;  // conditions; empty = not filtered
  std::string person_key, entity_key, type, since, until, unit;
  std::optional<double> fact_min, fact_max;

  explicit Filters(const SearchQuery& q) {
    if (!q.person.empty()) {
      person = "p.key LIKE :person";
      person_key = "%" + search::padded_key(q.person) + "%";
    }
    if (!q.entity.empty() || !q.entity_type.empty()) {
      std::vector<std::string> c;
      if (!q.entity.empty()) {
        c.push_back("(e.key LIKE :entity OR e.nkey LIKE :entity)");
        entity_key = "%" + search::padded_key(q.entity) + "%";
      }
      if (!q.entity_type.empty()) c.push_back("e.label = :type"), type = q.entity_type;
      entity = c.size() == 2 ? c[0] + " AND " + c[1] : c[0];
    }
    if (!q.since.empty() || !q.until.empty()) {
      std::string ignored;
      since = "0000-01-01";
      until = "9999-12-31";
      if (!q.since.empty()) (void)parse_date_range(q.since, since, ignored);
      if (!q.until.empty()) (void)parse_date_range(q.until, ignored, until);
      date = "t.lo >= :since AND t.hi <= :until";
      doc_date = "dd.date_lo >= :since AND dd.date_hi <= :until";
    }
    if (!q.fact_unit.empty() || q.fact_min || q.fact_max) {
      std::vector<std::string> c;
      if (!q.fact_unit.empty()) c.push_back("f.unit_key = :unit"), unit = search::unit_key(q.fact_unit);
      if (q.fact_min) c.push_back("f.vlo >= :fmin"), fact_min = q.fact_min;
      if (q.fact_max) c.push_back("f.vhi <= :fmax"), fact_max = q.fact_max;
      for (const std::string& s : c) fact += (fact.empty() ? "" : " AND ") + s;
    }
  }
  bool any() const { return !person.empty() || !entity.empty() || !date.empty() || !fact.empty(); }

  // SQL true when the document `doc` (an SQL expression) passes every filter.
  std::string condition(const std::string& doc) const {
    std::string out;
    auto add = [&](const std::string& part) { out += (out.empty() ? "" : " AND ") + part; };
    auto exists = [&](const char* table, const char* alias, const std::string& cond) {
      return std::string("EXISTS(SELECT 1 FROM ") + table + " " + alias + " WHERE " + alias + ".doc = " + doc +
             " AND " + cond + ")";
    };
    if (!person.empty()) add(exists("people", "p", person));
    if (!entity.empty()) add(exists("entities", "e", entity));
    if (!date.empty()) add("(" + exists("dates", "t", date) + " OR " + exists("documents", "dd", doc_date) + ")");
    if (!fact.empty()) add(exists("facts", "f", fact));
    return out;
  }

  // The documents that pass every filter, best first: driven from the analysis tables (their
  // indexes), each document scored by how many items the filters matched.
  std::string select_documents() const {
    std::string branches;
    int filters = 0;
    auto branch = [&](const char* table, const char* alias, const std::string& cond, int f,
                      const char* count = "count(*)") {
      branches += std::string(branches.empty() ? "" : " UNION ALL ") + "SELECT " + alias + ".doc AS doc, " +
                  std::to_string(f) + " AS f, " + count + " AS n FROM " + table + " " + alias + " WHERE " + cond +
                  " GROUP BY " + alias + ".doc";
    };
    // A person counts by mentions: the report about them before the one naming them once.
    if (!person.empty()) branch("people", "p", person, filters++, "sum(p.n_mentions)");
    if (!entity.empty()) branch("entities", "e", entity, filters++);
    if (!date.empty()) {
      branch("dates", "t", date, filters);
      branch("documents", "dd", doc_date, filters++);
    }
    if (!fact.empty()) branch("facts", "f", fact, filters++);
    return "SELECT x.doc, sum(x.n) AS score, NULL FROM (" + branches + ") x GROUP BY x.doc HAVING count(DISTINCT x.f) = " +
           std::to_string(filters) +
           " ORDER BY score DESC, (SELECT d.date FROM documents d WHERE d.doc = x.doc) DESC, x.doc LIMIT :n";
  }

  void bind(Statement& s) const {
    auto text = [&](const char* name, const std::string& v) {
      if (int i = s.parameter(name); i > 0) s.bind(i, std::string_view(v));
    };
    text(":person", person_key);
    text(":entity", entity_key);
    text(":type", type);
    text(":since", since);
    text(":until", until);
    text(":unit", unit);
    if (int i = s.parameter(":fmin"); i > 0) s.bind(i, fact_min);
    if (int i = s.parameter(":fmax"); i > 0) s.bind(i, fact_max);
  }
};

struct Candidate {
  int64_t doc = 0;
  double score = 0;
  std::vector<search::PhraseInstance> instances;
};

// Runs `sql` (bound with the filters and `doc`) and calls on_row for each row.
template <typename F>
Status each_row(search::Database& db, const std::string& sql, const Filters& f, int64_t doc, F&& on_row) {
  Statement s;
  Status st = db.prepare(sql, s);
  if (!st.ok()) return st;
  f.bind(s);
  if (int i = s.parameter(":doc"); i > 0) s.bind(i, doc);
  int rc;
  while ((rc = s.step()) == SQLITE_ROW) on_row(s);
  return db.check(rc, "searching");
}

Span span_of(const Statement& s, int col) {
  return {static_cast<uint32_t>(s.integer(col)), static_cast<uint32_t>(s.integer(col + 1))};
}

// The people, entities, dates and facts of document `doc` that the filters matched.
Status fill_filtered(search::Database& db, const Filters& f, int64_t doc, SearchHit& hit) {
  Status st;
  if (!f.person.empty()) {
    st = each_row(db, "SELECT name, rank, titles, org, mentions FROM people p WHERE p.doc = :doc AND " + f.person, f, doc,
                  [&](const Statement& s) {
                    hit.people.push_back({std::string(s.text(0)), std::string(s.text(1)), std::string(s.text(2)),
                                          std::string(s.text(3)), search::unpack_spans(s.text(4))});
                  });
    if (!st.ok()) return st;
  }
  if (!f.entity.empty()) {
    st = each_row(db, "SELECT start, end, label, text, normalized, type FROM entities e WHERE e.doc = :doc AND " + f.entity,
                  f, doc, [&](const Statement& s) {
                    hit.entities.push_back({span_of(s, 0), std::string(s.text(2)), std::string(s.text(3)),
                                            std::string(s.text(4)), std::string(s.text(5))});
                  });
    if (!st.ok()) return st;
  }
  if (!f.date.empty()) {
    st = each_row(db,
                  "SELECT start, end, kind, text, iso, iso_end, lo, hi FROM dates t WHERE t.doc = :doc AND " + f.date +
                      " ORDER BY start",
                  f, doc, [&](const Statement& s) {
                    hit.dates.push_back({span_of(s, 0), std::string(s.text(2)), std::string(s.text(3)),
                                         std::string(s.text(4)), std::string(s.text(5)), std::string(s.text(6)),
                                         std::string(s.text(7))});
                  });
    if (!st.ok()) return st;
  }
  if (!f.fact.empty()) {
    st = each_row(db,
                  "SELECT start, end, text, unit, what, qualifier, value, lo, hi FROM facts f WHERE f.doc = :doc AND " +
                      f.fact + " ORDER BY start",
                  f, doc, [&](const Statement& s) {
                    hit.facts.push_back({span_of(s, 0), std::string(s.text(2)), std::string(s.text(3)),
                                         std::string(s.text(4)), std::string(s.text(5)), s.optional_real(6),
                                         s.optional_real(7), s.optional_real(8)});
                  });
  }
  return st;
}

// The share of the instances of phrases with diacritics whose original text has them too.
double exact_share(const CompiledText& text, const std::vector<search::PhraseInstance>& instances,
                   const std::vector<Span>& spans, std::string_view original) {
  int considered = 0, exact = 0;
  for (const auto& in : instances) {
    if (in.phrase < 0 || size_t(in.phrase) >= text.phrases.size() || !text.phrases[in.phrase].has_diacritics) continue;
    if (in.position < 0 || in.tokens < 1 || size_t(in.position + in.tokens) > spans.size()) continue;
    ++considered;
    Span s{spans[in.position].start, spans[in.position + in.tokens - 1].end};
    if (s.end > original.size() || s.start > s.end) continue;
    std::vector<std::string> keys;
    search::split_runs(original.substr(s.start, s.size()), nullptr, &keys);
    exact += keys == text.phrases[in.phrase].keys;
  }
  return considered ? double(exact) / considered : 0.0;
}

}  // namespace

Status Index::search(const SearchQuery& query, std::vector<SearchHit>& hits) const {
  hits.clear();
  Status st = validate_query(query);
  if (!st.ok()) return st;
  search::Database& db = impl_->db;
  ParsedQuery parsed;
  (void)parse_query(query.text, parsed);
  Filters filters(query);
  CompiledText text;
  if (!parsed.phrases.empty() && !(st = compile_text(db, parsed, text)).ok()) return st;

  // More candidates than asked for when exact matches may move some up.
  size_t pool = query.limit;
  bool rerank = std::any_of(text.phrases.begin(), text.phrases.end(), [](const auto& p) { return p.has_diacritics; });
  if (rerank) pool = std::min(kMaxSearchLimit, std::max<size_t>(query.limit * 3, query.limit + 20));

  std::string sql;
  if (!text.fts.empty()) {
    sql = "SELECT rowid, -rank, vt_matches(fts) FROM fts WHERE fts MATCH :q";
    if (filters.any()) sql += " AND " + filters.condition("fts.rowid");
    sql += " ORDER BY rank LIMIT :n";
  } else {
    sql = filters.select_documents();
  }
  Statement s;
  if (!(st = db.prepare(sql, s)).ok()) return st;
  filters.bind(s);
  if (int i = s.parameter(":q"); i > 0) s.bind(i, std::string_view(text.fts));
  s.bind(s.parameter(":n"), int64_t(pool));
  std::vector<Candidate> found;
  int rc;
  while ((rc = s.step()) == SQLITE_ROW) {
    Candidate c{s.integer(0), s.real(1), {}};
    std::string_view blob = s.text(2);
    c.instances.resize(blob.size() / sizeof(search::PhraseInstance));
    if (!c.instances.empty()) std::memcpy(c.instances.data(), blob.data(), c.instances.size() * sizeof(search::PhraseInstance));
    found.push_back(std::move(c));
  }
  if (!(st = db.check(rc, "searching")).ok()) return st;

  Statement doc;
  if (!(st = db.prepare("SELECT id, title, date, source, text, spans FROM documents WHERE doc = ?1", doc)).ok()) return st;
  for (Candidate& c : found) {
    doc.bind(1, c.doc);
    rc = doc.step();
    if (rc != SQLITE_ROW) {
      doc.reset();
      if (rc == SQLITE_DONE) continue;  // the FTS row of a document being replaced
      return db.check(rc, "reading a hit");
    }
    SearchHit hit;
    hit.id = doc.text(0);
    hit.title = doc.text(1);
    hit.date = doc.text(2);
    hit.source = doc.text(3);
    hit.shard = path();
    std::string_view original = doc.text(4);
    std::vector<Span> spans = search::unpack_spans(doc.text(5));
    for (const auto& in : c.instances) {
      if (in.position < 0 || in.tokens < 1 || size_t(in.position) + size_t(in.tokens) > spans.size()) continue;
      hit.matches.push_back({spans[in.position].start, spans[in.position + in.tokens - 1].end});
    }
    hit.score = c.score;
    if (rerank) hit.score *= 1.0 + exact_share(text, c.instances, spans, original);
    st = fill_filtered(db, filters, c.doc, hit);
    if (!st.ok()) {
      doc.reset();
      return st;
    }
    if (text.fts.empty()) {
      // Filters alone: what they matched is what the hit shows.
      for (const auto& p : hit.people) hit.matches.insert(hit.matches.end(), p.mentions.begin(), p.mentions.end());
      for (const auto& e : hit.entities) hit.matches.push_back(e.span);
      for (const auto& f : hit.facts) hit.matches.push_back(f.span);
      for (const auto& d : hit.dates) hit.matches.push_back(d.span);
    }
    std::sort(hit.matches.begin(), hit.matches.end(),
              [](Span a, Span b) { return a.start != b.start ? a.start < b.start : a.end > b.end; });
    hit.matches.erase(std::unique(hit.matches.begin(), hit.matches.end()), hit.matches.end());
    Span anchor = hit.matches.empty() ? Span{0, 0} : hit.matches.front();
    if (text.fts.empty()) {
      // A person's snippet shows a mention that names them ("Đại tá Nguyễn Hữu Mạnh") rather
      // than one by title only ("đồng chí Phó Giám đốc"), when there is one.
      for (auto p = hit.people.rbegin(); p != hit.people.rend(); ++p) {
        const std::string name = search::padded_key(p->name);
        for (Span m : p->mentions) {
          if (m.end <= original.size() && m.start <= m.end &&
              search::padded_key(original.substr(m.start, m.size())).find(name) != std::string::npos) {
            anchor = m;
            break;
          }
        }
      }
    }
    hit.snippet_span = search::snippet_span(original, anchor);
    hit.snippet = std::string(original.substr(hit.snippet_span.start, hit.snippet_span.size()));
    doc.reset();
    hits.push_back(std::move(hit));
  }
  std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) { return a.score > b.score; });
  if (hits.size() > query.limit) hits.resize(query.limit);
  return Status::Ok();
}

Status search_shards(const std::vector<const Index*>& shards, const SearchQuery& query, std::vector<SearchHit>& hits) {
  hits.clear();
  for (const Index* shard : shards) {
    std::vector<SearchHit> some;
    Status st = shard->search(query, some);
    if (!st.ok()) return st;
    std::move(some.begin(), some.end(), std::back_inserter(hits));
  }
  std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) { return a.score > b.score; });
  if (hits.size() > query.limit) hits.resize(query.limit);
  return Status::Ok();
}

}  // namespace vitext
