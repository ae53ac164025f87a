// Entities on the forms of national and world news (issue 21, second round): a title's
// country, "Anh" as the country, organisation names capitalised on each word's first syllable
// only, a country's forces and bodies, foreign runs typed by their words, brands naming models,
// streets joined by a dash and numbered districts. Sentences written for the test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract_testing.h"
#include "vitext/extract.h"

namespace vitext {
namespace {

std::vector<std::string> entities(const std::string& text, EntityLabel label) {
  Document d = testing_extract::extracted(text);
  std::vector<std::string> out;
  for (const Entity& e : d.entities) {
    if (e.outer && e.label == label) out.emplace_back(d.original_of(e.span));
  }
  return out;
}

using Names = std::vector<std::string>;

TEST(ExtractEntitiesNews, TheCountryOfATitleIsAPlaceToo) {
  const std::string text = "Tổng thống Pháp Emmanuel Macron gặp Thủ tướng Nhật Bản Shinzo Abe.";
  EXPECT_EQ(entities(text, EntityLabel::kLoc), (Names{"Pháp", "Nhật Bản"}));
  EXPECT_EQ(entities(text, EntityLabel::kPer), (Names{"Emmanuel Macron", "Shinzo Abe"}));
}

TEST(ExtractEntitiesNews, AnhIsTheCountryWithNoNameNextToIt) {
  EXPECT_EQ(entities("Giới trẻ Anh thích du lịch. Anh và Pháp ký hiệp định.", EntityLabel::kLoc),
            (Names{"Anh", "Anh", "Pháp"}));
  // The pronoun at a sentence start and a given name are no country.
  EXPECT_EQ(entities("Anh hỏi tôi. \" Anh về đi \" . Anh Tuấn về nhà.", EntityLabel::kLoc), Names{});
  EXPECT_EQ(entities("Cầu thủ Hoàng Anh ghi bàn.", EntityLabel::kLoc), Names{});
}

TEST(ExtractEntitiesNews, OrganisationNamesWithLowerCaseSyllables) {
  EXPECT_EQ(entities("Theo Trung tâm Dự báo Khí tượng Thủy văn Trung ương, trời mưa.", EntityLabel::kOrg),
            (Names{"Trung tâm Dự báo Khí tượng Thủy văn Trung ương"}));
  EXPECT_EQ(entities("Tập đoàn Dầu khí Việt Nam vừa họp.", EntityLabel::kOrg), (Names{"Tập đoàn Dầu khí Việt Nam"}));
  // A verb is no part of a name: the place after it stays a place.
  const std::string text = "Công ty Hoàng Long cho biết Hà Nội đã cấp phép.";
  EXPECT_EQ(entities(text, EntityLabel::kOrg), (Names{"Công ty Hoàng Long"}));
  EXPECT_EQ(entities(text, EntityLabel::kLoc), (Names{"Hà Nội"}));
}

TEST(ExtractEntitiesNews, TheProvinceOrCountryRightAfterAnOrganisationsPlace) {
  const std::string text = "Công an quận Thủ Đức TP.HCM và Ngân hàng TMCP Xây dựng VN cho biết.";
  EXPECT_EQ(entities(text, EntityLabel::kOrg), (Names{"Công an quận Thủ Đức TP.HCM", "Ngân hàng TMCP Xây dựng VN"}));
  EXPECT_EQ(entities(text, EntityLabel::kLoc), Names{});
}

TEST(ExtractEntitiesNews, ForcesAndBodiesOfACountry) {
  const std::string text = "Không quân Mỹ và Ủy ban châu Âu lên tiếng, quân đội Mỹ rút đi.";
  EXPECT_EQ(entities(text, EntityLabel::kOrg), (Names{"Không quân Mỹ", "Ủy ban châu Âu"}));
  EXPECT_EQ(entities(text, EntityLabel::kLoc), (Names{"Mỹ"}));
  // The places of the provinces are governed by the centre: no body is named.
  EXPECT_EQ(entities("Các tỉnh trực thuộc Trung ương đã báo cáo.", EntityLabel::kOrg), Names{});
}

TEST(ExtractEntitiesNews, ForeignRunsTypedByTheirWords) {
  const std::string text =
      "Bill Gates dự hội nghị của Allen & Company, Real Madrid thắng, lễ diễn ra tại Hotel des Invalides, "
      "theo Reuters và The Guardian.";
  EXPECT_EQ(entities(text, EntityLabel::kOrg), (Names{"Allen & Company", "Real Madrid", "Reuters", "The Guardian"}));
  EXPECT_EQ(entities(text, EntityLabel::kLoc), (Names{"Hotel des Invalides"}));
  EXPECT_EQ(entities(text, EntityLabel::kPer), (Names{"Bill Gates"}));
}

TEST(ExtractEntitiesNews, BrandsNamingModelsAreNoOrganisations) {
  EXPECT_EQ(entities("Máy bay E-4B, điện thoại OPPO F5 và Oppo F3 có cảm biến Sony.", EntityLabel::kOrg), Names{});
  EXPECT_EQ(entities("Mẫu mới của Sony bán chạy.", EntityLabel::kOrg), (Names{"Sony"}));
}

TEST(ExtractEntitiesNews, StreetsJoinedByADashNumberedDistrictsAndSites) {
  EXPECT_EQ(entities("Đường Láng Hạ - Thái Hà ở quận 12, gần đền Ngọc Sơn và căn cứ Offutt.", EntityLabel::kLoc),
            (Names{"Láng Hạ - Thái Hà", "quận 12", "Ngọc Sơn", "Offutt"}));
}

TEST(ExtractEntitiesNews, ShortNameInBracketsAfterAnOrganisationAndWhereItRecurs) {
  EXPECT_EQ(entities("Tập đoàn Dầu khí Việt Nam (Petrovietnam) báo lãi. Cổ phiếu của Petrovietnam tăng.",
                     EntityLabel::kOrg),
            (Names{"Tập đoàn Dầu khí Việt Nam", "Petrovietnam", "Petrovietnam"}));
  // A country in brackets is where the body is, not its name.
  EXPECT_EQ(entities("Tập đoàn Điện lực (Lào) ký hợp đồng.", EntityLabel::kOrg), (Names{"Tập đoàn Điện lực"}));
}

TEST(ExtractEntitiesNews, AGivenNameAloneRefersToThePersonAgain) {
  EXPECT_EQ(entities("Nguyễn Văn Dương bị bắt. Sau khi gây án, Dương bỏ trốn.", EntityLabel::kPer),
            (Names{"Nguyễn Văn Dương", "Dương"}));
  // At a sentence start the same word may be any capitalised word.
  EXPECT_EQ(entities("Lê Thị Lan đến. Lan tỏa niềm vui.", EntityLabel::kPer), (Names{"Lê Thị Lan"}));
}

TEST(ExtractEntitiesNews, ACaptionGluedToTheNextSentenceEndsTheName) {
  EXPECT_EQ(entities("Ảnh: Mohamed Salah Tiền vệ người Ai Cập ghi bàn.", EntityLabel::kPer), (Names{"Mohamed Salah"}));
}

TEST(ExtractEntitiesNews, SourcesBrandsWithTheirCountryAndPlacesByTheirCue) {
  EXPECT_EQ(entities("(Nguồn: Sputnik) Mẫu mới của OnePlus (Trung Quốc) và OnePlus 5.", EntityLabel::kOrg),
            (Names{"Sputnik", "OnePlus"}));
  EXPECT_EQ(entities("Rau được bán sang Nhật, mưa lớn như Phố Ràng (Lào Cai).", EntityLabel::kLoc),
            (Names{"Nhật", "Phố Ràng", "Lào Cai"}));
}

}  // namespace
}  // namespace vitext
