// The tokenizer's syllable fast path (tokens::syllable_end) against the general scanner
// (match_word), on hand-picked words and on random strings built from the pieces that
// matter: letters of both cases (ASCII, precomposed, đ ơ ư), combining marks, stops, glue
// characters, non-letters with high bytes, stray bytes.
#include "tokens/syllable_scan.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "tokens/word.h"

namespace vitext::tokens {
namespace {

// Whether the fast path is right at i: either it declines (0) or match_word agrees.
::testing::AssertionResult agrees_at(const std::string& text, size_t i) {
  const size_t fast = syllable_end(text, i);
  if (fast == 0) return ::testing::AssertionSuccess();
  const Match general = match_word(text, i);
  if (general.end == fast && general.kind == TokenKind::kSyllable) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "at " << i << " of \"" << text << "\": fast path " << fast
                                       << ", match_word " << general.end << " kind " << static_cast<int>(general.kind);
}

TEST(SyllableScan, FindsCommonSyllablesOfBothCases) {
  const std::string text = "Công tác đảm bảo An ninh, Đảng ủy (năm 2023) ở Hà Nội được giữ vững";
  auto end_of = [&](std::string_view word) { return text.find(word) + word.size(); };
  for (std::string_view w : {"Công", "tác", "đảm", "An", "Đảng", "ủy", "ở", "Hà", "Nội", "được", "giữ"})
    EXPECT_EQ(syllable_end(text, text.find(w)), end_of(w)) << w;
  EXPECT_EQ(syllable_end(text, text.find("ninh")), text.find(","));
  EXPECT_EQ(syllable_end(text, text.find("(")), 0u);     // not a letter
  EXPECT_EQ(syllable_end(text, text.find("2023")), 0u);  // a digit
}

TEST(SyllableScan, LeavesAcronymsCodesAndGluedRunsToTheGeneralPath) {
  const std::string pad = " and some more text after it";
  for (std::string w : {"UBND", "HĐND", "ThS", "TP.HCM", "COVID-19", "F0", "abc.def", "vnexpress.net", "hoá-học",
                        "email@a.vn", "năm“", "ab×", "ĐẢNG", "ĐẢng", "Ơn", "don't", "ĐàNẵng"}) {
    const std::string text = w + pad;
    EXPECT_TRUE(agrees_at(text, 0));
  }
  EXPECT_EQ(syllable_end("UBND and some more text", 0), 0u);
  EXPECT_EQ(syllable_end("aCapital and some more text", 0), 8u);  // starts lower-case: one syllable-like run
  EXPECT_EQ(syllable_end("vững", 0), 0u);                         // the text's end: general path
}

TEST(SyllableScan, AgreesWithTheGeneralScannerOnRandomText) {
  const std::vector<std::string> pieces = {
      "a", "b", "n", "g", "h", "y", "Z", "Q", "T", "\xC3\xA0" /*à*/, "\xC3\xB4" /*ô*/, "\xC3\x97" /*×*/,
      "\xC3\x80" /*À*/, "\xC3\x9F" /*ß*/, "\xC3\xBF" /*ÿ*/, "\xC3\xB7" /*÷*/, "\xC4\x91" /*đ*/, "\xC4\x90" /*Đ*/,
      "\xC4\xA9" /*ĩ*/, "\xC4\x82" /*Ă*/, "\xC4\xB8" /*ĸ*/, "\xC5\xA9" /*ũ*/, "\xC5\xA8" /*Ũ*/, "\xC5\x81" /*Ł*/,
      "\xC6\xB0" /*ư*/, "\xC6\xAF" /*Ư*/, "\xC6\xA1" /*ơ*/, "\xC6\xA0" /*Ơ*/, "\xC7\x85" /*ǅ*/,
      "\xE1\xBA\xA3" /*ả*/, "\xE1\xBB\x87" /*ệ*/, "\xE1\xBA\xA0" /*Ạ*/, "\xE1\xBB\xB8" /*Ỹ*/, "\xE1\xBB\xB9" /*ỹ*/,
      "\xE1\xB8\x81" /*ḁ*/, "\xE1\xBC\x80" /*ἀ*/, "\xE1\xBA\x9E" /*ẞ*/, "\xCC\x81" /*U+0301*/, "\xCD\xB0" /*U+0370*/,
      "\xD0\x90" /*А*/, "\xE2\x80\x9C" /*“*/, "\xE2\x80\x99" /*’*/, "\xE2\x80\xA6" /*…*/, "\xF0\x9F\x98\x80",
      "\x80", "\xC4", "\xE1\xBA", " ", " ", " ", " ", ",", ".", "-", "'", "0", "7", "(", ")", "/", "@", "\n", "\t",
      "\r", "?", "_", ":", "%"};
  std::mt19937 rng(20261125);
  std::string text;
  size_t fast_hits = 0;
  for (int round = 0; round < 6000; ++round) {
    text.clear();
    const int len = static_cast<int>(rng() % 40);
    for (int k = 0; k < len; ++k) text += pieces[rng() % pieces.size()];
    for (size_t i = 0; i < text.size(); ++i) {
      ASSERT_TRUE(agrees_at(text, i));
      fast_hits += syllable_end(text, i) != 0;
      // The inline lower-case lane says exactly what syllable_end says.
      if (text[i] >= 'a' && text[i] <= 'z') {
        ASSERT_EQ(lower_syllable_end(text, i), syllable_end(text, i)) << text;
      }
    }
  }
  EXPECT_GT(fast_hits, 10000u);  // the fast path was taken often enough to mean something
}

}  // namespace
}  // namespace vitext::tokens
