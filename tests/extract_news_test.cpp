// Extraction on the forms of national news (issue 21): dotted dates, "TP." glued to a place,
// abbreviated and long organisation names, titles outside police reports and foreign names,
// units glued to numbers or written with a sign. Sentences written for the test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract_testing.h"
#include "vitext/extract.h"

namespace vitext {
namespace {

Document run(const std::string& text) { return testing_extract::extracted(text); }

std::vector<std::string> entities(const Document& d, EntityLabel label) {
  std::vector<std::string> out;
  for (const Entity& e : d.entities) {
    if (e.outer && e.label == label) out.emplace_back(d.original_of(e.span));
  }
  return out;
}

const DateMention* date_with_text(const Document& d, const std::string& text) {
  for (const DateMention& m : d.dates) {
    if (d.original_of(m.span) == text) return &m;
  }
  return nullptr;
}

// A date's ISO value and, for a range, its end.
void expect_iso(const DateMention& m, const std::string& iso, const std::string& end) {
  EXPECT_EQ(m.iso, iso);
  EXPECT_EQ(m.iso_end, end);
}

const Fact* fact_with_text(const Document& d, const std::string& text) {
  for (const Fact& f : d.facts) {
    if (d.original_of(f.span) == text) return &f;
  }
  return nullptr;
}

TEST(ExtractNews, DottedDayMonthAndMonthYearAfterAWord) {
  Document d = run("Ngày 12.4, đoàn đến Huế. Chiều 3.5 trời mưa. Tháng 8.2016 có lũ. Giá tăng 12.5 lần.");
  const DateMention* m = date_with_text(d, "Ngày 12.4");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->iso, "--04-12");
  m = date_with_text(d, "Chiều 3.5");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->iso, "--05-03");
  m = date_with_text(d, "Tháng 8.2016");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->kind, DateKind::kMonth);
  EXPECT_EQ(m->iso, "2016-08");
  // A dotted number with no word announcing a date stays a number.
  EXPECT_EQ(d.dates.size(), 3u);
}

TEST(ExtractNews, RangeStartBorrowsTheYearOfItsEnd) {
  Document d = run("Cấm đường từ ngày 4.3 đến 10.3.2018 để sửa cầu.");
  ASSERT_EQ(d.dates.size(), 1u);
  EXPECT_EQ(d.dates[0].kind, DateKind::kRange);
  expect_iso(d.dates[0], "2018-03-04", "2018-03-10");
}

TEST(ExtractNews, PeriodOfYearsAfterTheYearWord) {
  Document d = run("Trong năm 2015 - 2016 trường mở thêm lớp.");
  ASSERT_EQ(d.dates.size(), 1u);
  EXPECT_EQ(d.dates[0].kind, DateKind::kRange);
  expect_iso(d.dates[0], "2015", "2016");
}

TEST(ExtractNews, ClockTimeAndPartOfTheMonthBelongToTheDate) {
  Document d = run("Khoảng 14 giờ ngày 3/5, xe bị lật. Từ 6 giờ ngày 1/4 đến 18 giờ ngày 2/4 cấm đường. Cuối tháng 8 có lũ.");
  ASSERT_EQ(d.dates.size(), 3u);
  EXPECT_EQ(d.original_of(d.dates[0].span), "14 giờ ngày 3/5");
  EXPECT_EQ(d.dates[1].kind, DateKind::kRange);
  expect_iso(d.dates[1], "--04-01", "--04-02");
  EXPECT_EQ(d.original_of(d.dates[2].span), "Cuối tháng 8");
  // The hours are part of the dates, not durations.
  EXPECT_TRUE(d.facts.empty());
}

TEST(ExtractNews, SeasonsHalvesSchoolYearsAndYearsOfBirth) {
  Document d = run("Mùa giải 2015/16 kết thúc. Nửa đầu 2018 tăng trưởng. Năm học 2019-2020 bắt đầu. Anh Tùng (SN 1990) bị bắt.");
  ASSERT_EQ(d.dates.size(), 4u);
  expect_iso(d.dates[0], "2015", "2016");
  expect_iso(d.dates[1], "2018-01", "2018-06");
  expect_iso(d.dates[2], "2019", "2020");
  EXPECT_EQ(d.original_of(d.dates[3].span), "1990");
  EXPECT_EQ(d.dates[3].iso, "1990");
}

