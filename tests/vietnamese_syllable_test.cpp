#include "core/vietnamese_syllable.h"

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

}  // namespace
}  // namespace vitext
