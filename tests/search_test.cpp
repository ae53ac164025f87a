// The search library (vitext/search.h) through its public API: the query parser and date
// ranges, an index in memory built from hand-made records (add, replace by id, remove,
// commit), folded matching with original byte offsets, exact matches ranked first, filters,
// shards, and the span packing the index stores.
#include <gtest/gtest.h>

#include "search/fold_terms.h"
#include "search/index_impl.h"
#include "vitext/search.h"

namespace vitext {
namespace {

// A record whose words are the space-separated pieces of `text` (the segmenter's job in real use).
IndexRecord record(const std::string& id, const std::string& text, const std::string& date = "") {
  IndexRecord r;
  r.id = id;
  r.title = id;
  r.text = text;
  r.date = date;
  if (!date.empty()) {
    EXPECT_TRUE(parse_date_range(date, r.date_lo, r.date_hi).ok());
  }
  size_t at = 0;
  while (at < text.size()) {
    size_t end = text.find(' ', at);
    if (end == std::string::npos) end = text.size();
    std::string piece = text.substr(at, end - at);
    std::string folded = search::folded(piece, '_');
    if (!folded.empty()) r.words.push_back({{uint32_t(at), uint32_t(end)}, folded});
    at = end + 1;
  }
  return r;
}

std::unique_ptr<Index> memory_index(const std::vector<IndexRecord>& records) {
  std::unique_ptr<Index> ix;
  EXPECT_TRUE(Index::open(":memory:", Index::Mode::kWrite, ix).ok());
  for (const auto& r : records) EXPECT_TRUE(ix->add(r).ok());
  EXPECT_TRUE(ix->commit().ok());
  return ix;
}

std::vector<SearchHit> find(const Index& ix, SearchQuery q) {
  std::vector<SearchHit> hits;
  Status st = ix.search(q, hits);
  EXPECT_TRUE(st.ok()) << st.message();
  return hits;
}
SearchQuery text_query(const std::string& text) {
  SearchQuery q;
  q.text = text;
  return q;
}

TEST(SearchQueryParser, WordsAndPhrasesFolded) {
  ParsedQuery q;
  ASSERT_TRUE(parse_query("Thanh Hóa \"HOÀ giải\" x", q).ok());
  ASSERT_EQ(q.phrases.size(), 3u);
  EXPECT_EQ(q.phrases[0].syllables, (std::vector<std::string>{"thanh", "hoa"}));
  EXPECT_FALSE(q.phrases[0].quoted);
  EXPECT_EQ(q.phrases[1].syllables, (std::vector<std::string>{"hoa", "giai"}));
  EXPECT_TRUE(q.phrases[1].quoted);
  EXPECT_EQ(q.phrases[2].syllables, (std::vector<std::string>{"x"}));
  // Tone placement does not change the exact key: "hoà" and "hòa" are one.
  ParsedQuery a, b;
  ASSERT_TRUE(parse_query("hoà", a).ok());
  ASSERT_TRUE(parse_query("hòa", b).ok());
  EXPECT_EQ(a.phrases[0].keys, b.phrases[0].keys);
}

TEST(SearchQueryParser, MalformedQueriesAreInvalidArgument) {
  ParsedQuery q;
  for (const char* bad : {"\"thanh hoa", "\"\"", "a \" \" b", "!!! ---", "\"\"\""}) {
    Status st = parse_query(bad, q);
    EXPECT_EQ(st.code(), StatusCode::kInvalidArgument) << bad;
    EXPECT_FALSE(st.message().empty());
  }
  EXPECT_TRUE(parse_query("", q).ok());
  EXPECT_FALSE(parse_query(std::string(kMaxQueryBytes + 1, 'a'), q).ok());
  std::string many;
  for (int i = 0; i < 100; ++i) many += "w" + std::to_string(i) + " ";
  EXPECT_FALSE(parse_query(many, q).ok());
}

TEST(SearchQueryParser, DateRanges) {
  std::string lo, hi;
  ASSERT_TRUE(parse_date_range("2024-02", lo, hi).ok());
  EXPECT_EQ(lo, "2024-02-01");
  EXPECT_EQ(hi, "2024-02-29");
  ASSERT_TRUE(parse_date_range("2023", lo, hi).ok());
  EXPECT_EQ(hi, "2023-12-31");
  ASSERT_TRUE(parse_date_range("2023-12-27", lo, hi).ok());
  EXPECT_EQ(lo, hi);
  for (const char* bad : {"2023-13", "2023-02-29", "23-12", "2023-1-5", "2023-12-27-1", "tháng 12", ""}) {
    EXPECT_FALSE(parse_date_range(bad, lo, hi).ok()) << bad;
  }
}

TEST(SearchIndex, FoldedMatchingWithOriginalOffsets) {
  const std::string a = "Công_an tỉnh Thanh_Hóa hôm_nay";
  const uint32_t at = uint32_t(a.find("Thanh_Hóa")), end = at + uint32_t(std::string("Thanh_Hóa").size());
  auto ix = memory_index({record("a", a), record("b", "hoa ban nở ở Tây_Bắc"),
                          record("c", "Hai đội hòa nhau")});
  auto hits = find(*ix, text_query("thanh hoa"));
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].id, "a");
  ASSERT_EQ(hits[0].matches.size(), 1u);
  EXPECT_EQ(hits[0].matches[0], (Span{at, end}));
  // "hoà" finds "hòa" (exact, first) and "hoa" (folded, after).
  hits = find(*ix, text_query("hoà"));
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0].id, "c");
  EXPECT_EQ(hits[1].id, "b");
  hits = find(*ix, text_query("HOA"));
  EXPECT_EQ(hits.size(), 2u);
  // A phrase: the words in order.
  EXPECT_EQ(find(*ix, text_query("\"hai đội\"")).size(), 1u);
  EXPECT_EQ(find(*ix, text_query("\"đội hai\"")).size(), 0u);
  std::string json = search_hit_json(find(*ix, text_query("thanh hoa"))[0]);
  EXPECT_NE(json.find("\"matches\":[[" + std::to_string(at) + "," + std::to_string(end) + "]]"), std::string::npos)
      << json;
}

