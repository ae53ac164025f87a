// Property tests of the extraction stage over varied generated input: it never fails on any
// bytes, every span lies inside the input and starts no later than it ends, spans of the
// outer entities never overlap, and every ISO date it gives is well formed.
#include <gtest/gtest.h>

#include <random>
#include <string>

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
// for a day without a year. (Checked by hand: std::regex draws GCC 12 false warnings.)
bool is_iso_date(const std::string& s) {
  auto digits = [&](size_t at, size_t n) {
    for (size_t k = at; k < at + n; ++k)
      if (k >= s.size() || s[k] < '0' || s[k] > '9') return false;
    return true;
  };
  size_t at = 0;
  if (s.starts_with("--")) {
    if (!digits(2, 2)) return false;
    at = 4;
  } else {
    if (!digits(0, 4)) return false;
    at = 4;
    if (at == s.size()) return true;
    if (s[at] != '-' || !digits(at + 1, 2)) return false;
    at += 3;
  }
  if (at == s.size()) return true;
  return s[at] == '-' && digits(at + 1, 2) && at + 3 == s.size();
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
  po.until = "extract";
  std::unique_ptr<Pipeline> pipeline;
  ASSERT_TRUE(Pipeline::create(po, pipeline).ok());
  for (int round = 0; round < 300; ++round) {
    std::string text = random_text(rng, 1 + round % 60);
    {
      Document d(text);  // the stage alone, no view, no sentences
      ASSERT_TRUE(ex.apply(d).ok());
      check(d);
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