TEST(ExtractNews, TwoDaysOrTwoMonthsInOneDate) {
  Document d = run("Hội nghị diễn ra ngày 20-21.9 và tháng 3,4/2019.");
  ASSERT_EQ(d.dates.size(), 2u);
  expect_iso(d.dates[0], "--09-20", "--09-21");
  expect_iso(d.dates[1], "2019-03", "2019-04");
}

TEST(ExtractNews, RelativeDayPinnedByADottedDateInBrackets) {
  Document d = run("Chiều nay (5.8), trận đấu diễn ra.");
  ASSERT_EQ(d.dates.size(), 1u);
  EXPECT_EQ(d.dates[0].kind, DateKind::kDate);
  EXPECT_EQ(d.dates[0].iso, "--08-05");
}

TEST(ExtractNews, OrganisationsWithTpAndFieldAcronyms) {
  Document d = run("Công an TP.Hải Phòng phối hợp với Sở GTVT TP Cần Thơ và Sở TN&MT Lào Cai.");
  EXPECT_EQ(entities(d, EntityLabel::kOrg),
            (std::vector<std::string>{"Công an TP.Hải Phòng", "Sở GTVT TP Cần Thơ", "Sở TN&MT Lào Cai"}));
}

TEST(ExtractNews, AbbreviatedCompanyAndLongUnitNames) {
  Document d = run("Cty CP BOT Phú Lâm nộp hồ sơ cho Phòng Lao động - Thương binh và Xã hội huyện Kỳ Anh.");
  EXPECT_EQ(entities(d, EntityLabel::kOrg),
            (std::vector<std::string>{"Cty CP BOT Phú Lâm", "Phòng Lao động - Thương binh và Xã hội huyện Kỳ Anh"}));
  EXPECT_TRUE(entities(d, EntityLabel::kPer).empty());
}

TEST(ExtractNews, PlaceAfterAnAdminWordEndsBeforeAPersonsName) {
  Document d = run("Giám đốc Sở Y tế tỉnh Hà Tĩnh Lê Văn Hòa ký văn bản.");
  EXPECT_EQ(entities(d, EntityLabel::kOrg), (std::vector<std::string>{"Sở Y tế tỉnh Hà Tĩnh"}));
  ASSERT_EQ(d.people.size(), 1u);
  EXPECT_EQ(d.people[0].name, "Lê Văn Hòa");
  EXPECT_EQ(d.people[0].titles, (std::vector<std::string>{"Giám đốc"}));
}

TEST(ExtractNews, TitlesOutsidePoliceReportsAndForeignNames) {
  Document d = run("HLV Gareth Southgate gặp tiền đạo Nguyễn Văn Toàn và thủ môn Kepa-Arrizabalaga.");
  EXPECT_EQ(entities(d, EntityLabel::kPer),
            (std::vector<std::string>{"Gareth Southgate", "Nguyễn Văn Toàn", "Kepa-Arrizabalaga"}));
  ASSERT_EQ(d.people.size(), 3u);
  EXPECT_EQ(d.people[0].titles, (std::vector<std::string>{"HLV"}));
  // A position on the team is an occupation, not a title.
  EXPECT_TRUE(d.people[1].titles.empty());
}

TEST(ExtractNews, TitleWithItsCountryBeforeAForeignName) {
  Document d = run("Thủ tướng Canada Justin Trudeau đến Hà Nội. Trudeau nói chuyện với báo chí.");
  EXPECT_EQ(entities(d, EntityLabel::kPer), (std::vector<std::string>{"Justin Trudeau", "Trudeau"}));
  ASSERT_EQ(d.people.size(), 2u);
  EXPECT_EQ(d.people[0].titles, (std::vector<std::string>{"Thủ tướng Canada"}));
}