// The title is its own column weighted above the text: a long report named "Thanh Hóa" in
// its title outranks a short piece that only says it twice, and its matches (with offsets)
// still come from its text; a match in the title alone ranks but has no span.
TEST(SearchIndex, TitleMatchOutranksBodyOnlyMatch) {
  std::string filler;
  for (int i = 0; i < 40; ++i) filler += " việc_" + std::to_string(i);
  const std::string report_text = "Công_an tỉnh Thanh_Hóa" + filler;
  IndexRecord report = record("report", report_text);
  report.title_words = "cong_an thanh_hoa mot_nam";
  IndexRecord brief = record("brief", "Thanh_Hóa mưa gió hôm_nay");
  IndexRecord titled_only = record("titled", "không nói tên tỉnh" + filler);
  titled_only.title_words = "thanh_hoa";
  std::vector<IndexRecord> all{brief, report, titled_only};
  for (int i = 0; i < 6; ++i) all.push_back(record("other" + std::to_string(i), "Nghệ_An hôm_nay"));
  auto ix = memory_index(all);
  auto hits = find(*ix, text_query("thanh hoa"));
  ASSERT_EQ(hits.size(), 3u);
  EXPECT_EQ(hits[0].id, "report");
  EXPECT_GT(hits[0].score, hits[2].score);
  const uint32_t at = uint32_t(report_text.find("Thanh_Hóa"));
  ASSERT_EQ(hits[0].matches.size(), 1u);
  EXPECT_EQ(hits[0].matches[0], (Span{at, at + uint32_t(std::string("Thanh_Hóa").size())}));
  for (const auto& h : hits) {
    if (h.id == "titled") {
      EXPECT_TRUE(h.matches.empty());
    }
  }
  // Without the title the same report ranks below the short piece (BM25's length normalisation).
  report.title_words.clear();
  auto plain = memory_index({brief, report, all[3], all[4], all[5], all[6], all[7], all[8]});
  hits = find(*plain, text_query("thanh hoa"));
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0].id, "brief");
}

TEST(SearchIndex, ReplaceAndRemoveById) {
  auto ix = memory_index({record("a", "Thanh_Hóa"), record("b", "Nghệ_An")});
  EXPECT_TRUE(ix->add(record("a", "Hà_Tĩnh")).ok());
  EXPECT_TRUE(ix->commit().ok());
  EXPECT_TRUE(find(*ix, text_query("thanh hoa")).empty());
  EXPECT_EQ(find(*ix, text_query("ha tinh")).size(), 1u);
  IndexStats stats;
  ASSERT_TRUE(ix->stats(stats).ok());
  EXPECT_EQ(stats.documents, 2u);
  EXPECT_TRUE(ix->remove("b").ok());
  EXPECT_TRUE(ix->commit().ok());
  EXPECT_TRUE(find(*ix, text_query("nghe an")).empty());
  ASSERT_TRUE(ix->stats(stats).ok());
  EXPECT_EQ(stats.documents, 1u);
  IndexRecord back;
  ASSERT_TRUE(ix->document("a", back).ok());
  EXPECT_EQ(back.text, "Hà_Tĩnh");
  EXPECT_FALSE(ix->document("b", back).ok());
}

