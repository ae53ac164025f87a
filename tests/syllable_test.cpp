#include "core/syllable.h"

#include <gtest/gtest.h>

namespace vitext {
namespace {

TEST(VietnameseSyllable, AcceptsWellFormedSyllables) {
  for (const char* s : {"việt", "nam", "nguyễn", "quốc", "giếng", "gì", "gia", "khuya", "thuở", "huỳnh", "tuần",
                        "ngoằn", "nghiêng", "kìa", "oán", "yêu", "uống", "rượu", "xoong", "đường", "thích", "hoá",
                        "hóa", "thủy", "thuỷ", "quý", "quyết", "ạ", "ừ", "khuếch", "a", "ông", "anh", "ếch"})
    EXPECT_TRUE(is_vietnamese_syllable(s)) << s;
}

TEST(VietnameseSyllable, RejectsIllFormedOnes) {
  for (const char* s : {"viêt",  // a stop coda with the level tone
                        "việtt", "ce", "ghà", "ngê", "kà", "qua1", "vi»t", "viöt", "xyz", "th", "ă", "quu",
                        "áà", "đắk", "mạnh'", "ìi"})
    EXPECT_FALSE(is_vietnamese_syllable(s)) << s;
}

TEST(VietnameseSyllable, AnyFormAcceptsCaseAndCombiningMarks) {
  EXPECT_TRUE(is_vietnamese_syllable_any_form("VIỆT"));
  EXPECT_TRUE(is_vietnamese_syllable_any_form("Việt"));
  EXPECT_TRUE(is_vietnamese_syllable_any_form("Vie\u0323\u0302t"));  // NFD
  EXPECT_TRUE(is_vietnamese_syllable_any_form("Viê\u0323t"));        // Windows-1258 style
  EXPECT_FALSE(is_vietnamese_syllable_any_form("Vie\u0323\u0301t")); // two tones
  EXPECT_FALSE(is_vietnamese_syllable_any_form(""));
}

TEST(VietnameseSyllable, SpellingIsTheSameInEveryForm) {
  // One letter code per letter, the tone apart, whatever the case and composition.
  for (const char* form : {"nghiệng", "NGHIỆNG", "nghie\u0323\u0302ng", "nghiê\u0323ng", "nghie\u0302\u0323ng"}) {
    viet::Spelling sp;
    ASSERT_TRUE(viet::spell(form, sp)) << form;
    EXPECT_EQ(sp.view(), "nghiEng") << form;
    EXPECT_EQ(sp.tone, viet::kDot) << form;
    EXPECT_EQ(sp.toned, 4) << form;
  }
  viet::Spelling sp;
  EXPECT_TRUE(viet::spell("Đường", sp));
  EXPECT_EQ(sp.view(), "DUPng");
  EXPECT_EQ(sp.tone, viet::kGrave);
  EXPECT_FALSE(viet::spell("ă\u0302", sp));  // ă takes no circumflex
  EXPECT_FALSE(viet::spell("\u0301a", sp));  // a tone mark on nothing
  EXPECT_FALSE(viet::spell("nghiêngng", sp));  // nine letters
}

TEST(VietnameseSyllable, OnsetAndCoda) {
  EXPECT_EQ(viet::onset_length("nghiEng"), 3);
  EXPECT_EQ(viet::onset_length("giA"), 2);  // gi + vowel: the i belongs to the onset
  EXPECT_EQ(viet::onset_length("gi"), 1);   // gì is g + i
  EXPECT_EQ(viet::onset_length("quy"), 2);
  EXPECT_EQ(viet::onset_length("qa"), -1);
  EXPECT_EQ(viet::onset_length("anh"), 0);
  for (const char* c : {"", "c", "ch", "m", "n", "ng", "nh", "p", "t"}) EXPECT_TRUE(viet::is_coda(c)) << c;
  for (const char* c : {"k", "g", "nk", "ngh", "x"}) EXPECT_FALSE(viet::is_coda(c)) << c;
}

TEST(VietnameseSyllable, CapitalsThatCouldBeASyllableOrAnAcronym) {
  for (const char* w : {"CÔNG", "HÓA", "AN", "NGHIÊNG", "GI", "QUỐC"}) EXPECT_TRUE(could_be_vietnamese_syllable(w)) << w;
  for (const char* w : {"UBND", "ANTT", "HCM", "ThS", "XYZ"}) EXPECT_FALSE(could_be_vietnamese_syllable(w)) << w;
}

}  // namespace
}  // namespace vitext
