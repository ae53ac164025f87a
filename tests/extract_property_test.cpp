// Property tests of the extraction stage over varied generated input: it never fails on any
// bytes, every span lies inside the input and starts no later than it ends, spans of the
// outer entities never overlap, and every ISO date it gives is well formed.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <random>
#include <string>
#include <string_view>

#include "vitext/extract.h"
#include "vitext/pipeline.h"

namespace vitext {
namespace {

const char* const kPieces[] = {
    "Công an", "tỉnh", "Thanh Hóa", "Thanh Hoá", "UBND", "huyện", "Mai Châu", "Đại tá", "Nguyễn Văn An", ",", ".",
    "trên", "50", "hàng trăm", "vụ", "đối tượng", "40%", "27/12", "ngày", "tháng", "năm", "2023", "sáng nay", "(",
    ")", "-", "đồng chí", "Phó Giám đốc", "được", "tặng", "Bằng khen", "Huân chương", "hạng", "Ba", "\n", "\n\n",
    "từ", "đến", "1,5", "triệu", "đồng", "hai mươi lăm", "người", "Tết", "Bộ Công an", "ông", "Bà", "ANTT", "xã",
    "'", "“", "”", "…", "%", "/", "0", "9999", "1.000.000", "Thủ trưởng", "Cơ quan An ninh điều tra", "\xC3", "\xFF",
    "Ho\xCC\x81" "a", "  ", "Tô Lâm", "hạng Nhất", "vượt mức", "đạt", "99%", "Quốc khánh", "giai đoạn", "2021 - 2025",
};

std::string random_text(std::mt19937& rng, size_t pieces) {
  std::uniform_int_distribution<size_t> pick(0, std::size(kPieces) - 1);
  std::uniform_int_distribution<int> space(0, 3);
  std::string s;
  for (size_t i = 0; i < pieces; ++i) {
    s += kPieces[pick(rng)];
    if (space(rng)) s += ' ';
  }
  return s;
}

// An ISO 8601 date as the extractor writes one: YYYY, YYYY-MM, YYYY-MM-DD, or --MM, --MM-DD
// for a day without a year ('d' stands for a digit). Checked by hand: std::regex draws
// GCC 12 false warnings.
bool is_iso_date(const std::string& s) {
  for (std::string_view shape : {"dddd", "dddd-dd", "dddd-dd-dd", "--dd", "--dd-dd"}) {
    if (s.size() != shape.size()) continue;
    bool fits = true;
    for (size_t k = 0; k < s.size() && fits; ++k)
      fits = shape[k] == 'd' ? (s[k] >= '0' && s[k] <= '9') : s[k] == shape[k];
    if (fits) return true;
  }
  return false;
}

TEST(ExtractProperty, IsoDateShapes) {
  for (const char* good : {"2023", "2023-12", "2023-12-27", "--12", "--12-27"}) EXPECT_TRUE(is_iso_date(good)) << good;
  for (const char* bad : {"", "202", "2023-1", "2023-12-2", "2023-12-27-", "--1", "-12", "2023/12", "--12-27x"})
    EXPECT_FALSE(is_iso_date(bad)) << bad;
}

void check(const Document& d) {
  const uint32_t n = static_cast<uint32_t>(d.original.size());
  auto ok = [&](Span s) { return s.start <= s.end && s.end <= n; };
  uint32_t last_outer_end = 0;
  for (const Entity& e : d.entities) {
    ASSERT_TRUE(ok(e.span));
    ASSERT_LT(e.span.start, e.span.end);
    if (e.outer) {
      ASSERT_GE(e.span.start, last_outer_end) << "outer entities overlap";
      last_outer_end = e.span.end;
    }
  }
  for (const DateMention& m : d.dates) {
    ASSERT_TRUE(ok(m.span));
    if (!m.iso.empty()) {
      ASSERT_TRUE(is_iso_date(m.iso)) << m.iso;
    }
    if (!m.iso_end.empty()) {
      ASSERT_TRUE(is_iso_date(m.iso_end)) << m.iso_end;
    }
  }
  for (const Fact& f : d.facts) {
    ASSERT_TRUE(ok(f.span));
    ASSERT_TRUE(ok(f.phrase_span));
  }
  for (const Award& a : d.awards) ASSERT_TRUE(ok(a.span));
  for (const Person& p : d.people) {
    ASSERT_EQ(p.mentions.size(), p.mention_views.size());
    for (const Span& s : p.mentions) ASSERT_TRUE(ok(s));
  }
}

TEST(ExtractProperty, AnyInputGivesValidSpans) {
  std::mt19937 rng(20231227);
  Extractor ex;
  ASSERT_TRUE(Extractor::load_default(ex, {"2023-12"}).ok());
  PipelineOptions po;
  po.until = StageId::kExtract;
  std::unique_ptr<Pipeline> pipeline;
  ASSERT_TRUE(Pipeline::create(po, pipeline).ok());
  std::unique_ptr<Pipeline> only_extract;
  po.only = {StageId::kExtract};
  ASSERT_TRUE(Pipeline::create(po, only_extract).ok());
  for (int round = 0; round < 300; ++round) {
    std::string text = random_text(rng, 1 + round % 60);
    {
      // The stage alone, without the tokens and sentences it reads: refused when there is
      // something to tokenize, never a crash or a silent empty result.
      Document d(text);
      Status st = ex.apply(d);
      bool alnum = std::any_of(text.begin(), text.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
      EXPECT_EQ(st.ok(), !alnum) << st.message();
      EXPECT_TRUE(d.facts.empty() && d.entities.empty());
    }
    {
      Document d(text);  // the stages extraction reads and nothing more, as `vitext facts` runs
      d.meta.date = "2023-12-27";
      Status st = only_extract->run(d);
      if (st.ok()) check(d);
    }
    {
      Document d(text);  // through the pipeline (lenient decoding of the stray bytes)
      d.meta.date = "2023-12-27";
      Status st = pipeline->run(d);
      if (st.ok()) check(d);
    }
  }
}

}  // namespace
}  // namespace vitext
