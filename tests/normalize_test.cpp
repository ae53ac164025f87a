// One test per normalisation rule, with Vietnamese examples.
#include "vitext/normalize.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace vitext {
namespace {

std::string norm(std::string_view s, ToneStyle tone = ToneStyle::kNew) {
  NormalizeOptions o;
  o.tone = tone;
  return normalize_text(s, o);
}
std::string old_style(std::string_view s) { return norm(s, ToneStyle::kOld); }

TEST(NormalizeTone, NewStyleMovesMarkToFirstVowelOfOpenOaOeUy) {
  EXPECT_EQ(norm("Thanh Hoá"), "Thanh Hóa");
  EXPECT_EQ(norm("hoà bình"), "hòa bình");
  EXPECT_EQ(norm("sức khoẻ"), "sức khỏe");
  EXPECT_EQ(norm("thuỷ điện"), "thủy điện");
  EXPECT_EQ(norm("tuỳ"), "tùy");
  EXPECT_EQ(norm("oạ"), "ọa");
  EXPECT_EQ(norm("loè"), "lòe");
  EXPECT_EQ(norm("Uỷ ban"), "Ủy ban");
}

TEST(NormalizeTone, OldStyleMovesMarkToSecondVowelOfOpenOaOeUy) {
  EXPECT_EQ(old_style("Thanh Hóa"), "Thanh Hoá");
  EXPECT_EQ(old_style("hòa"), "hoà");
  EXPECT_EQ(old_style("khỏe"), "khoẻ");
  EXPECT_EQ(old_style("thủy"), "thuỷ");
  EXPECT_EQ(old_style("ùy"), "uỳ");
  EXPECT_EQ(old_style("ọa"), "oạ");
  EXPECT_EQ(old_style("òe"), "oè");
}

TEST(NormalizeTone, KeepMovesNothing) {
  EXPECT_EQ(norm("hoá hòa qúy", ToneStyle::kKeep), "hoá hòa qúy");
}

TEST(NormalizeTone, SyllablesWithAFinalConsonantAgreeInBothStyles) {
  for (ToneStyle style : {ToneStyle::kNew, ToneStyle::kOld}) {
    EXPECT_EQ(norm("hoàng toán khuyến thuận huỳnh", style), "hoàng toán khuyến thuận huỳnh");
    EXPECT_EQ(norm("hòang", style), "hoàng");  // misplaced: a consonant ends it
    EXPECT_EQ(norm("Nguyễn", style), "Nguyễn");
  }
}

TEST(NormalizeTone, QuAndGiOnsetsNeverCarryTheMark) {
  for (ToneStyle style : {ToneStyle::kNew, ToneStyle::kOld}) {
    EXPECT_EQ(norm("quý", style), "quý");
    EXPECT_EQ(norm("qúy", style), "quý");
    EXPECT_EQ(norm("qủa", style), "quả");
    EXPECT_EQ(norm("gía", style), "giá");
    EXPECT_EQ(norm("gìa", style), "già");
    EXPECT_EQ(norm("gì", style), "gì");  // here i is the vowel
    EXPECT_EQ(norm("giữa quyển", style), "giữa quyển");
  }
}

TEST(NormalizeTone, OtherRhymesAreFixedByTheSpelling) {
  for (ToneStyle style : {ToneStyle::kNew, ToneStyle::kOld}) {
    EXPECT_EQ(norm("mùa mía mưa người tuổi rượu khuỷu ngoài xoáy thuở", style),
              "mùa mía mưa người tuổi rượu khuỷu ngoài xoáy thuở");
  }
}

TEST(NormalizeTone, CaseIsKeptPerLetter) {
  EXPECT_EQ(norm("THANH HOÁ"), "THANH HÓA");
  EXPECT_EQ(old_style("HÒA"), "HOÀ");
  EXPECT_EQ(norm("HOá"), "HÓa");
}

TEST(NormalizeTone, ForeignWordsAreLeftAlone) {
  EXPECT_EQ(norm("José café résumé Hyundai"), "José café résumé Hyundai");
  EXPECT_EQ(norm("fiancé naïve"), "fiancé naïve");
}

TEST(NormalizeNfc, DecomposedVietnameseIsComposed) {
  // "Việt Nam" with ê + dot below written as combining marks.
  EXPECT_EQ(norm("Vie\u0323\u0302t Nam"), "Việt Nam");
  EXPECT_EQ(norm("Vie\u0302\u0323t Nam"), "Việt Nam");
  // Tone mark before the circumflex: plain NFC would leave "ó" + U+0302.
  EXPECT_EQ(norm("to\u0301\u0302t"), "tốt");
  EXPECT_EQ(norm("to\u0302\u0301t"), "tốt");
  EXPECT_EQ(norm("\u01A1\u0300"), "ờ");
  EXPECT_EQ(norm("u\u031B\u0303"), "ữ");
  EXPECT_EQ(norm("a\u0306\u0309"), "ẳ");
  // NFD old-style input ends up precomposed and new-style.
  EXPECT_EQ(norm("Thanh Hoa\u0301"), "Thanh Hóa");
  EXPECT_EQ(norm("HOA\u0300"), "HÒA");
}

TEST(NormalizeNfc, OtherScriptsUseStandardComposition) {
  EXPECT_EQ(norm("n\u0303"), "ñ");
  EXPECT_EQ(norm("\u212B"), "\u00C5");  // ANGSTROM SIGN -> Å
  EXPECT_EQ(norm("=\u0338"), "\u2260");  // = + combining long solidus -> ≠
}

TEST(NormalizeInvisible, ZeroWidthAndControlsAreDropped) {
  EXPECT_EQ(norm("Hà\u200BNội"), "HàNội");
  EXPECT_EQ(norm("\uFEFFXin chào"), "Xin chào");
  EXPECT_EQ(norm("Thanh Ho\u00ADá"), "Thanh Hóa");  // soft hyphen inside the syllable
  EXPECT_EQ(norm("a\x01" "b\x7F" "c\u0080d"), "abcd");
  EXPECT_EQ(norm("tab\tand\nline"), "tab\tand\nline");
}

TEST(NormalizeInvisible, ZwjIsKeptBetweenEmoji) {
  std::string family = "\U0001F468\u200D\U0001F469\u200D\U0001F467";
  EXPECT_EQ(norm(family), family);
  std::string coder = "\U0001F469\U0001F3FD\u200D\U0001F4BB";
  EXPECT_EQ(norm(coder), coder);
  EXPECT_EQ(norm("a\u200Db"), "ab");
}

TEST(NormalizeInvisible, KeepInvisibleOption) {
  NormalizeOptions o;
  o.drop_invisible = false;
  EXPECT_EQ(normalize_text("Hà\u200BNội", o), "Hà\u200BNội");
}

TEST(NormalizeLineEnds, CrLfAndLoneCrBecomeLf) {
  EXPECT_EQ(norm("một\r\nhai\rba"), "một\nhai\nba");
  EXPECT_EQ(norm("trang 1\fTrang 2\u2028x"), "trang 1\nTrang 2\nx");
}

TEST(NormalizeSpaces, OddSpacesBecomeAsciiSpace) {
  EXPECT_EQ(norm("100\u00A0km"), "100 km");
  EXPECT_EQ(norm("a\u2002b\u2009c\u202Fd\u205Fe\u3000f"), "a b c d e f");
  NormalizeOptions o;
  o.unify_spaces = false;
  EXPECT_EQ(normalize_text("100\u00A0km", o), "100\u00A0km");
}

TEST(NormalizeLookalikes, FullwidthAsciiBecomesAscii) {
  EXPECT_EQ(norm("ＵＢＮＤ １２３！"), "UBND 123!");
}

TEST(NormalizeLookalikes, CyrillicInsideLatinWordBecomesLatin) {
  EXPECT_EQ(norm("H\u0430 N\u1ED9\u0456"), "Ha Nội");  // Cyrillic а and і
  EXPECT_EQ(norm("C\u043Eng an"), "Cong an");
  EXPECT_EQ(norm("Москва"), "Москва");  // a real Russian word stays
  EXPECT_EQ(norm("\u0391\u03B8\u03AE\u03BD\u03B1"), "\u0391\u03B8\u03AE\u03BD\u03B1");  // Αθήνα
}

// A fullwidth letter is a Latin letter for the lookalike rule, so one pass folds the whole
// word and a second pass changes nothing (the normalize fuzzer found "ТＣ" -> "ТC" -> "TC").
TEST(NormalizeLookalikes, FullwidthLetterCountsAsLatinForCyrillicLookalikes) {
  EXPECT_EQ(norm("\u0422\uFF23123"), "TC123");  // Cyrillic Т, fullwidth Ｃ
  EXPECT_EQ(norm(norm("\u0422\uFF23123")), norm("\u0422\uFF23123"));
  EXPECT_EQ(norm("\u0422\uFF11"), "\u04221");  // a fullwidth digit is not a letter: Т stays
}

// A dropped control or zero-width character between two combining marks joins them: the
// marks on both sides are put in canonical order in the same pass, so that a second pass
// changes nothing (the normalize fuzzer found U+0302 U+0016 U+0302 U+1AB5 after U+FFFD).
TEST(NormalizeInvisibles, MarksAroundADroppedCharacterAreOrderedTogether) {
  const std::string once = norm("\uFFFD\u0302\u0016\u0302\u1AB5 x");
  EXPECT_EQ(once, "\uFFFD\u1AB5\u0302\u0302 x");  // U+1AB5 (class 220) before U+0302 (230)
  EXPECT_EQ(norm(once), once);
  EXPECT_EQ(norm("1\u0302\u200B\u0323"), "1\u0323\u0302");  // a zero-width space, after a digit
  NormalizeOptions keep;
  keep.drop_invisible = false;  // kept, the control character separates the two sequences
  EXPECT_EQ(normalize_text("\uFFFD\u0302\u0016\u0302\u1AB5", keep), "\uFFFD\u0302\u0016\u1AB5\u0302");
}

TEST(NormalizeLookalikes, HyphenVariantsBecomeHyphenMinus) {
  EXPECT_EQ(norm("COVID\u201019 Covid\u201119"), "COVID-19 Covid-19");
  EXPECT_EQ(norm("“đột xuất”"), "“đột xuất”");  // typographic quotes stay
}

TEST(RemoveDiacritics, FoldsVietnameseAndOtherLatin) {
  EXPECT_EQ(remove_diacritics("Hồ Chí Minh"), "Ho Chi Minh");
  EXPECT_EQ(remove_diacritics("Đà Nẵng, đường Trường Sơn"), "Da Nang, duong Truong Son");
  EXPECT_EQ(remove_diacritics("ỦY BAN NHÂN DÂN"), "UY BAN NHAN DAN");
  EXPECT_EQ(remove_diacritics("café naïve"), "cafe naive");
  EXPECT_EQ(remove_diacritics("e\u0301"), "e");
  EXPECT_EQ(remove_diacritics("日本 😀"), "日本 😀");
}

TEST(NormalizeDocument, ViewAndMapPointBackAtOriginal) {
  Document doc(std::string("Thanh Hoa\u0301\u00A0\u200Bnăm 2023"));
  ASSERT_TRUE(normalize(doc).ok());
  EXPECT_EQ(doc.text, "Thanh Hóa năm 2023");
  EXPECT_EQ(doc.decode.dropped_chars, 1u);
  // "Hóa" maps to the decomposed original bytes.
  Span hoa{6, 6 + static_cast<uint32_t>(std::string("Hóa").size())};
  EXPECT_EQ(doc.original_of(doc.map.to_original(hoa)), "Hoa\u0301");
  Span nam{static_cast<uint32_t>(doc.text.find("năm")), static_cast<uint32_t>(doc.text.find(" 2023"))};
  EXPECT_EQ(doc.original_of(doc.map.to_original(nam)), "năm");
}

TEST(NormalizeDocument, UnchangedTextKeepsAnIdentityMap) {
  Document doc(std::string("Xin chào Việt Nam"));
  ASSERT_TRUE(normalize(doc).ok());
  EXPECT_EQ(doc.text, doc.original);
  EXPECT_TRUE(doc.map.is_identity());
}

TEST(NormalizeDocument, InvalidUtf8WithoutDecodeIsAnError) {
  Document doc(std::string("ab\xFFz"));
  Status s = normalize(doc);
  EXPECT_EQ(s.code(), StatusCode::kInvalidInput);
  EXPECT_EQ(s.offset(), 2);
}

TEST(NormalizeDocument, ComposesWithAnEarlierMap) {
  Document doc(std::string("xHoa\u0301"));
  doc.text = "Hoa\u0301";  // as if a stage before had dropped the "x"
  doc.map.append(0, 0, 1, false);
  doc.map.append(static_cast<uint32_t>(doc.text.size()), 1, static_cast<uint32_t>(doc.text.size()), true);
  ASSERT_TRUE(normalize(doc).ok());
  EXPECT_EQ(doc.text, "Hóa");
  EXPECT_EQ(doc.map.to_original(Span{0, static_cast<uint32_t>(doc.text.size())}),
            (Span{1, static_cast<uint32_t>(doc.original.size())}));
}

TEST(RemoveDiacritics, DocumentVariantKeepsTheMap) {
  Document doc(std::string("Thanh Hoá"));
  ASSERT_TRUE(normalize(doc).ok());
  ASSERT_TRUE(remove_diacritics(doc).ok());
  EXPECT_EQ(doc.text, "Thanh Hoa");
  EXPECT_EQ(doc.original_of(doc.map.to_original(Span{6, 9})), "Hoá");
}

TEST(NormalizeStage, AppliesItsOptions) {
  NormalizeOptions options;
  options.tone = ToneStyle::kOld;
  const NormalizeStage stage(options);
  Document doc(std::string("Thanh Hóa"));
  ASSERT_TRUE(stage.apply(doc).ok());
  EXPECT_EQ(doc.text, "Thanh Hoá");
  EXPECT_EQ(stage.name(), "normalize");
}

TEST(ToneStyleName, ParsesTheThreeNames) {
  ToneStyle s;
  ASSERT_TRUE(parse_tone_style("old", &s));
  EXPECT_EQ(s, ToneStyle::kOld);
  ASSERT_TRUE(parse_tone_style("keep", &s));
  EXPECT_EQ(s, ToneStyle::kKeep);
  EXPECT_FALSE(parse_tone_style("newer", &s));
}

}  // namespace
}  // namespace vitext