TEST(ExtractNews, ForeignNamesWithoutACue) {
  Document d = run("Luka Modric và Karim Benzema tập luyện cùng Real Madrid tại Valencia (Tây Ban Nha).");
  EXPECT_EQ(entities(d, EntityLabel::kPer), (std::vector<std::string>{"Luka Modric", "Karim Benzema"}));
  EXPECT_EQ(entities(d, EntityLabel::kLoc), (std::vector<std::string>{"Valencia", "Tây Ban Nha"}));
}

TEST(ExtractNews, UnknownAbbreviationsNameOrganisationsCommonOnesDoNot) {
  Document d = run("Theo AFP và TTXVN, bệnh nhân nhiễm HIV được hỗ trợ 500 USD.");
  EXPECT_EQ(entities(d, EntityLabel::kOrg), (std::vector<std::string>{"AFP", "TTXVN"}));
}

TEST(ExtractNews, NameAfterATitleWithADash) {
  Document d = run("Ông Trần Văn Tâm - Chủ tịch UBND huyện Gio Linh cho biết.");
  ASSERT_EQ(d.people.size(), 1u);
  EXPECT_EQ(d.people[0].titles, (std::vector<std::string>{"Chủ tịch"}));
  EXPECT_EQ(d.people[0].org, "UBND huyện Gio Linh");
}

TEST(ExtractNews, NumberedRoadsKeepTheirWord) {
  Document d = run("Xe chạy trên quốc lộ 1A rồi rẽ vào tỉnh lộ 8.");
  EXPECT_EQ(entities(d, EntityLabel::kLoc), (std::vector<std::string>{"quốc lộ 1A", "tỉnh lộ 8"}));
  EXPECT_TRUE(d.facts.empty());
}

TEST(ExtractNews, CapitalisedTitleBeforeAFieldIsNoPerson) {
  Document d = run("Bộ trưởng Tài chính phát biểu.");
  EXPECT_TRUE(entities(d, EntityLabel::kPer).empty());
}

TEST(ExtractNews, UnitsGluedToTheNumberOrWrittenWithASign) {
  Document d = run("Lô đất rộng 1.250m2. Nhiệt độ từ 12-15°C.");
  const Fact* area = fact_with_text(d, "1.250m2");
  ASSERT_NE(area, nullptr);
  EXPECT_EQ(area->value, 1250);
  EXPECT_EQ(area->unit, "m2");
  bool temperature = false;
  for (const Fact& f : d.facts) {
    if (f.unit == "°C") {
      temperature = true;
      EXPECT_EQ(f.lo, 12);
      EXPECT_EQ(f.hi, 15);
    }
  }
  EXPECT_TRUE(temperature);
}

TEST(ExtractNews, ScaleOfARangeAndUnitsInOneToken) {
  Document d = run("Giá bán 150-200 triệu đồng. Máy có 16GB bộ nhớ.");
  const Fact* price = fact_with_text(d, "150-200 triệu đồng");
  ASSERT_NE(price, nullptr);
  EXPECT_EQ(price->lo, 150e6);
  EXPECT_EQ(price->hi, 200e6);
  const Fact* memory = fact_with_text(d, "16GB bộ nhớ");
  ASSERT_NE(memory, nullptr);
  EXPECT_EQ(memory->value, 16);
  EXPECT_EQ(memory->unit, "GB");
}

TEST(ExtractNews, YearsIdentifiersAndModelNumbersAreNoFacts) {
  Document d = run("Năm nay, 2019 vẫn là năm khó. Xe 29A- 01234 đỗ bên đường. Máy Galaxy 9 Plus bán chạy.");
  EXPECT_TRUE(d.facts.empty());
}

TEST(ExtractNews, OneCountsWhenAQualifierBoundsIt) {
  Document d = run("Ít nhất một người bị thương, trong số 3 người đi cùng.");
  ASSERT_EQ(d.facts.size(), 2u);
  EXPECT_EQ(d.facts[0].value, 1);
  EXPECT_EQ(d.facts[1].value, 3);
}

}  // namespace
}  // namespace vitext
