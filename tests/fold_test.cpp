// core/fold.h: the one case and diacritic folding.
#include "core/fold.h"

#include <gtest/gtest.h>

namespace vitext {
namespace {

TEST(Fold, LowerIsTheSimpleOneToOneMapping) {
  EXPECT_EQ(fold::lower(U'A'), U'a');
  EXPECT_EQ(fold::lower(U'Ồ'), U'ồ');
  EXPECT_EQ(fold::lower(U'Đ'), U'đ');
  EXPECT_EQ(fold::lower(U'İ'), U'i');  // not "i" + U+0307
  EXPECT_EQ(fold::lower(U'7'), U'7');
}

TEST(Fold, LetterTakesTheToneOffAndSetsTheModifierApart) {
  const fold::FoldedLetter& o = fold::letter(U'Ồ');
  EXPECT_EQ(o.base, u'o');
  EXPECT_EQ(o.mark, 0x0302);
  EXPECT_EQ(o.tone, viet::kGrave);
  EXPECT_EQ(o.flags & (fold::kLetter | fold::kUpper), fold::kLetter | fold::kUpper);
  const fold::FoldedLetter& a = fold::letter(U'á');
  EXPECT_EQ(a.base, u'a');
  EXPECT_EQ(a.mark, 0);
  EXPECT_EQ(a.tone, viet::kAcute);
  EXPECT_EQ(fold::letter(U'đ').base, u'đ');  // đ has no decomposition: a letter of its own
  EXPECT_EQ(fold::letter(0x0323).flags, fold::kToneMark);
  EXPECT_EQ(fold::letter(0x0323).tone, viet::kDot);
  EXPECT_TRUE(fold::letter(0x0302).flags & fold::kCombining);
  EXPECT_TRUE(fold::letter(U'5').flags & fold::kDigit);
}

TEST(Fold, StripAccentsKeepsCase) {
  EXPECT_EQ(fold::strip_accents(U'Ồ'), U'O');
  EXPECT_EQ(fold::strip_accents(U'ự'), U'u');
  EXPECT_EQ(fold::strip_accents(U'Đ'), U'D');
  EXPECT_EQ(fold::strip_accents(U'ñ'), U'n');
  EXPECT_EQ(fold::strip_accents(0x0301), U'\0');  // a combining mark is dropped
  EXPECT_EQ(fold::strip_accents(U'ά'), U'ά');     // not Latin: left alone
  EXPECT_EQ(fold::strip_accents(U'ø'), U'ø');     // no decomposition
}

}  // namespace
}  // namespace vitext