TEST(SearchIndex, Filters) {
  IndexRecord a = record("a", "Đại_tá Nguyễn_Hữu_Mạnh phát_biểu ngày 27/12", "2023-12");
  a.people.push_back({"Nguyễn Hữu Mạnh", "Đại tá", "", "", {{10, 31}}});
  a.dates.push_back({{45, 50}, "date", "27/12", "2023-12-27", "", "2023-12-27", "2023-12-27"});
  a.facts.push_back({{0, 4}, "12 tập thể", "tập thể", "tập thể", "", 12.0, std::nullopt, std::nullopt});
  IndexRecord b = record("b", "năm 2023 có 5 tập thể", "2024-01");
  b.dates.push_back({{0, 8}, "year", "năm 2023", "2023", "", "2023-01-01", "2023-12-31"});
  b.facts.push_back({{12, 24}, "5 tập thể", "tập thể", "tập thể", "", 5.0, std::nullopt, std::nullopt});
  auto ix = memory_index({a, b});

  SearchQuery q;
  q.person = "huu manh";
  auto hits = find(*ix, q);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].people[0].rank, "Đại tá");
  EXPECT_EQ(hits[0].matches, (std::vector<Span>{{10, 31}}));

  q = SearchQuery();
  q.since = "2023-12-01";
  q.until = "2023-12-31";
  hits = find(*ix, q);  // "năm 2023" is not within December
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].id, "a");

  q = SearchQuery();
  q.fact_unit = "Tập Thể";
  EXPECT_EQ(find(*ix, q).size(), 2u);
  q.fact_min = 10;
  hits = find(*ix, q);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].facts[0].value, 12.0);
  q.fact_min.reset();
  q.fact_max = 10;
  hits = find(*ix, q);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].id, "b");

  // Shards searched as one.
  // Each shard groups the query into its own words: "tập_thể" is one word in c, two in b.
  auto other = memory_index({record("c", "5 tập_thể")});
  SearchQuery t = text_query("tập thể");
  std::vector<SearchHit> merged;
  ASSERT_TRUE(search_shards({ix.get(), other.get()}, t, merged).ok());
  EXPECT_EQ(merged.size(), 2u);
  t = text_query("thể");
  ASSERT_TRUE(search_shards({ix.get(), other.get()}, t, merged).ok());
  ASSERT_EQ(merged.size(), 1u);
  EXPECT_EQ(merged[0].id, "b");
}

TEST(SearchIndex, InvalidQueriesAndFilesAreErrors) {
  auto ix = memory_index({record("a", "x")});
  std::vector<SearchHit> hits;
  SearchQuery q;
  EXPECT_FALSE(ix->search(q, hits).ok());  // nothing to search for
  q.text = "  \t ";
  EXPECT_EQ(ix->search(q, hits).code(), StatusCode::kInvalidArgument);  // white space alone (found by the fuzzer)
  q.text = "x";
  q.entity_type = "CITY";
  EXPECT_FALSE(ix->search(q, hits).ok());
  q.entity_type.clear();
  q.limit = 0;
  EXPECT_FALSE(ix->search(q, hits).ok());
  std::unique_ptr<Index> missing;
  Status st = Index::open("/nonexistent/dir/x.db", Index::Mode::kRead, missing);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("x.db"), std::string::npos);
}

TEST(SearchFolding, OneTokenPerWordWhateverTheScript) {
  EXPECT_EQ(search::folded("Thanh Hóa", '_'), "thanh_hoa");
  EXPECT_EQ(search::folded("ĐẮK LẮK", '_'), "dak_lak");
  EXPECT_EQ(search::folded("Hoà", '_'), search::folded("hòa", '_'));
  EXPECT_EQ(search::folded("1.200", '_'), "1_200");
  EXPECT_EQ(search::folded("Ωmega", '_'), "ωmega");
  // Letters SQLite's tokenizer may not know are separators: never a split FTS token.
  EXPECT_EQ(search::folded("Hà Nội ไทย", '_'), "ha_noi");
  EXPECT_EQ(search::folded("ไทย", '_'), "");
  EXPECT_EQ(search::padded_key("Nguyễn Hữu Mạnh"), " nguyen huu manh ");
  EXPECT_EQ(search::unit_key("%"), " % ");
}

TEST(SearchSpans, PackRoundTripsAndSurvivesDamage) {
  std::vector<Span> spans = {{0, 5}, {6, 300}, {301, 301}, {100000, 4000000000u}, {7, 9}};
  EXPECT_EQ(search::unpack_spans(search::pack_spans(spans)), spans);
  std::string packed = search::pack_spans(spans);
  EXPECT_LT(packed.size(), spans.size() * sizeof(Span));
  for (size_t cut = 0; cut < packed.size(); ++cut) {
    auto some = search::unpack_spans(std::string_view(packed).substr(0, cut));
    EXPECT_LE(some.size(), spans.size());
  }
  EXPECT_TRUE(search::unpack_spans(std::string(20, '\xff')).empty());
}

}  // namespace
}  // namespace vitext
