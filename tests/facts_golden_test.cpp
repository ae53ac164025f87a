// Golden test on the reference document (../shared/data/samples/thanhhoa-security-2023.txt):
// what an analyst must get out of it (issue 5) comes out with the right value, qualifier and
// what it counts; the people, dates, awards and key entities too.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <memory>

#include "testing/data_files.h"
#include "vitext/reader.h"
#include "vitext/decode.h"
#include "vitext/extract.h"
#include "vitext/sentences.h"
#include "vitext/tokenize.h"

namespace vitext {
namespace {

const std::string kSample = std::string(VITEXT_SHARED_DIR) + "/data/samples/thanhhoa-security-2023.txt";

class FactsGolden : public ::testing::Test {
 protected:
  void SetUp() override {
    VITEXT_NEED_DATA_FILE(kSample);
    std::unique_ptr<DocumentReader> reader;
    ASSERT_TRUE(DocumentReader::open(kSample, {}, reader).ok());
    Status err;
    ASSERT_TRUE(reader->next(doc_, err));
    ASSERT_TRUE(err.ok()) << err.message();
    // With the stages before it (view, tokens, sentences), as the pipeline runs it.
    ASSERT_TRUE(decode(doc_, DecodeOptions{}).ok());
    ASSERT_TRUE(tokenize(doc_).ok());
    ASSERT_TRUE(split_sentences(doc_).ok());
    Extractor ex;
    ASSERT_TRUE(Extractor::load_default(ex).ok());
    ASSERT_TRUE(ex.apply(doc_).ok());
  }

  const Fact* fact(const std::string& qualifier, const std::string& what) const {
    for (const Fact& f : doc_.facts) {
      if (f.qualifier == qualifier && f.what == what) return &f;
    }
    return nullptr;
  }
  const Fact* fact_value(double value, const std::string& what, int nth = 0) const {
    for (const Fact& f : doc_.facts) {
      if (f.value == value && f.what == what && nth-- == 0) return &f;
    }
    return nullptr;
  }
  bool has_entity(EntityLabel label, std::string_view text) const {
    for (const Entity& e : doc_.entities) {
      if (e.label == label && doc_.original_of(e.span) == text) return true;
    }
    return false;
  }

