#include "word_conventions.h"

#include <gtest/gtest.h>

#include <sstream>

#include "hand_treebank.h"

namespace vitext::train {
namespace {

using vitext::testing::parse_conllu;

// Every word reaches the root without a cycle, there is one root, and no two arcs cross.
bool projective_tree(const ConlluSentence& s) {
  const int n = static_cast<int>(s.words.size());
  int roots = 0;
  for (int i = 1; i <= n; ++i) {
    int h = s.words[size_t(i - 1)].head, steps = 0;
    if (h == 0) ++roots;
    for (int at = i; at != 0 && steps <= n; ++steps) {
      at = s.words[size_t(at - 1)].head;
      if (at < 0 || at > n) return false;
    }
    if (steps > n) return false;
  }
  for (int a = 1; a <= n; ++a)
    for (int b = 1; b <= n; ++b) {
      const int ha = s.words[size_t(a - 1)].head, hb = s.words[size_t(b - 1)].head;
      if (ha == 0 || hb == 0) continue;
      const int l1 = std::min(a, ha), r1 = std::max(a, ha), l2 = std::min(b, hb), r2 = std::max(b, hb);
      if (l1 < l2 && l2 < r1 && r1 < r2) return false;
    }
  return roots == 1;
}

TEST(WordConventions, SauBeforeItsNounHeadsThePhrase) {
  // "Sau ba năm , anh về ." as train annotates it: "sau" a case marker of "năm"
  auto s = parse_conllu(
      "1\tSau\t_\tADP\tPre\t_\t3\tcase\t_\t_\n"
      "2\tba\t_\tNUM\tM\t_\t3\tnummod\t_\t_\n"
      "3\tnăm\t_\tNOUN\tN\t_\t6\tobl:tmod\t_\t_\n"
      "4\t,\t_\tPUNCT\t,\t_\t6\tpunct\t_\t_\n"
      "5\tanh\t_\tNOUN\tN\t_\t6\tnsubj\t_\t_\n"
      "6\tvề\t_\tVERB\tV\t_\t0\troot\t_\t_\n"
      "7\t.\t_\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n");
  EXPECT_EQ(promote_relational_nouns(s), 1u);
  const auto& w = s[0].words;
  EXPECT_EQ(w[0].upos, "NOUN");
  EXPECT_EQ(w[0].xpos, "N");
  EXPECT_EQ(w[0].head, 6);
  EXPECT_EQ(w[0].deprel, "obl:tmod");
  EXPECT_EQ(w[2].head, 1);  // "năm" hangs on "sau"
  EXPECT_EQ(w[2].deprel, "nmod");
  EXPECT_EQ(w[1].head, 3);  // "ba" still counts "năm"
  EXPECT_TRUE(projective_tree(s[0]));
}

TEST(WordConventions, WordsBeforeThePromotedOneMoveToIt) {
  // "về từ khoảng 70 năm trước": "từ" hung on "năm" before "khoảng"; it moves to "khoảng"
  auto s = parse_conllu(
      "1\tvề\t_\tVERB\tV\t_\t0\troot\t_\t_\n"
      "2\ttừ\t_\tADP\tE\t_\t5\tcase\t_\t_\n"
      "3\tkhoảng\t_\tADJ\tA\t_\t5\tadvmod:adj\t_\t_\n"
      "4\t70\t_\tNUM\tM\t_\t5\tnummod\t_\t_\n"
      "5\tnăm\t_\tNOUN\tN\t_\t1\tobl:tmod\t_\t_\n"
      "6\ttrước\t_\tADJ\tA\t_\t5\tamod\t_\t_\n\n");
  EXPECT_EQ(promote_relational_nouns(s), 1u);
  const auto& w = s[0].words;
  EXPECT_EQ(w[2].upos, "NOUN");
  EXPECT_EQ(w[2].head, 1);
  EXPECT_EQ(w[2].deprel, "obl:tmod");
  EXPECT_EQ(w[1].head, 3);  // "từ" now marks "khoảng"
  EXPECT_EQ(w[4].head, 3);
  EXPECT_EQ(w[4].deprel, "nmod");
  EXPECT_EQ(w[5].head, 5);  // after "năm": stays
  EXPECT_EQ(w[5].upos, "ADJ");  // an ADJ "trước" is left alone (dev keeps it)
  EXPECT_TRUE(projective_tree(s[0]));
}

TEST(WordConventions, SauKhiTakesTheClauseAndKhiBecomesACompound) {
  // "Sau khi vụ việc xảy ra , họ đến ."
  auto s = parse_conllu(
      "1\tSau\t_\tADP\tPre\t_\t2\tcase\t_\t_\n"
      "2\tkhi\t_\tNOUN\tN\t_\t8\tobl:tmod\t_\t_\n"
      "3\tvụ việc\t_\tNOUN\tN\t_\t4\tnsubj\t_\t_\n"
      "4\txảy\t_\tVERB\tV\t_\t2\tacl:tmod\t_\t_\n"
      "5\tra\t_\tVERB\tV\t_\t4\tcompound:dir\t_\t_\n"
      "6\t,\t_\tPUNCT\t,\t_\t2\tpunct\t_\t_\n"
      "7\thọ\t_\tPRON\tP\t_\t8\tnsubj\t_\t_\n"
      "8\tđến\t_\tVERB\tV\t_\t0\troot\t_\t_\n\n");
  EXPECT_EQ(promote_relational_nouns(s), 1u);
  const auto& w = s[0].words;
  EXPECT_EQ(w[0].head, 8);
  EXPECT_EQ(w[1].head, 1);
  EXPECT_EQ(w[1].deprel, "compound");
  EXPECT_EQ(w[3].head, 1);  // the clause hangs on "sau", as in dev
  EXPECT_EQ(w[3].deprel, "acl:tmod");
  EXPECT_EQ(w[5].head, 1);
  EXPECT_TRUE(projective_tree(s[0]));
}

TEST(WordConventions, OtherUsesAreRetaggedOnly) {
  // "Sau đó" with "sau" already the head; "Hôm sau" with an ADJ "sau"; "trước" after its head
  auto s = parse_conllu(
      "1\tSau\t_\tADP\tPre\t_\t3\tobl:tmod\t_\t_\n"
      "2\tđó\t_\tPRON\tP\t_\t1\tdet:pmod\t_\t_\n"
      "3\tđi\t_\tVERB\tV\t_\t0\troot\t_\t_\n\n"
      "1\tHôm\t_\tNOUN\tN\t_\t3\tobl:tmod\t_\t_\n"
      "2\tsau\t_\tADJ\tA\t_\t1\tamod\t_\t_\n"
      "3\tđi\t_\tVERB\tV\t_\t0\troot\t_\t_\n"
      "4\ttrước\t_\tADP\tPre\t_\t3\tcase\t_\t_\n\n");
  EXPECT_EQ(promote_relational_nouns(s), 3u);
  EXPECT_EQ(s[0].words[0].upos, "NOUN");
  EXPECT_EQ(s[0].words[0].head, 3);
  EXPECT_EQ(s[1].words[1].upos, "NOUN");
  EXPECT_EQ(s[1].words[1].deprel, "nmod");
  EXPECT_EQ(s[1].words[3].upos, "NOUN");
  EXPECT_EQ(s[1].words[3].head, 3);
}

TEST(WordConventions, NumeralModifierHangsOnTheNumber) {
  // "hơn 30 năm" and "gần 20 người"; "chỉ" (only) before a number stays on its noun
  auto s = parse_conllu(
      "1\tlàm\t_\tVERB\tV\t_\t0\troot\t_\t_\n"
      "2\thơn\t_\tADV\tR\t_\t4\tadvmod\t_\t_\n"
      "3\t30\t_\tNUM\tM\t_\t4\tnummod\t_\t_\n"
      "4\tnăm\t_\tNOUN\tN\t_\t1\tobl:tmod\t_\t_\n"
      "5\tvới\t_\tADP\tE\t_\t8\tcase\t_\t_\n"
      "6\tgần\t_\tADJ\tA\t_\t8\tadvmod:adj\t_\t_\n"
      "7\t20\t_\tNUM\tM\t_\t8\tnummod\t_\t_\n"
      "8\tngười\t_\tNOUN\tN\t_\t1\tobl\t_\t_\n\n"
      "1\tchỉ\t_\tADV\tR\t_\t3\tadvmod\t_\t_\n"
      "2\t2\t_\tNUM\tM\t_\t3\tnummod\t_\t_\n"
      "3\tngười\t_\tNOUN\tN\t_\t0\troot\t_\t_\n\n");
  EXPECT_EQ(attach_numeral_modifiers(s), 2u);
  EXPECT_EQ(s[0].words[1].head, 3);
  EXPECT_EQ(s[0].words[1].deprel, "advmod:adj");
  EXPECT_EQ(s[0].words[5].head, 7);
  EXPECT_EQ(s[1].words[0].head, 3);
  EXPECT_TRUE(projective_tree(s[0]));
}

TEST(WordConventions, HonIsAnAdjective) {
  auto s = parse_conllu(
      "1\ttốt\t_\tADJ\tA\t_\t0\troot\t_\t_\n"
      "2\thơn\t_\tADV\tAdv\t_\t1\tadvmod\t_\t_\n\n");
  EXPECT_EQ(tag_comparative_hon(s), 1u);
  EXPECT_EQ(s[0].words[1].upos, "ADJ");
  EXPECT_EQ(s[0].words[1].deprel, "advmod:adj");
  EXPECT_EQ(tag_comparative_hon(s), 0u);
}

TEST(WordConventions, AbbreviatedNamesAreProperNouns) {
  auto s = parse_conllu(
      "1\tVN\t_\tNOUN\tNy\t_\t0\troot\t_\t_\n"
      "2\tTP\t_\tNOUN\tNy\t_\t3\tcompound\t_\t_\n"
      "3\tHCM\t_\tNOUN\tNy\t_\t1\tnmod\t_\t_\n"
      "4\tH.\t_\tNOUN\tNy\t_\t1\tnmod\t_\t_\n\n");
  EXPECT_EQ(tag_name_abbreviations(s), 3u);
  EXPECT_EQ(s[0].words[0].upos, "PROPN");
  EXPECT_EQ(s[0].words[0].xpos, "NNPY");
  EXPECT_EQ(s[0].words[1].upos, "NOUN");  // "TP" (city) is a common noun in dev too
  EXPECT_EQ(s[0].words[2].upos, "PROPN");
  EXPECT_EQ(s[0].words[3].upos, "PROPN");
}

TEST(WordConventions, SpecsAndIdempotence) {
  EXPECT_TRUE(valid_word_conventions("dev"));
  EXPECT_TRUE(valid_word_conventions("train"));
  EXPECT_TRUE(valid_word_conventions("comparative-hon,relational-nouns"));
  EXPECT_FALSE(valid_word_conventions("comparative-hon,typo"));
  EXPECT_FALSE(valid_word_conventions(""));
  auto s = parse_conllu(
      "1\tSau\t_\tADP\tPre\t_\t3\tcase\t_\t_\n"
      "2\thơn\t_\tADV\tAdv\t_\t3\tadvmod\t_\t_\n"
      "3\tnăm\t_\tNOUN\tN\t_\t4\tobl:tmod\t_\t_\n"
      "4\tvề\t_\tVERB\tV\t_\t0\troot\t_\t_\n\n");
  const auto before = s;
  std::ostringstream log;
  ASSERT_TRUE(apply_word_conventions("train", s, log).ok());
  EXPECT_EQ(s[0].words[0].upos, before[0].words[0].upos);
  EXPECT_FALSE(apply_word_conventions("typo", s, log).ok());
  ASSERT_TRUE(apply_word_conventions("dev", s, log).ok());
  EXPECT_NE(log.str().find("words, relational-nouns: 1 changed"), std::string::npos) << log.str();
  EXPECT_TRUE(projective_tree(s[0]));
  const auto once = s;
  ASSERT_TRUE(apply_word_conventions("dev", s, log).ok());  // a second pass changes nothing
  for (size_t i = 0; i < s[0].words.size(); ++i) {
    EXPECT_EQ(s[0].words[i].upos, once[0].words[i].upos);
    EXPECT_EQ(s[0].words[i].head, once[0].words[i].head);
    EXPECT_EQ(s[0].words[i].deprel, once[0].words[i].deprel);
  }
}

}  // namespace
}  // namespace vitext::train
