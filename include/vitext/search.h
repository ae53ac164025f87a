// Search over a collection of analysed documents, stored in SQLite (FTS5 for the words).
//
//   Index: one database file (a shard). Documents go in analysed (Document, or the
//   IndexRecord made from one on any thread), are added or replaced by id, and come out as
//   SearchHits: id, title, date, score, a snippet, the matched words as byte offsets into the
//   document's ORIGINAL text, and the people, dates and facts the filters matched.
//
// Matching is on words as vitext segments them, folded (case and diacritics: "thanh hoa"
// finds "Thanh Hóa", "hoà" finds "hòa"); hits whose words match the query's diacritics too
// rank higher. Ranking is FTS5's BM25. The query text is words (all must occur) and "quoted
// phrases" (the words in that order); SearchQuery's filters use the analysis.
//
// An Index is used by one thread at a time; open one per thread (readers never block each
// other: the database is in WAL mode). Every error is a Status, never an exception.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "vitext/document.h"
#include "vitext/span.h"
#include "vitext/status.h"

namespace vitext {

// ---- What is stored -------------------------------------------------------------------

// One document prepared for storing: made from an analysed Document by make_index_record
// (pure, thread-safe: run it on the analysis threads), stored by Index::add. Every span is
// in bytes of `text` (the document's original).
struct IndexRecord {
  std::string id, title, date, source;
  std::string text;          // the original bytes
  std::string content_hash;  // content_hash(doc): a rerun skips a document stored with the same one
  std::string date_lo, date_hi;  // the document's own date as a day range ("" when it has none)
  struct Word {              // the words that are indexed, in order (position = index)
    Span span;
    std::string folded;      // the FTS token: "thanh_hoa"
  };
  std::vector<Word> words;
  // The title's FTS tokens, space-separated: its own column, weighted above the text in
  // ranking. No spans: a title from the layout's header or a JSONL field is not part of
  // `text`, so matches (and their offsets) come from the text's words only.
  std::string title_words;
  struct Entity { Span span; std::string label, text, normalized, type; };
  struct Person { std::string name, rank, titles, org; std::vector<Span> mentions; };
  struct Date { Span span; std::string kind, text, iso, iso_end, lo, hi; };
  struct Fact { Span span; std::string text, unit, what, qualifier; std::optional<double> value, lo, hi; };
  std::vector<Entity> entities;
  std::vector<Person> people;
  std::vector<Date> dates;
  std::vector<Fact> facts;
};

// The analysis layers needed: words (segment) and entities, people, dates, facts (extract).
// A document without a title gets its first line (cut at a word, ~120 bytes).
IndexRecord make_index_record(const Document& doc);
// What identifies a document's content for skipping on a rerun: its id, title, date and
// original bytes, and the index format. Computable before any analysis.
std::string content_hash(const Document& doc);

// ---- Queries --------------------------------------------------------------------------

// A query text parsed: its words and "quoted phrases", each a run of folded syllables
// ("Thanh Hóa" -> {"thanh", "hoa"}), with the exact keys (tone kept) used to rank exact
// matches higher. Malformed text (an unclosed quote, an empty phrase, nothing to search,
// too long) is InvalidArgument with a message saying what is wrong.
struct QueryPhrase {
  std::vector<std::string> syllables;  // folded: lower case, no diacritics
  std::vector<std::string> keys;       // fold::append_match_key of each syllable
  bool quoted = false;
};
struct ParsedQuery {
  std::vector<QueryPhrase> phrases;  // all must match
};
inline constexpr size_t kMaxQueryBytes = 4096;
inline constexpr size_t kMaxQueryPhrases = 32;
Status parse_query(std::string_view text, ParsedQuery& out);

// A day range from "YYYY", "YYYY-MM" or "YYYY-MM-DD": lo and hi as "YYYY-MM-DD".
// InvalidArgument for anything else (month 13, day 32, a word).
Status parse_date_range(std::string_view text, std::string& lo, std::string& hi);

enum class SearchFormat { kText, kJson };

struct SearchQuery {
  std::string text;           // words and "quoted phrases"; empty: the filters alone
  std::string person;         // a person's name or whole words of it, any case, with or without diacritics
  std::string entity;         // an entity's text or canonical form (whole words of it)
  std::string entity_type;    // PER, LOC, ORG or MISC (with or without `entity`)
  std::string since, until;   // YYYY, YYYY-MM or YYYY-MM-DD: a date the document mentions, or its
                              // own date, lies within [since, until]
  std::string fact_unit;      // a fact's unit ("tập thể", "đồng", "%")
  std::optional<double> fact_min, fact_max;  // a fact's value (or range) lies within
  size_t limit = 10;          // hits returned (1..kMaxSearchLimit)
};
inline constexpr size_t kMaxSearchLimit = 10000;

// Checks every field (query syntax, dates, type, limit, min <= max): InvalidArgument naming
// the field when one is wrong. Index::search calls it first.
Status validate_query(const SearchQuery& query);

// ---- What is found --------------------------------------------------------------------

struct SearchHit {
  std::string id, title, date, source;
  std::string shard;     // the database file the hit came from
  double score = 0;      // higher is better (BM25; filters alone: how many items matched, a person's mentions)
  std::string snippet;   // original text around the first match (whole characters)
  Span snippet_span;     // where the snippet is in the original text
  std::vector<Span> matches;  // matched words and phrases, bytes of the original text
  std::vector<IndexRecord::Person> people;  // those --person matched
  std::vector<IndexRecord::Entity> entities;  // those --entity/--type matched
  std::vector<IndexRecord::Date> dates;     // those within --since/--until
  std::vector<IndexRecord::Fact> facts;     // those --fact-unit/--fact-min/--fact-max matched
};

// One JSON object (no newline): id, title, date, score, snippet, snippet_start, matches
// ([[start, end], ...]), people, entities, dates, facts (each with start/end), shard.
std::string search_hit_json(const SearchHit& hit);

struct IndexStats {
  uint64_t documents = 0;
  uint64_t words = 0;
  uint64_t bytes = 0;  // original text stored
};

class Index {
 public:
  enum class Mode { kRead, kWrite };  // kWrite creates the file when it does not exist
  // A missing file (kRead), a file that is not SQLite or not a vitext index, or a newer
  // index format: an error whose message names the file.
  static Status open(const std::string& path, Mode mode, std::unique_ptr<Index>& out);
  ~Index();  // commits what was added
  Index(const Index&) = delete;
  Index& operator=(const Index&) = delete;

  const std::string& path() const;

  // Adds or replaces the document with record.id. Adds join the current batch (one SQLite
  // transaction) until commit(): a process killed at any moment leaves the database as of
  // the last commit, never a half-stored document.
  Status add(const IndexRecord& record);
  Status add(const Document& doc) { return add(make_index_record(doc)); }
  Status remove(const std::string& id);
  Status commit();
  // id -> content_hash of every stored document (for skipping on a rerun).
  Status stored_hashes(std::unordered_map<std::string, std::string>& out) const;
  Status stats(IndexStats& out) const;
  // The stored original text and metadata of one document (InvalidArgument naming the id when absent).
  Status document(const std::string& id, IndexRecord& out) const;

  // The best `query.limit` hits, best first.
  Status search(const SearchQuery& query, std::vector<SearchHit>& hits) const;

  struct Impl;  // the connection and its statements (src/search/index_impl.h)

 private:
  explicit Index(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Searches several shards as one: each gives its best query.limit hits, merged by score.
Status search_shards(const std::vector<const Index*>& shards, const SearchQuery& query,
                     std::vector<SearchHit>& hits);

}  // namespace vitext
