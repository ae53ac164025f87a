#include "vitext/tokenize.h"

#include <gtest/gtest.h>

#include "text_core_helpers.h"

namespace vitext {
namespace {

using testing::FormKind;
using testing::forms_of;
using testing::plain_document;
using testing::tokens_of;
using V = std::vector<FormKind>;
using S = std::vector<std::string>;

// The kind the tokenizer gives `form` when it stands alone between spaces.
std::string kind_in_context(const std::string& form) {
  for (auto& [f, k] : tokens_of("Ông nói " + form + " xong"))
    if (f == form) return k;
  return "(split: " + ::testing::PrintToString(forms_of("Ông nói " + form + " xong")) + ")";
}

TEST(Tokenize, VietnameseSyllablesAndPunctuation) {
  EXPECT_EQ(tokens_of("Công an tỉnh Thanh Hóa, năm 2023."),
            (V{{"Công", "syllable"}, {"an", "syllable"}, {"tỉnh", "syllable"}, {"Thanh", "syllable"},
               {"Hóa", "syllable"}, {",", "punct"}, {"năm", "syllable"}, {"2023", "number"}, {".", "punct"}}));
  EXPECT_EQ(forms_of("“đột xuất”, “bất ngờ”"), (S{"“", "đột", "xuất", "”", ",", "“", "bất", "ngờ", "”"}));
  EXPECT_EQ(forms_of("Đắk Lắk; Huế!"), (S{"Đắk", "Lắk", ";", "Huế", "!"}));
}

TEST(Tokenize, DecomposedMarksStayInTheSyllable) {
  // "hoà" with a combining grave accent (NFD) is still one syllable.
  EXPECT_EQ(forms_of("ho\xCC\x80" "a bi\xCC\x80nh"), (S{"ho\xCC\x80" "a", "bi\xCC\x80nh"}));
}

TEST(Tokenize, ForeignWordsKeepInnerApostrophes) {
  EXPECT_EQ(tokens_of("don't O’Neil 'Facebook'"),
            (V{{"don't", "syllable"}, {"O’Neil", "syllable"}, {"'", "punct"}, {"Facebook", "syllable"},
               {"'", "punct"}}));
}

TEST(Tokenize, NumbersInVietnameseAndEnglishNotation) {
  for (const char* n : {"1.000.000", "3,5", "1,000", "3.5", "1.000,5", "1,000,000.25", "2023", "0912.345.678"})
    EXPECT_EQ(kind_in_context(n), "number") << n;
  EXPECT_EQ(forms_of("giảm -5 và (-3,5)"), (S{"giảm", "-5", "và", "(", "-3,5", ")"}));
  // A hyphen between numbers is not a sign; "1,2,3" is not one number.
  EXPECT_EQ(forms_of("10-15 người"), (S{"10", "-", "15", "người"}));
  EXPECT_EQ(forms_of("1,2,3"), (S{"1,2", ",", "3"}));
  EXPECT_EQ(forms_of("năm 2023. Tiếp"), (S{"năm", "2023", ".", "Tiếp"}));
}

TEST(Tokenize, Percentages) {
  for (const char* p : {"100%", "3,5%", "99%", "-2%"}) EXPECT_EQ(kind_in_context(p), "percent") << p;
  EXPECT_EQ(tokens_of("40 %"), (V{{"40", "number"}, {"%", "punct"}}));
}

TEST(Tokenize, Dates) {
  for (const char* d : {"27/12", "27/12/2023", "1/8/2014", "12/2023", "2023-12-27", "27-12-2023", "27.12.2023", "23-3"})
    EXPECT_EQ(kind_in_context(d), "date") << d;
  // Not dates: invalid month (a code, below), a range with a one-digit day, a decimal.
  EXPECT_EQ(forms_of("3-4 người"), (S{"3", "-", "4", "người"}));
  EXPECT_EQ(kind_in_context("32/13"), "code");
  EXPECT_EQ(kind_in_context("12.30"), "number");
  EXPECT_EQ(tokens_of("(27/12)."), (V{{"(", "punct"}, {"27/12", "date"}, {")", "punct"}, {".", "punct"}}));
}

TEST(Tokenize, DocumentNumbersAndCodesAreOneToken) {
  for (const char* c : {"64/2017/TT-BCA", "100/2019/NĐ-CP", "01/2017/NĐ-BTNMT", "27/2013/TTLT-BTNMT-BNNPTNT",
                        "58/2016/QĐ-TTg", "111/2015/QH13", "89/2016/QĐ", "12/2014/QH13", "15/2014", "6/45", "1/2/3/4", "1.2.3", "7.0.0", "192.168.1.1"})
    EXPECT_EQ(kind_in_context(c), "code") << c;
  EXPECT_EQ(tokens_of("Nghị định 100/2019/NĐ-CP."),
            (V{{"Nghị", "syllable"}, {"định", "syllable"}, {"100/2019/NĐ-CP", "code"}, {".", "punct"}}));
  // "1.2.3" was "1.2" "." "3"; a trailing full stop still ends the sentence apart.
  EXPECT_EQ(tokens_of("mục 1.2.3."), (V{{"mục", "syllable"}, {"1.2.3", "code"}, {".", "punct"}}));
  // Dates, numbers and fractions that are dates stay what they were; a code needs its
  // capitals ("5/S", "155/2016/" are not codes), and a glued letter undoes it.
  for (const char* d : {"12/2014", "27/12/2023", "1/2", "22.9.2017"}) EXPECT_EQ(kind_in_context(d), "date") << d;
  for (const char* n : {"1.000.000", "3.5", "1.000,5"}) EXPECT_EQ(kind_in_context(n), "number") << n;
  EXPECT_EQ(forms_of("5/S"), (S{"5", "/", "S"}));
  EXPECT_EQ(forms_of("155/2016/ và"), (S{"155/2016", "/", "và"}));
  EXPECT_EQ(forms_of("6/45a"), (S{"6", "/", "45", "a"}));
  // One number before the code: RDRsegmenter cuts it, so PhoBERT saw it cut.
  EXPECT_EQ(forms_of("1234/QĐ-UBND"), (S{"1234", "/", "QĐ", "-", "UBND"}));
}

TEST(Tokenize, UnitsWrittenWithASlashOrADegreeSign) {
  for (const char* u : {"km/h", "m/s", "km/s", "m3/s", "kg/m3", "MB/s", "°C", "°F"})
    EXPECT_EQ(kind_in_context(u), "unit") << u;
  EXPECT_EQ(tokens_of("60 km/h, 30°C"),
            (V{{"60", "number"}, {"km/h", "unit"}, {",", "punct"}, {"30", "number"}, {"°C", "unit"}}));
  // Only units over units: words joined by a slash stay apart.
  EXPECT_EQ(forms_of("đồng/kg và/hoặc T/h"), (S{"đồng", "/", "kg", "và", "/", "hoặc", "T", "/", "h"}));
  EXPECT_EQ(forms_of("km/hx"), (S{"km", "/", "hx"}));
}

TEST(Tokenize, Times) {
  for (const char* t : {"8h30", "8h", "08:30", "14g30", "08h00", "23:59:59"}) EXPECT_EQ(kind_in_context(t), "time") << t;
  EXPECT_EQ(forms_of("8 giờ"), (S{"8", "giờ"}));
  EXPECT_EQ(forms_of("3g"), (S{"3", "g"}));  // grams, not a time
}

TEST(Tokenize, Money) {
  for (const char* m : {"5.000đ", "100USD", "$100", "20€", "1.500.000VNĐ", "50.000₫"})
    EXPECT_EQ(kind_in_context(m), "money") << m;
  // A currency written apart is its own token.
  EXPECT_EQ(tokens_of("100.000 VNĐ"), (V{{"100.000", "number"}, {"VNĐ", "currency"}}));
  EXPECT_EQ(tokens_of("5.000 đ"), (V{{"5.000", "number"}, {"đ", "currency"}}));
  EXPECT_EQ(tokens_of("2 tỷ USD"), (V{{"2", "number"}, {"tỷ", "syllable"}, {"USD", "currency"}}));
  EXPECT_EQ(tokens_of("20 triệu đồng"), (V{{"20", "number"}, {"triệu", "syllable"}, {"đồng", "syllable"}}));
  EXPECT_EQ(tokens_of("đ đá"), (V{{"đ", "syllable"}, {"đá", "syllable"}}));
}

TEST(Tokenize, UrlsAndEmails) {
  EXPECT_EQ(tokens_of("Xem https://congan.thanhhoa.gov.vn/tin-tuc?id=5."),
            (V{{"Xem", "syllable"}, {"https://congan.thanhhoa.gov.vn/tin-tuc?id=5", "url"}, {".", "punct"}}));
  EXPECT_EQ(tokens_of("(www.vnexpress.net)"), (V{{"(", "punct"}, {"www.vnexpress.net", "url"}, {")", "punct"}}));
  EXPECT_EQ(kind_in_context("congan.thanhhoa.gov.vn"), "url");
  EXPECT_EQ(kind_in_context("vnexpress.net/thoi-su"), "url");
  EXPECT_EQ(kind_in_context("24h.com.vn"), "url");
  EXPECT_EQ(tokens_of("gửi ttdt@thanhhoa.gov.vn."),
            (V{{"gửi", "syllable"}, {"ttdt@thanhhoa.gov.vn", "email"}, {".", "punct"}}));
  EXPECT_EQ(kind_in_context("nguyen.van-a@gmail.com"), "email");
  // A missing space after a full stop is not a domain.
  EXPECT_EQ(forms_of("xong.Anh"), (S{"xong", ".", "Anh"}));
  EXPECT_EQ(forms_of("(xem https://a.vn/b_(c))"), (S{"(", "xem", "https://a.vn/b_(c)", ")"}));
}

TEST(Tokenize, UrlsWithVietnameseLetters) {
  EXPECT_EQ(tokens_of("Xem https://vi.wikipedia.org/wiki/Hà_Nội."),
            (V{{"Xem", "syllable"}, {"https://vi.wikipedia.org/wiki/Hà_Nội", "url"}, {".", "punct"}}));
  EXPECT_EQ(kind_in_context("http://báo.vn/tin-tức/an-ninh.html"), "url");
  EXPECT_EQ(kind_in_context("vnexpress.net/thời-sự"), "url");
  EXPECT_EQ(kind_in_context("www.congan.vn/tin-tức"), "url");
  // Typographic quotes, an ellipsis and a no-break space end the address.
  EXPECT_EQ(forms_of("“https://a.vn/tin-tức”"), (S{"“", "https://a.vn/tin-tức", "”"}));
  EXPECT_EQ(forms_of("https://a.vn/tin…"), (S{"https://a.vn/tin", "…"}));
  EXPECT_EQ(forms_of("https://a.vn/x\u00A0tiếp"), (S{"https://a.vn/x", "tiếp"}));
  // A bare name without a scheme stays ASCII: "báo.vn" alone is not taken for a domain.
  EXPECT_EQ(forms_of("báo.vn"), (S{"báo", ".", "vn"}));
}

TEST(Tokenize, HashtagsAndMentions) {
  EXPECT_EQ(tokens_of("#AnNinh #ThanhHóa @congan_th."),
            (V{{"#AnNinh", "hashtag"}, {"#ThanhHóa", "hashtag"}, {"@congan_th", "mention"}, {".", "punct"}}));
  EXPECT_EQ(tokens_of("# 1"), (V{{"#", "punct"}, {"1", "number"}}));
}

TEST(Tokenize, Acronyms) {
  for (const char* a : {"UBND", "ANTT", "HĐND", "TTATXH", "ANQG", "TP.HCM", "Tp.HCM", "COVID-19", "Covid-19", "F0",
                        "U23", "H5N1", "SARS-CoV-2", "ThS", "PGS", "VN", "4G"})
    EXPECT_EQ(kind_in_context(a), "acronym") << a;
  // Capitalised syllables (headlines) are not acronyms.
  for (const char* w : {"CÔNG", "AN", "HÓA", "THANH", "Việt", "NGHỆ"}) EXPECT_EQ(kind_in_context(w), "syllable") << w;
  EXPECT_EQ(forms_of("TP. HCM"), (S{"TP", ".", "HCM"}));
  EXPECT_EQ(forms_of("TP.Hồ Chí Minh"), (S{"TP", ".", "Hồ", "Chí", "Minh"}));
  // RDRsegmenter, too, writes "S & P", "R & D" (all but a football club's "T&T").
  EXPECT_EQ(forms_of("R&D"), (S{"R", "&", "D"}));
}

TEST(Tokenize, Emoji) {
  EXPECT_EQ(tokens_of("Tuyệt😀👍🏽!"), (V{{"Tuyệt", "syllable"}, {"😀", "emoji"}, {"👍🏽", "emoji"}, {"!", "punct"}}));
  EXPECT_EQ(tokens_of("👨‍👩‍👧 🇻🇳 ❤️ 1️⃣"),
            (V{{"👨‍👩‍👧", "emoji"}, {"🇻🇳", "emoji"}, {"❤️", "emoji"}, {"1️⃣", "emoji"}}));
  EXPECT_EQ(tokens_of("© 2023"), (V{{"©", "symbol"}, {"2023", "number"}}));
}

TEST(Tokenize, PunctuationRuns) {
  EXPECT_EQ(forms_of("dự án... Hết…… A -- B?!"), (S{"dự", "án", "...", "Hết", "……", "A", "--", "B", "?", "!"}));
  EXPECT_EQ(tokens_of("a+b=c"), (V{{"a", "syllable"}, {"+", "symbol"}, {"b", "syllable"}, {"=", "symbol"},
                                    {"c", "syllable"}}));
}

TEST(Tokenize, SpaceBeforeAndOffsets) {
  Document doc = plain_document("Xin chào,\n  thế giới!");
  ASSERT_TRUE(tokenize(doc).ok());
  ASSERT_EQ(doc.tokens.size(), 6u);
  std::vector<bool> spaces;
  for (const Token& t : doc.tokens) spaces.push_back(t.space_before);
  EXPECT_EQ(spaces, (std::vector<bool>{false, true, false, true, true, false}));
  EXPECT_EQ(doc.tokens[3].span, (Span{13, 18}));
  EXPECT_EQ(doc.tokens[3].view, (Span{13, 18}));
}

TEST(Tokenize, UnicodeSpacesSeparateAndControlsAreTokens) {
  EXPECT_EQ(forms_of("a\xC2\xA0" "b\xE2\x80\x8B" "c\xE3\x80\x80" "d"), (S{"a", "b", "c", "d"}));
  EXPECT_EQ(tokens_of("a\x01" "b"), (V{{"a", "syllable"}, {"\x01", "other"}, {"b", "syllable"}}));
}

TEST(Tokenize, InvalidUtf8NeverCrashes) {
  // The view should be valid UTF-8, but a bad byte must not break the tiling.
  auto forms = forms_of("a\xFF" "b \xE1\xBA");
  EXPECT_EQ(forms, (S{"a", "\xFF", "b", "\xE1", "\xBA"}));
}

TEST(Tokenize, MapsSpansToTheOriginal) {
  // Original "Hòa Bình" in NFD, view in NFC: the rewritten runs map as a whole.
  Document doc("Ho\xCC\x80" "a Bi\xCC\x80nh");
  doc.text = "H\xC3\xB2" "a B\xC3\xACnh";
  doc.map.append(1, 0, 1, true);   // "H"
  doc.map.append(2, 1, 3, false);  // "ò" <- "o" + U+0300
  doc.map.append(3, 4, 3, true);   // "a B"
  doc.map.append(2, 7, 3, false);  // "ì" <- "i" + U+0300
  doc.map.append(2, 10, 2, true);  // "nh"
  ASSERT_EQ(doc.map.view_size(), doc.text.size());
  ASSERT_TRUE(tokenize(doc).ok());
  ASSERT_EQ(doc.tokens.size(), 2u);
  EXPECT_EQ(doc.tokens[0].view, (Span{0, 4}));
  EXPECT_EQ(doc.tokens[0].span, (Span{0, 5}));
  EXPECT_EQ(doc.tokens[1].view, (Span{5, 10}));
  EXPECT_EQ(doc.tokens[1].span, (Span{6, 12}));
}

TEST(Tokenize, RejectsAMapThatDoesNotFitTheText) {
  Document doc = plain_document("abc");
  doc.map = OffsetMap::Identity(2);
  EXPECT_EQ(tokenize(doc).code(), StatusCode::kInternal);
}

TEST(Tokenize, EmptyAndSpaceOnly) {
  EXPECT_TRUE(tokens_of("").empty());
  EXPECT_TRUE(tokens_of(" \n\t ").empty());
}

TEST(Tokenize, ReusesTheTokenVector) {
  Document doc = plain_document("một hai ba");
  ASSERT_TRUE(tokenize(doc).ok());
  ASSERT_TRUE(tokenize(doc).ok());
  EXPECT_EQ(doc.tokens.size(), 3u);
}

}  // namespace
}  // namespace vitext

