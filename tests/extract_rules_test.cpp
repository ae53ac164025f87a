// Unit tests of each extraction rule on small hand-written sentences.
#include <gtest/gtest.h>

#include <cmath>

#include "extract/fold.h"
#include "extract/lexicons.h"
#include "extract/numbers.h"
#include "extract/token_index.h"
#include "extract_testing.h"
#include "vitext/extract.h"

namespace vitext {
namespace {

Document run(const std::string& text, const std::string& date = "") {
  return testing_extract::extracted(text, date);
}

double words_value(const std::string& text) {
  static const std::unique_ptr<Pipeline> prepare = testing_extract::pipeline_for({StageId::kSentences});
  Document doc(text);
  EXPECT_TRUE(prepare->run(doc).ok());
  extract::TokenIndex p = extract::index_tokens(doc);
  double v = -1;
  size_t n = extract::read_number(p, 0, extract::Lexicons::get(), v);
  return n == 0 ? -1 : v;
}

TEST(ExtractFold, IgnoresCaseAndTonePlacement) {
  EXPECT_EQ(extract::fold("Hòa"), extract::fold("hoà"));
  EXPECT_EQ(extract::fold("Ủy"), extract::fold("uỷ"));
  EXPECT_EQ(extract::fold("THANH"), extract::fold("thanh"));
  EXPECT_NE(extract::fold("Hóa"), extract::fold("Hòa"));
  // Decomposed input (NFD) folds like composed input.
  EXPECT_EQ(extract::fold("Ho\xCC\x81" "a"), extract::fold("Hóa"));
}

TEST(ExtractNumbers, DigitsTheVietnameseWay) {
  double v = 0;
  ASSERT_TRUE(extract::parse_digits("1.000.000", v));
  EXPECT_EQ(v, 1e6);
  ASSERT_TRUE(extract::parse_digits("1,5", v));
  EXPECT_EQ(v, 1.5);
  ASSERT_TRUE(extract::parse_digits("2.500", v));
  EXPECT_EQ(v, 2500);
  ASSERT_TRUE(extract::parse_digits("3.5", v));
  EXPECT_EQ(v, 3.5);
}

TEST(ExtractNumbers, NumberWords) {
  EXPECT_EQ(words_value("hai mươi lăm người"), 25);
  EXPECT_EQ(words_value("một trăm người"), 100);
  EXPECT_EQ(words_value("một trăm linh năm người"), 105);
  EXPECT_EQ(words_value("mười lăm vụ"), 15);
  EXPECT_EQ(words_value("ba mươi mốt vụ"), 31);
  EXPECT_EQ(words_value("hai nghìn ba trăm người"), 2300);
  EXPECT_EQ(words_value("1,5 triệu đồng"), 1.5e6);
  EXPECT_EQ(words_value("3 tỷ đồng"), 3e9);
  EXPECT_EQ(words_value("một triệu rưỡi đồng"), 1.5e6);
  // A lone number word needs a counter after it: "năm" is not five in "năm nay".
  EXPECT_EQ(words_value("năm nay"), -1);
  EXPECT_EQ(words_value("hai người"), 2);
}

TEST(ExtractDates, ExplicitAndRelative) {
  Document d = run("Sáng nay (27/12), hội nghị khai mạc. Ngày 5 tháng 3 năm 2022 và tháng 12/2023 là mốc.", "2023-12");
  ASSERT_EQ(d.dates.size(), 3u);
  EXPECT_EQ(d.dates[0].iso, "2023-12-27");
  EXPECT_EQ(d.original_of(d.dates[0].span), "Sáng nay (27/12)");
  EXPECT_EQ(d.dates[1].iso, "2022-03-05");
  EXPECT_EQ(d.dates[2].iso, "2023-12");
  EXPECT_EQ(d.dates[2].kind, DateKind::kMonth);
}

TEST(ExtractDates, RelativeToDocumentDate) {
  Document d = run("Năm nay tăng so với năm ngoái; hôm qua có mưa.", "2024-03-01");
  ASSERT_EQ(d.dates.size(), 3u);
  EXPECT_EQ(d.dates[0].iso, "2024");
  EXPECT_EQ(d.dates[1].iso, "2023");
  EXPECT_EQ(d.dates[2].iso, "2024-02-29");  // leap year
  Document undated = run("Năm nay tăng.");
  ASSERT_EQ(undated.dates.size(), 1u);
  EXPECT_TRUE(undated.dates[0].iso.empty());
}

TEST(ExtractDates, RangesAndHolidays) {
  Document d = run("Giai đoạn 2021 - 2025, từ ngày 1/3/2023 đến ngày 5/3/2023 và dịp Quốc khánh, Tết Nguyên đán 2025.");
  ASSERT_EQ(d.dates.size(), 4u);
  EXPECT_EQ(d.dates[0].kind, DateKind::kRange);
  EXPECT_EQ(d.dates[0].iso, "2021");
  EXPECT_EQ(d.dates[0].iso_end, "2025");
  EXPECT_EQ(d.dates[1].kind, DateKind::kRange);
  EXPECT_EQ(d.dates[1].iso, "2023-03-01");
  EXPECT_EQ(d.dates[1].iso_end, "2023-03-05");
  EXPECT_EQ(d.original_of(d.dates[1].span), "từ ngày 1/3/2023 đến ngày 5/3/2023");
  EXPECT_EQ(d.dates[2].holiday, "Quốc khánh");
  EXPECT_EQ(d.dates[3].iso, "2025-01-29");
}

// Extraction reads the tokenizer's typed tokens: a dotted d.m.yyyy is one date token, so
// these are dates (they were numbers to the extractor's own tokenisation before).
TEST(ExtractDates, DottedDatesFromTheTokens) {
  Document d = run("Ngày 4.1.2017, hồ sơ được nộp; 22.9.2017 là hạn. Từ ngày 22.9.2017, đoàn làm việc "
                   "từ ngày 4.1.2017 - 4.1.2018 tại xã.");
  ASSERT_EQ(d.dates.size(), 4u);
  EXPECT_EQ(d.original_of(d.dates[0].span), "Ngày 4.1.2017");
  EXPECT_EQ(d.dates[0].kind, DateKind::kDate);
  EXPECT_EQ(d.dates[0].iso, "2017-01-04");
  EXPECT_EQ(d.original_of(d.dates[1].span), "22.9.2017");
  EXPECT_EQ(d.dates[1].iso, "2017-09-22");
  EXPECT_EQ(d.original_of(d.dates[2].span), "ngày 22.9.2017");
  EXPECT_EQ(d.dates[2].iso, "2017-09-22");
  EXPECT_EQ(d.original_of(d.dates[3].span), "từ ngày 4.1.2017 - 4.1.2018");
  EXPECT_EQ(d.dates[3].kind, DateKind::kRange);
  EXPECT_EQ(d.dates[3].iso, "2017-01-04");
  EXPECT_EQ(d.dates[3].iso_end, "2018-01-04");
  EXPECT_EQ(d.dates[3].sentence, 1u);
}

// Tokens the tokenizer types whole ("10-11" a day-month date, "I-2017" an acronym, "-1" a
// signed number) still read as the ranges and dates they are in context.
TEST(ExtractDates, RangesAcrossTypedTokens) {
  Document d = run("Hội chợ ngày 10-11/02, quý I-2017 và từ tháng 10-11/2016; từ ngày 26 -1 đến ngày 1-2.", "2017-02");
  ASSERT_EQ(d.dates.size(), 4u);
  EXPECT_EQ(d.original_of(d.dates[0].span), "ngày 10-11/02");
  EXPECT_EQ(d.dates[0].kind, DateKind::kRange);
  EXPECT_EQ(d.dates[0].iso, "2017-02-10");
  EXPECT_EQ(d.dates[0].iso_end, "2017-02-11");
  EXPECT_EQ(d.dates[1].iso, "2017-01");
  EXPECT_EQ(d.dates[1].iso_end, "2017-03");
  EXPECT_EQ(d.original_of(d.dates[2].span), "từ tháng 10-11/2016");
  EXPECT_EQ(d.dates[2].iso, "2016-10");
  EXPECT_EQ(d.dates[2].iso_end, "2016-11");
  EXPECT_EQ(d.original_of(d.dates[3].span), "từ ngày 26 -1 đến ngày 1-2");
  EXPECT_EQ(d.dates[3].iso, "2017-01-26");
  EXPECT_EQ(d.dates[3].iso_end, "2017-02-01");
  Document q = run("Quý 2-2017 tăng; ngày 1–3-2017 khai mạc.");
  ASSERT_EQ(q.dates.size(), 2u);
  EXPECT_EQ(q.dates[0].iso, "2017-04");
  EXPECT_EQ(q.dates[0].iso_end, "2017-06");
  EXPECT_EQ(q.original_of(q.dates[1].span), "ngày 1–3-2017");
  EXPECT_EQ(q.dates[1].iso, "2017-03-01");
}

TEST(ExtractDates, IsoDateToken) {
  Document d = run("Hạn chót là ngày 2023-12-27.");
  ASSERT_EQ(d.dates.size(), 1u);
  EXPECT_EQ(d.dates[0].iso, "2023-12-27");
}

// Dotted and dashed numbers that are not dates stay numbers (or nothing).
TEST(ExtractDates, DottedNumbersThatAreNotDates) {
  Document d = run("Bản 1.2.3 nặng 3.5 kg, giá 1.000.000 đồng; số 31.12.99 và 4.5 tấn; 10-12 người tham gia.");
  EXPECT_TRUE(d.dates.empty()) << d.original_of(d.dates[0].span);
  auto fact = [&](std::string_view text) -> const Fact* {
    for (const Fact& f : d.facts) {
      if (d.original_of(f.span) == text) return &f;
    }
    return nullptr;
  };
  const Fact* kg = fact("3.5 kg");
  ASSERT_NE(kg, nullptr);
  EXPECT_EQ(kg->value, 3.5);
  const Fact* money = fact("1.000.000 đồng");
  ASSERT_NE(money, nullptr);
  EXPECT_EQ(money->value, 1e6);
  const Fact* people = fact("10-12 người");  // a dash between two numbers with no date word: a range
  ASSERT_NE(people, nullptr);
  EXPECT_EQ(people->lo, 10);
  EXPECT_EQ(people->hi, 12);
}

TEST(ExtractFacts, SignedNumbersAndGluedRanges) {
  Document d = run("Cổ phiếu giảm (-0,5%) và nặng khoảng 900 -1.000kg.");
  ASSERT_EQ(d.facts.size(), 2u);
  EXPECT_EQ(d.facts[0].value, -0.5);
  EXPECT_EQ(d.facts[0].unit, "%");
  EXPECT_EQ(d.facts[1].value, 900);
  EXPECT_EQ(d.facts[1].hi, 1000);
  EXPECT_EQ(d.facts[1].unit, "kg");
}

TEST(ExtractStage, RefusesADocumentWithoutTokens) {
  Extractor ex;
  ASSERT_TRUE(Extractor::load_default(ex).ok());
  Document raw("Công an tỉnh Thanh Hóa bắt 3 đối tượng.");
  Status st = ex.apply(raw);
  EXPECT_EQ(st.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(st.message().find("tokens"), std::string::npos) << st.message();
  Document blank(" \n ");
  EXPECT_TRUE(ex.apply(blank).ok());
}

TEST(ExtractEntities, PlacesOrganisationsAcronyms) {
  Document d = run("Đoàn công tác của Sở Y tế tỉnh Hòa Bình và UBND huyện Mai Châu đến Hà Nội bàn về ANTT.");
  auto find = [&](std::string_view text) -> const Entity* {
    for (const Entity& e : d.entities) {
      if (d.original_of(e.span) == text) return &e;
    }
    return nullptr;
  };
  const Entity* so = find("Sở Y tế tỉnh Hòa Bình");
  ASSERT_NE(so, nullptr);
  EXPECT_EQ(so->label, EntityLabel::kOrg);
  const Entity* hb = find("Hòa Bình");
  ASSERT_NE(hb, nullptr);
  EXPECT_EQ(hb->label, EntityLabel::kLoc);
  EXPECT_FALSE(hb->outer);
  EXPECT_EQ(hb->province_after_2025, "Phú Thọ");  // merged into Phú Thọ in 2025
  const Entity* ub = find("UBND huyện Mai Châu");
  ASSERT_NE(ub, nullptr);
  EXPECT_EQ(ub->normalized, "Ủy ban nhân dân huyện Mai Châu");
  ASSERT_NE(find("Mai Châu"), nullptr);
  EXPECT_EQ(find("Hà Nội")->label, EntityLabel::kLoc);
  EXPECT_EQ(find("ANTT")->expansion, "an ninh trật tự");
}

TEST(ExtractEntities, OldTonePlacementMatches) {
  Document d = run("Công an tỉnh Thanh Hoá làm việc với Bộ Công an.");
  bool loc = false;
  for (const Entity& e : d.entities) loc = loc || (e.label == EntityLabel::kLoc && e.normalized == "Thanh Hóa");
  EXPECT_TRUE(loc);
}

TEST(ExtractPeople, RankTitlesOrganisationAndLinkedMention) {
  Document d = run(
      "Thiếu tướng Lê Văn Tuyến, Giám đốc Công an tỉnh Nghệ An dự hội nghị. "
      "Sau đó, đồng chí Giám đốc yêu cầu các đơn vị khẩn trương. Ông Trần Văn Bình phát biểu.");
  ASSERT_EQ(d.people.size(), 2u);
  const Person& p = d.people[0];
  EXPECT_EQ(p.name, "Lê Văn Tuyến");
  EXPECT_EQ(p.rank, "Thiếu tướng");
  ASSERT_EQ(p.titles.size(), 1u);
  EXPECT_EQ(p.titles[0], "Giám đốc");
  EXPECT_EQ(p.org, "Công an tỉnh Nghệ An");
  ASSERT_EQ(p.mentions.size(), 2u);
  EXPECT_EQ(d.original_of(p.mentions[1]), "đồng chí Giám đốc");
  EXPECT_EQ(p.sentences, (std::vector<uint32_t>{0, 1}));
  EXPECT_EQ(d.people[1].name, "Trần Văn Bình");
}

TEST(ExtractPeople, TitleBeforeName) {
  Document d = run("Bộ trưởng Bộ Công an Tô Lâm chủ trì.");
  ASSERT_EQ(d.people.size(), 1u);
  EXPECT_EQ(d.people[0].name, "Tô Lâm");
  ASSERT_EQ(d.people[0].titles.size(), 1u);
  EXPECT_EQ(d.people[0].titles[0], "Bộ trưởng");
  EXPECT_EQ(d.people[0].org, "Bộ Công an");
}

TEST(ExtractFacts, QualifiersUnitsAndShares) {
  Document d = run("Năm 2022, Công an huyện đã bắt giữ gần 300 đối tượng, thu giữ khoảng 1,5 tỷ đồng; "
                   "tỷ lệ hộ dân tham gia đạt trên 90%. Doanh thu tăng 12%.");
  ASSERT_EQ(d.facts.size(), 4u);
  EXPECT_EQ(d.facts[0].qualifier, "gần");
  EXPECT_EQ(d.facts[0].value, 300);
  EXPECT_EQ(d.facts[0].hi, 300);
  EXPECT_TRUE(std::isnan(d.facts[0].lo));
  EXPECT_EQ(d.facts[0].what, "đối tượng");
  EXPECT_EQ(d.facts[0].subject, "Công an huyện");
  EXPECT_EQ(d.facts[1].qualifier, "khoảng");
  EXPECT_EQ(d.facts[1].value, 1.5e9);
  EXPECT_EQ(d.facts[1].unit, "đồng");
  EXPECT_EQ(d.facts[2].qualifier, "trên");
  EXPECT_EQ(d.facts[2].value, 90);
  EXPECT_EQ(d.facts[2].unit, "%");
  EXPECT_EQ(d.facts[2].what, "tỷ lệ hộ dân tham gia");
  EXPECT_TRUE(d.facts[2].share);
  EXPECT_EQ(d.facts[3].qualifier, "tăng");
  EXPECT_FALSE(d.facts[3].share);  // a change, not a share of something
}

TEST(ExtractFacts, VagueQuantitiesAndRanges) {
  Document d = run(
      "Lực lượng chức năng xử lý hàng nghìn trường hợp, từ 5 đến 10 vụ mỗi ngày, vài trăm lượt kiểm tra và nhiều vụ "
      "việc khác.");
  // "nhiều" (many) gives no number: not a fact. "vài trăm" does (200-900).
  ASSERT_EQ(d.facts.size(), 3u);
  EXPECT_EQ(d.facts[0].qualifier, "hàng nghìn");
  EXPECT_EQ(d.facts[0].lo, 1000);
  EXPECT_EQ(d.facts[0].what, "trường hợp");
  EXPECT_EQ(d.facts[1].lo, 5);
  EXPECT_EQ(d.facts[1].hi, 10);
  EXPECT_EQ(d.facts[1].unit, "vụ");
  EXPECT_EQ(d.facts[2].qualifier, "vài trăm");
  EXPECT_EQ(d.facts[2].lo, 200);
  EXPECT_EQ(d.facts[2].unit, "lượt");
}

TEST(ExtractFacts, NumberWordsWithCountersAndMoney) {
  Document d = run("Bốn năm sau, anh Ba nộp phạt được 10 triệu, còn hai đứa con ở nhà cách đó gần nửa tỉ đồng.");
  ASSERT_EQ(d.facts.size(), 4u);
  EXPECT_EQ(d.facts[0].value, 4);  // capitalised at the start of the sentence
  EXPECT_EQ(d.facts[0].unit, "năm");
  EXPECT_TRUE(d.dates.empty());    // "năm sau" after a number is a duration, not "next year"
  EXPECT_EQ(d.facts[1].value, 1e7);
  EXPECT_EQ(d.facts[1].unit, "đồng");  // millions with nothing counted are money
  EXPECT_EQ(d.facts[2].value, 2);
  EXPECT_EQ(d.facts[2].unit, "đứa");
  EXPECT_EQ(d.facts[3].value, 5e8);
  EXPECT_EQ(d.facts[3].qualifier, "gần");
}

TEST(ExtractFacts, NotNumbers) {
  // "những năm tháng" is not five months; "có một không hai" is an idiom.
  Document d = run("Những năm tháng ấy là trận đấu có một không hai của anh Ba.");
  EXPECT_TRUE(d.facts.empty());
}

// A number followed by "giờ"/"g" as the last two pieces of the text: the time-of-day check
// looked at the piece after them without a bounds check (the analyze and server fuzzers,
// ASan heap-buffer-overflow).
TEST(ExtractFacts, HoursAtTheEndOfTheText) {
  for (const char* text : {"Thời gian: 94g", "Làm việc 8 giờ", "94 g"}) {
    Document d = run(text);
    for (const Fact& f : d.facts) EXPECT_LE(f.span.end, d.original.size()) << text;
  }
}

TEST(ExtractDates, SplitDatesAndPartsOfTheDay) {
  Document d = run("Chiều 23-3, đoàn xuất phát ngày 24 - 7 - 1962, đến tháng 8 – 2003 và tháng chín.");
  ASSERT_EQ(d.dates.size(), 4u);
  EXPECT_EQ(d.dates[0].iso, "--03-23");
  EXPECT_EQ(d.dates[1].iso, "1962-07-24");
  EXPECT_EQ(d.dates[2].iso, "2003-08");
  EXPECT_EQ(d.dates[3].iso, "--09");
}

TEST(ExtractEntities, LowerCaseHeadsStreetsAndDistricts) {
  Document d = run("Ông Hơn, chủ tịch ubnd thị trấn La Gi, gặp thám tử Khoa ở đường Nguyễn Huệ và miệt Rạch Giá.");
  auto has = [&](EntityLabel label, std::string_view text) {
    for (const Entity& e : d.entities) {
      if (e.outer && e.label == label && d.original_of(e.span) == text) return true;
    }
    return false;
  };
  EXPECT_TRUE(has(EntityLabel::kOrg, "ubnd thị trấn La Gi"));
  EXPECT_TRUE(has(EntityLabel::kPer, "Khoa"));
  EXPECT_TRUE(has(EntityLabel::kLoc, "Nguyễn Huệ"));  // a street, though named after a person
  EXPECT_TRUE(has(EntityLabel::kLoc, "Rạch Giá"));
}

TEST(ExtractEntities, BirthOrderNicknames) {
  Document d = run("Anh em gặp Hai Địa và Mười Thơ ở Ba Vì.");
  std::vector<std::pair<EntityLabel, std::string>> got;
  for (const Entity& e : d.entities) {
    if (e.outer) got.emplace_back(e.label, std::string(d.original_of(e.span)));
  }
  EXPECT_EQ(got, (std::vector<std::pair<EntityLabel, std::string>>{
                     {EntityLabel::kPer, "Hai Địa"}, {EntityLabel::kPer, "Mười Thơ"}, {EntityLabel::kLoc, "Ba Vì"}}));
}

TEST(ExtractEntities, InitialsAndCityOrganisations) {
  Document d = run("Ông H. cúi xuống, rồi ubnd tp HCM họp hôm qua 23-3.");
  std::vector<std::string> per, org;
  for (const Entity& e : d.entities) {
    if (e.outer && e.label == EntityLabel::kPer) per.emplace_back(d.original_of(e.span));
    if (e.outer && e.label == EntityLabel::kOrg) org.emplace_back(d.original_of(e.span));
  }
  EXPECT_EQ(per, std::vector<std::string>{"H."});
  EXPECT_EQ(org, std::vector<std::string>{"ubnd tp HCM"});
  ASSERT_EQ(d.dates.size(), 1u);
  EXPECT_EQ(d.original_of(d.dates[0].span), "hôm qua 23-3");
  EXPECT_EQ(d.dates[0].iso, "--03-23");
}

TEST(ExtractDates, Quarters) {
  Document d = run("Quý 1 - 2004 thu 10 tỉ đồng, quý III năm 2023 thì ít hơn.");
  ASSERT_EQ(d.dates.size(), 2u);
  EXPECT_EQ(d.dates[0].iso, "2004-01");
  EXPECT_EQ(d.dates[0].iso_end, "2004-03");
  EXPECT_EQ(d.dates[1].iso, "2023-07");
  EXPECT_EQ(d.dates[1].iso_end, "2023-09");
}

TEST(ExtractEntities, NaturalFeaturesBridgesAndHarbours) {
  Document d = run("Tàu rời cửa Rạch Gốc, qua cầu Bình Triệu 2 và đảo Cát Bà; họ yêu cầu Nguyễn Văn An trả lời.");
  std::vector<std::string> locs;
  for (const Entity& e : d.entities) {
    if (e.outer && e.label == EntityLabel::kLoc) locs.emplace_back(d.original_of(e.span));
  }
  EXPECT_EQ(locs, (std::vector<std::string>{"Rạch Gốc", "cầu Bình Triệu 2", "đảo Cát Bà"}));
}

TEST(ExtractFacts, NumbersThatAreNotQuantities) {
  Document d = run("Theo Quyết định số 123, ngày 27/12/2023, Điều 5 quy định rõ.");
  EXPECT_TRUE(d.facts.empty());
}

TEST(ExtractFacts, AwardRecipientAndGiver) {
  Document d = run("Anh Nguyễn Văn An được Bộ trưởng Bộ Công an tặng Bằng khen.");
  ASSERT_EQ(d.awards.size(), 1u);
  EXPECT_EQ(d.awards[0].award, "Bằng khen");
  EXPECT_EQ(d.awards[0].recipient, "Anh Nguyễn Văn An");
  EXPECT_EQ(d.awards[0].recipient_person, "Nguyễn Văn An");
  EXPECT_EQ(d.awards[0].giver, "Bộ trưởng Bộ Công an");
}

}  // namespace
}  // namespace vitext

namespace vitext {
namespace {

TEST(ExtractBio, TagsWordsFromOuterEntities) {
  Document d = run("Ông Nguyễn Văn An đến Công an tỉnh Thanh Hóa.");
  // Words as a segmenter would give them, by byte ranges of the text.
  auto word = [&](std::string_view form) {
    size_t at = d.original.find(form);
    Word w;
    w.view = w.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + form.size())};
    d.words.push_back(w);
  };
  for (std::string_view f : {"Ông", "Nguyễn Văn An", "đến", "Công an", "tỉnh", "Thanh Hóa", "."}) word(f);
  auto tags = entity_bio_tags(d);
  EXPECT_EQ(tags, (std::vector<std::string>{"O", "B-PER", "O", "B-ORG", "I-ORG", "I-ORG", "O"}));
}

}  // namespace
}  // namespace vitext

namespace vitext {
namespace {

TEST(ExtractEntities, PlaceWithTheShapeOfAName) {
  Document d = run("Đoàn đến Phan Thiết rồi gặp ông Phan Văn Khải.");
  ASSERT_GE(d.entities.size(), 2u);
  EXPECT_EQ(d.original_of(d.entities[0].span), "Phan Thiết");
  EXPECT_EQ(d.entities[0].label, EntityLabel::kLoc);
  EXPECT_EQ(d.original_of(d.entities[1].span), "Phan Văn Khải");
  EXPECT_EQ(d.entities[1].label, EntityLabel::kPer);
}

}  // namespace
}  // namespace vitext
