// The search query parser and the whole query path: any bytes as a query text (or, by the
// selector, as a date, a person or a fact unit) either parse into phrases of non-empty
// folded syllables or fail with InvalidArgument; a valid query runs against a small index
// in memory and every hit's spans lie inside its text.
#include <memory>

#include "fuzz/checks/invariants.h"
#include "fuzz/checks/targets.h"
#include "search/fold_terms.h"
#include "vitext/search.h"

namespace vitext::fuzz {
namespace {

// A two-document index, built once: the fuzzer calls the target millions of times.
const Index& small_index() {
  static const std::unique_ptr<Index> index = [] {
    std::unique_ptr<Index> ix;
    if (!Index::open(":memory:", Index::Mode::kWrite, ix).ok()) std::abort();
    const char* texts[] = {"Công an tỉnh Thanh Hóa hòa giải 12 tập thể", "Hoa ban nở ở Tây Bắc năm 2023"};
    for (int d = 0; d < 2; ++d) {
      IndexRecord r;
      r.id = "doc" + std::to_string(d);
      r.text = texts[d];
      size_t at = 0;
      while (at < r.text.size()) {
        size_t end = r.text.find(' ', at);
        if (end == std::string::npos) end = r.text.size();
        IndexRecord::Word w{{uint32_t(at), uint32_t(end)}, search::folded(r.text.substr(at, end - at), '_')};
        r.words.push_back(std::move(w));
        at = end + 1;
      }
      r.people.push_back({"Nguyễn Hữu Mạnh", "Đại tá", "", "", {{0, 6}}});
      r.dates.push_back({{0, 4}, "year", "2023", "2023", "", "2023-01-01", "2023-12-31"});
      r.facts.push_back({{0, 4}, "12 tập thể", "tập thể", "tập thể", "", 12.0, std::nullopt, std::nullopt});
      if (!ix->add(r).ok()) std::abort();
    }
    if (!ix->commit().ok()) std::abort();
    return ix;
  }();
  return *index;
}

}  // namespace

void search_target(std::string_view data) {
  auto [selector, bytes] = split_selector(data);
  std::string text(bytes);
  SearchQuery q;
  switch (selector % 4) {
    case 0: q.text = text; break;
    case 1: q.since = text, q.person = "x"; break;
    case 2: q.person = text, q.text = "thanh"; break;
    default: q.fact_unit = text, q.entity_type = (selector & 4) ? "PER" : ""; break;
  }
  q.limit = 1 + (selector >> 4);

  ParsedQuery parsed;
  Status st = parse_query(q.text, parsed);
  FUZZ_CHECK(st.ok() || st.code() == StatusCode::kInvalidArgument, st.message());
  if (st.ok()) {
    FUZZ_CHECK(parsed.phrases.size() <= kMaxQueryPhrases, "too many phrases");
    for (const QueryPhrase& p : parsed.phrases) {
      FUZZ_CHECK(!p.syllables.empty() && p.syllables.size() == p.keys.size(), "a phrase without syllables");
      for (const std::string& s : p.syllables) {
        FUZZ_CHECK(!s.empty(), "an empty syllable");
        FUZZ_CHECK(s.find_first_of(" \"_*:^()") == std::string::npos, "an FTS5 operator in a syllable: " + s);
        check_valid_utf8(s);
      }
    }
  }
  std::string lo, hi;
  if (parse_date_range(text, lo, hi).ok()) FUZZ_CHECK(lo.size() == 10 && hi.size() == 10 && lo <= hi, text);

  std::vector<SearchHit> hits;
  st = small_index().search(q, hits);
  Status valid = validate_query(q);
  FUZZ_CHECK(st.ok() == valid.ok(), st.message() + " / " + valid.message());
  FUZZ_CHECK(hits.size() <= q.limit, "more hits than the limit");
  for (const SearchHit& h : hits) {
    for (Span m : h.matches) FUZZ_CHECK(m.start <= m.end && m.end <= 64, "a match outside the text");
    FUZZ_CHECK(h.snippet_span.end >= h.snippet_span.start, "a reversed snippet");
  }
}

}  // namespace vitext::fuzz

VITEXT_FUZZ_TARGET(vitext::fuzz::search_target)