  Document doc_;
};

TEST_F(FactsGolden, TargetsCompletedAndExceeded) {
  const Fact* all = fact("hoàn thành", "chỉ tiêu");
  ASSERT_NE(all, nullptr);
  EXPECT_EQ(all->value, 100);
  EXPECT_EQ(all->unit, "%");
  EXPECT_TRUE(all->share);
  EXPECT_EQ(all->subject, "lực lượng An ninh Công an tỉnh Thanh Hóa");
  EXPECT_EQ(all->sentence, 0u);

  // 40% OF the targets set by the Ministry were exceeded, not "exceeded by 40%".
  const Fact* over = fact("vượt mức", "chỉ tiêu Bộ Công an giao");
  ASSERT_NE(over, nullptr);
  EXPECT_EQ(over->value, 40);
  EXPECT_EQ(over->unit, "%");
  EXPECT_TRUE(over->share);
  EXPECT_EQ(over->phrase, "hoàn thành vượt mức 40% chỉ tiêu Bộ Công an giao");
  EXPECT_EQ(doc_.original_of(over->span), "vượt mức 40% chỉ tiêu Bộ Công an giao");
}

TEST_F(FactsGolden, CountsWithQualifiers) {
  const Fact* docs = fact("trên", "văn bản chỉ đạo");
  ASSERT_NE(docs, nullptr);
  EXPECT_EQ(docs->value, 50);
  EXPECT_EQ(docs->lo, 50);
  EXPECT_TRUE(std::isnan(docs->hi));
  EXPECT_EQ(docs->unit, "văn bản");
  EXPECT_EQ(docs->subject, "lực lượng An ninh nhân dân Công an tỉnh Thanh Hóa");

  const Fact* flags = nullptr;
  for (const Fact& f : doc_.facts) {
    if (f.qualifier == "đạt" && f.value == 99) flags = &f;
  }
  ASSERT_NE(flags, nullptr);
  EXPECT_EQ(flags->unit, "%");
  EXPECT_NE(flags->what.find("treo cờ Tổ quốc"), std::string::npos);

  const Fact* hundreds = fact("hàng trăm", "đối tượng");
  ASSERT_NE(hundreds, nullptr);
  EXPECT_TRUE(std::isnan(hundreds->value));
  EXPECT_EQ(hundreds->lo, 100);
  EXPECT_EQ(hundreds->hi, 999);

  const Fact* tens = fact("hàng chục", "vụ cưỡng chế thu hồi đất");
  ASSERT_NE(tens, nullptr);
  EXPECT_EQ(tens->unit, "vụ");
  EXPECT_EQ(tens->lo, 10);
}

TEST_F(FactsGolden, CommendationCounts) {
  const Fact* total = fact_value(162, "lượt tập thể, cá nhân");
  ASSERT_NE(total, nullptr);
  EXPECT_EQ(total->unit, "lượt");
  EXPECT_EQ(total->subject, "lực lượng An ninh");
  ASSERT_NE(fact_value(5, "tập thể"), nullptr);
  ASSERT_NE(fact_value(5, "cá nhân"), nullptr);
  ASSERT_NE(fact_value(6, "tập thể"), nullptr);
  const Fact* nine = nullptr;
  for (const Fact& f : doc_.facts) {
    if (f.value == 9 && f.unit == "cá nhân") nine = &f;
  }
  ASSERT_NE(nine, nullptr);
}

TEST_F(FactsGolden, ColonelWithRankTitlesAndOrganisation) {
  const Person* manh = nullptr;
  for (const Person& p : doc_.people) {
    if (p.name == "Nguyễn Hữu Mạnh") manh = &p;
  }
  ASSERT_NE(manh, nullptr);
  EXPECT_EQ(manh->rank, "Đại tá");
  ASSERT_EQ(manh->titles.size(), 2u);
  EXPECT_EQ(manh->titles[0], "Phó Giám đốc");
  EXPECT_EQ(manh->titles[1], "Thủ trưởng Cơ quan An ninh điều tra");
  EXPECT_EQ(manh->org, "Công an tỉnh");
  EXPECT_EQ(manh->org_normalized, "Công an tỉnh Thanh Hóa");
  // Two named mentions and the "đồng chí Phó Giám đốc ..." mentions linked to him.
  EXPECT_GE(manh->mentions.size(), 4u);
  for (const Span& m : manh->mentions) {
    std::string_view text = doc_.original_of(m);
    EXPECT_TRUE(text == "Nguyễn Hữu Mạnh" || text.starts_with("đồng chí Phó Giám đốc")) << text;
  }
}

TEST_F(FactsGolden, Dates) {
  const DateMention* today = nullptr;
  int years_2023 = 0;
  const DateMention* tet = nullptr;
  for (const DateMention& d : doc_.dates) {
    std::string_view text = doc_.original_of(d.span);
    if (text == "sáng nay (27/12)") today = &d;
    if (d.kind == DateKind::kYear && d.iso == "2023") ++years_2023;
    if (d.holiday == "Tết Nguyên đán") tet = &d;
  }
  ASSERT_NE(today, nullptr);
  EXPECT_EQ(today->iso, "2023-12-27");
  EXPECT_GE(years_2023, 4);
  ASSERT_NE(tet, nullptr);
  EXPECT_EQ(tet->iso, "2024-02-10");  // the coming Tết of a December 2023 report
}

TEST_F(FactsGolden, Awards) {
  ASSERT_EQ(doc_.awards.size(), 2u);
  EXPECT_EQ(doc_.awards[0].award, "Huân chương Chiến công hạng Ba");
  EXPECT_EQ(doc_.awards[0].giver, "Chủ tịch nước");
  EXPECT_EQ(doc_.awards[0].recipient, "đồng chí Phó Giám đốc phụ trách An ninh");
  EXPECT_EQ(doc_.awards[0].recipient_person, "Nguyễn Hữu Mạnh");
  EXPECT_EQ(doc_.awards[1].award, "Bằng khen");
  EXPECT_EQ(doc_.awards[1].recipient, "5 tập thể, 5 cá nhân");
  EXPECT_EQ(doc_.awards[1].giver, "Thủ tướng Chính phủ và Bộ trưởng Bộ Công an");
}

TEST_F(FactsGolden, Entities) {
  EXPECT_TRUE(has_entity(EntityLabel::kLoc, "Thanh Hóa"));
  EXPECT_TRUE(has_entity(EntityLabel::kOrg, "Công an tỉnh Thanh Hóa"));
  EXPECT_TRUE(has_entity(EntityLabel::kOrg, "Bộ Công an"));
  EXPECT_TRUE(has_entity(EntityLabel::kOrg, "Tỉnh ủy"));
  EXPECT_TRUE(has_entity(EntityLabel::kOrg, "Cơ quan An ninh điều tra Công an tỉnh"));
  EXPECT_TRUE(has_entity(EntityLabel::kPer, "Nguyễn Hữu Mạnh"));
  EXPECT_TRUE(has_entity(EntityLabel::kPer, "Đình Hợp"));  // the byline
  for (const Entity& e : doc_.entities) {
    std::string_view text = doc_.original_of(e.span);
    if (text == "UBND tỉnh") {
      EXPECT_EQ(e.normalized, "Ủy ban nhân dân tỉnh Thanh Hóa");
    } else if (text == "ANTT") {
      EXPECT_EQ(e.expansion, "an ninh trật tự");
    } else if (text == "TTATXH") {
      EXPECT_EQ(e.expansion, "trật tự, an toàn xã hội");
    }
  }
  // Nothing reported that is not in the text: spans are the original bytes.
  for (const Entity& e : doc_.entities) ASSERT_LE(e.span.end, doc_.original.size());
}

}  // namespace
}  // namespace vitext