namespace vitext {
namespace {

// Long texts go through the normaliser's 16-byte vector scan, which passes over toned
// vowels with no vowel beside them; words shorter than 16 bytes alone go byte by byte.
// Normalisation is local to a word here (letters and spaces only), so the whole text must
// normalise to its words normalised one by one, in every tone style.
TEST(NormalizeTone, VectorScanAgreesWithWordByWordNormalisation) {
  const std::vector<std::string> letters = {
      "a", "e", "i", "o", "u", "y", "A", "O", "U", "Y", "n", "h", "g", "t", "c", "m", "q", "k", "r", "x",
      "\xC4\x91" /*đ*/, "\xC4\x90" /*Đ*/, "\xC3\xA0" /*à*/, "\xC3\xA1" /*á*/, "\xC3\xB2" /*ò*/, "\xC3\xBA" /*ú*/,
      "\xC3\xAC" /*ì*/, "\xC3\x89" /*É*/, "\xC3\xB4" /*ô*/, "\xC6\xA1" /*ơ*/, "\xC6\xB0" /*ư*/, "\xC4\x83" /*ă*/,
      "\xC5\xA9" /*ũ*/, "\xC4\xA9" /*ĩ*/, "\xE1\xBA\xA3" /*ả*/, "\xE1\xBB\x8F" /*ỏ*/, "\xE1\xBB\xB3" /*ỳ*/,
      "\xE1\xBB\xB7" /*ỷ*/, "\xE1\xBB\xA9" /*ứ*/, "\xE1\xBB\xAB" /*ừ*/, "\xE1\xBA\xB9" /*ẹ*/, "\xE1\xBB\x87" /*ệ*/,
      "\xE1\xBB\xA3" /*ợ*/, "\xE1\xBA\xA0" /*Ạ*/};
  std::mt19937 rng(11);
  for (ToneStyle tone : {ToneStyle::kNew, ToneStyle::kOld, ToneStyle::kKeep}) {
    for (int round = 0; round < 300; ++round) {
      std::string text, expected;
      const int words = 1 + static_cast<int>(rng() % 30);
      for (int w = 0; w < words; ++w) {
        std::string word;
        const int len = 1 + static_cast<int>(rng() % 5);
        for (int k = 0; k < len; ++k) word += letters[rng() % letters.size()];
        if (w) {
          text += ' ';
          expected += ' ';
        }
        text += word;
        expected += norm(word, tone);
      }
      ASSERT_EQ(norm(text, tone), expected) << text;
    }
  }
}

}  // namespace
}  // namespace vitext
