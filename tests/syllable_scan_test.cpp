// The tokenizer's vector syllable scan against its byte-at-a-time reference, on random
// strings built from the pieces that matter: letters (ASCII, precomposed, đ ơ ư),
// combining marks, stops, glue characters, non-letters with high bytes, stray bytes.
#include "tokens/syllable_scan.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace vitext::tokens {
namespace {

TEST(SyllableScan, FindsCommonSyllables) {
  std::string text = "công tác đảm bảo an ninh, trật tự (năm 2023) được giữ vững";
  EXPECT_EQ(lower_syllable_end(text, 0), 5u);                  // "công": ô is two bytes
  EXPECT_EQ(lower_syllable_end(text, text.find("đảm")), text.find("đảm") + 6);
  EXPECT_EQ(lower_syllable_end(text, text.find("ninh")), text.find(","));
  EXPECT_EQ(lower_syllable_end(text, text.find("(")), 0u);     // not a letter
  EXPECT_EQ(lower_syllable_end(text, text.find("2023")), 0u);  // a digit
  EXPECT_EQ(lower_syllable_end(text, text.find("vững")), 0u);  // the text's end: general path
}

TEST(SyllableScan, LeavesGluedAndOddRunsToTheGeneralPath) {
  for (std::string text : {"abc.def xxxxxxxxxxxxxxxx", "vnexpress.net xxxxxxxxxxxxxxxx",
                           "hoá-học xxxxxxxxxxxxxxxx", "email@a.vn xxxxxxxxxxxxxxxx",
                           "năm\xE2\x80\x9C xxxxxxxxxxxxxxxx", "ab\xC3\x97 xxxxxxxxxxxxxxxx",
                           "ab\x80 xxxxxxxxxxxxxxxx", "aCapital xxxxxxxxxxxxxxxx"})
    EXPECT_EQ(lower_syllable_end(text, 0), lower_syllable_end_bytewise(text, 0)) << text;
  EXPECT_EQ(lower_syllable_end("abc.def xxxxxxxxxxxxxxxx", 0), 0u);
  EXPECT_EQ(lower_syllable_end("aCapital xxxxxxxxxxxxxxxx", 0), 8u);  // a run of letters that starts lower-case
}

TEST(SyllableScan, VectorScanMatchesTheReferenceOnRandomText) {
  const std::vector<std::string> pieces = {
      "a", "b", "n", "g", "h", "y", "Z", "\xC3\xA0" /*à*/, "\xC3\xB4" /*ô*/, "\xC3\x97" /*×*/, "\xC4\x91" /*đ*/,
      "\xC4\x90" /*Đ*/, "\xC6\xB0" /*ư*/, "\xE1\xBA\xA3" /*ả*/, "\xE1\xBB\x87" /*ệ*/, "\xE1\xBA\xA0" /*Ạ*/,
      "\xC4\xA9" /*ĩ*/, "\xC4\x82" /*Ă*/, "\xC4\xB8" /*ĸ*/, "\xC3\xBF" /*ÿ*/, "\xC3\xB7" /*÷*/,
      "\xC3\x80" /*À*/, "\xE1\xBB\xB8" /*Ỹ*/, "\xE1\xBB\xB9" /*ỹ*/, "\xE1\xB8\x81" /*ḁ*/, "\xE1\xBA\x9F" /*ẟ*/,
      "\xCC\x81" /*U+0301*/, "\xCD\xB0" /*U+0370*/, "\xE2\x80\x9C" /*“*/, "\xE2\x80\xA6" /*…*/, "\xF0\x9F\x98\x80",
      "\x80", "\xC4", "\xE1\xBA", " ", " ", " ", ",", ".", "-", "'", "0", "7", "(", ")", "/", "@", "\n", "\t",
      "\r", "?", "_"};
  std::mt19937 rng(20261125);
  std::string text;
  for (int round = 0; round < 4000; ++round) {
    text.clear();
    const int len = static_cast<int>(rng() % 40);
    for (int k = 0; k < len; ++k) text += pieces[rng() % pieces.size()];
    for (size_t i = 0; i < text.size(); ++i)
      ASSERT_EQ(lower_syllable_end(text, i), lower_syllable_end_bytewise(text, i))
          << "at " << i << " of \"" << text << "\"";
  }
}

}  // namespace
}  // namespace vitext::tokens