namespace vitext {
namespace {

// A reused Document keeps its token storage: a shorter text after a longer one gives
// exactly the tokens a fresh Document would, none of the longer text's left over.
TEST(Tokenize, ReusedDocumentHoldsOnlyTheNewTokens) {
  Document doc = testing::plain_document("Công an tỉnh Thanh Hóa tổng kết công tác năm 2023, đạt 100% chỉ tiêu.");
  ASSERT_TRUE(tokenize(doc).ok());
  const size_t long_count = doc.tokens.size();
  Document fresh = testing::plain_document("Xin chào.");
  ASSERT_TRUE(tokenize(fresh).ok());
  doc.original = fresh.original;
  doc.text = fresh.text;
  doc.map = fresh.map;
  ASSERT_TRUE(tokenize(doc).ok());
  ASSERT_LT(doc.tokens.size(), long_count);
  ASSERT_EQ(doc.tokens.size(), fresh.tokens.size());
  for (size_t k = 0; k < doc.tokens.size(); ++k) {
    EXPECT_EQ(doc.tokens[k].span, fresh.tokens[k].span);
    EXPECT_EQ(doc.tokens[k].view, fresh.tokens[k].view);
    EXPECT_EQ(doc.tokens[k].kind, fresh.tokens[k].kind);
    EXPECT_EQ(doc.tokens[k].space_before, fresh.tokens[k].space_before);
  }
}

}  // namespace
}  // namespace vitext
