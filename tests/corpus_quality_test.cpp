// Quality signals: the share of valid Vietnamese syllables and of syllables with diacritics.
#include <gtest/gtest.h>

#include "corpus/quality.h"

namespace vitext {
namespace {

QualitySignals quality_of(const std::string& text, const std::string& encoding = "utf-8") {
  Document doc(text);
  doc.text = text;
  doc.decode.encoding = encoding;
  return compute_quality(doc);
}

TEST(Quality, VietnameseNewsScoresHigh) {
  QualitySignals q = quality_of("Công an tỉnh Thanh Hóa đã bắt giữ 12 đối tượng trong năm 2023.");
  EXPECT_EQ(q.syllables, 12u);  // digits are not syllables
  EXPECT_EQ(q.valid_syllables, 12u);
  EXPECT_DOUBLE_EQ(q.vietnamese_share(), 1.0);
  EXPECT_GT(q.diacritic_ratio(), 0.5);
  EXPECT_FALSE(q.legacy_encoding);
}

TEST(Quality, EnglishScoresLow) {
  QualitySignals q = quality_of("The quick brown fox jumps over the lazy dog near the river bank.");
  EXPECT_LT(q.vietnamese_share(), 0.5);
  EXPECT_DOUBLE_EQ(q.diacritic_ratio(), 0.0);
}

TEST(Quality, UnmarkedVietnameseIsValidButHasNoDiacritics) {
  QualitySignals q = quality_of("cong an tinh thanh hoa va nhan dan");
  EXPECT_GT(q.vietnamese_share(), 0.9);
  EXPECT_DOUBLE_EQ(q.diacritic_ratio(), 0.0);
}

TEST(Quality, EmptyAndLegacy) {
  QualitySignals q = quality_of("", "tcvn3");
  EXPECT_EQ(q.chars, 0u);
  EXPECT_EQ(q.syllables, 0u);
  EXPECT_DOUBLE_EQ(q.vietnamese_share(), 0.0);
  EXPECT_TRUE(q.legacy_encoding);
  nlohmann::json j = quality_to_json(quality_of("Việt Nam"));
  EXPECT_EQ(j["syllables"], 2);
  EXPECT_EQ(j["vietnamese"], 1.0);
  EXPECT_EQ(j["diacritics"], 0.5);
}

}  // namespace
}  // namespace vitext
