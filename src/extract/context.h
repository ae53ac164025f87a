// The working state of one extraction run over one document: the pieces, the lexicons,
// the document date, and what earlier rules found (so that later rules can build on them:
// people on entities, facts on entities and dates). Lives on the caller's stack.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "extract/lexicons.h"
#include "extract/token_index.h"
#include "vitext/document.h"

namespace vitext::extract {

// The document's date at the precision it was given (0 = unknown part).
struct DocDate {
  int year = 0, month = 0, day = 0;
};
DocDate parse_document_date(std::string_view meta_date);

// A range of pieces [b, e).
struct Range {
  uint32_t b = 0, e = 0;
  bool empty() const { return e <= b; }
};

struct EntityHit {
  Range r;
  EntityLabel label = EntityLabel::kMisc;
  std::string type;
  std::string normalized;
  std::string expansion;
  std::string after_2025;
  // Organisations: the units of a chain, innermost first ("Cơ quan An ninh điều tra",
  // "Công an tỉnh"); each unit that ends in a bare admin word ("tỉnh") needs a place.
  std::vector<Range> parts;
  bool generic_admin = false;
  bool nested = false;
};

// A rank or title found in the text (people are built from them).
struct RoleHit {
  Range r;
  bool rank = false;
};

// Which hit starts (or ends) at a piece, for the pieces that have one: (piece, hit index)
// sorted by piece, and a bit per piece saying whether it has one (most lookups are at pieces
// without, and need no search). Not an index per piece: a long document has millions of
// pieces and few hits.
struct PieceHits {
  std::vector<std::pair<uint32_t, uint32_t>> hits;
  std::vector<bool> has;
};

// Runs a finder's rules left to right over `size` pieces: `match(i, hit)` returns how many
// pieces its match at piece i spans (0: none). Each match goes to `take(i, n, hit)` and the
// scan goes on after it; where nothing matches, at the next piece.
template <typename Hit, typename Match, typename Take>
void scan_matches(size_t size, Match&& match, Take&& take) {
  for (size_t i = 0; i < size;) {
    Hit hit;
    const size_t n = match(i, hit);
    if (n == 0) {
      ++i;
      continue;
    }
    take(i, n, hit);
    i += n;
  }
}

enum PieceUse : uint8_t { kUsedByDate = 1, kUsedByEntity = 2, kUsedByRole = 4 };

struct Work {
  const Document& doc;
  const TokenIndex& p;
  const Lexicons& lx;
  DocDate date;
  std::vector<uint8_t> used;  // PieceUse bits per piece
  std::vector<EntityHit> entities;
  std::vector<RoleHit> roles;
  std::string home_province;  // the province the document is mostly about
  bool learned_names = true;  // ExtractOptions::learned_names

  Work(const Document& d, const TokenIndex& pieces, const Lexicons& lexicons)
      : doc(d), p(pieces), lx(lexicons), used(pieces.size(), 0) {}

  Span view(Range r) const { return p.view(r.b, r.e); }
  // Original bytes of a view span (identity when the document has no normalised view).
  Span original(Span v) const { return doc.text.empty() ? v : doc.map.to_original(v); }
  std::string text(Range r) const { return r.empty() ? std::string() : std::string(p.str(r.b, r.e)); }
  void mark(Range r, uint8_t bit) {
    for (uint32_t i = r.b; i < r.e; ++i) used[i] |= bit;
  }
  // The outer entity with this label that starts (ends) at piece i, or nullptr.
  const EntityHit* entity_at(size_t i, EntityLabel label) const;
  const EntityHit* entity_ending_at(size_t i, EntityLabel label) const;
  // The rank or title that starts (ends) at piece i, or nullptr.
  const RoleHit* role_starting_at(size_t i) const;
  const RoleHit* role_ending_at(size_t i) const;
  // Builds the lookups above; called once entities and roles are final.
  void index();

  // Folded key of a literal ("từ" -> its key), computed once per run: rules compare pieces
  // with constant words many times per piece.
  const std::string& key(const char* literal) const;
  // Piece i (and the ones after it, for a phrase) matches the literal.
  bool is(size_t i, const char* literal) const;

 private:
  PieceHits entity_start_, entity_end_, role_start_, role_end_;
  mutable std::unordered_map<const char*, std::string> keys_;

 public:
};

// The rules, in the order the extractor runs them.
void find_dates(Work& w, std::vector<DateMention>& out);
void find_entities(Work& w);
// Called by find_entities once the entities with cues are found: their names where they recur.
void find_repeated_names(Work& w);
void find_people(Work& w, std::vector<Person>& out);
void find_facts(Work& w, std::vector<Fact>& out);
void find_awards(Work& w, const std::vector<Person>& people, std::vector<Award>& out);

// Shared helpers.
// Skips leading connectors and auxiliaries ("trong đó", "đã", "cũng") of a clause.
uint32_t skip_clause_openers(const Work& w, uint32_t b, uint32_t e);
// Start of the clause containing piece i: after the last ";", ":" or "," of its sentence
// (or the sentence start).
uint32_t clause_start(const Work& w, uint32_t i, bool stop_at_comma = true);
uint32_t clause_end(const Work& w, uint32_t i, bool stop_at_comma = true);

}  // namespace vitext::extract
