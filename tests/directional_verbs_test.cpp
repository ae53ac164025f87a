#include "directional_verbs.h"

#include <gtest/gtest.h>

#include "hand_treebank.h"

namespace vitext::train {
namespace {

using vitext::testing::parse_conllu;

TEST(DirectionalVerbs, ClosedListIgnoresCase) {
  EXPECT_TRUE(is_directional_verb("ra"));
  EXPECT_TRUE(is_directional_verb("Lại"));
  EXPECT_TRUE(is_directional_verb("xuống"));
  EXPECT_FALSE(is_directional_verb("đến"));  // dev keeps it ADV/ADP as often as VERB
  EXPECT_FALSE(is_directional_verb("chạy"));
}

TEST(DirectionalVerbs, SerialAndDirectionalCompoundsBecomeVerbs) {
  // "Nó chạy ra sân ." with "ra" as compound:dir (train's ADV)
  auto s = parse_conllu(
      "1\tNó\t_\tPRON\tP\t_\t2\tnsubj\t_\t_\n"
      "2\tchạy\t_\tVERB\tV\t_\t0\troot\t_\t_\n"
      "3\tra\t_\tADV\tAdv\t_\t2\tcompound:dir\t_\t_\n"
      "4\tsân\t_\tNOUN\tN\t_\t2\tobj\t_\t_\n"
      "5\t.\t_\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  EXPECT_EQ(tag_directional_verbs(s), 1u);
  EXPECT_EQ(s[0].words[2].upos, "VERB");
  EXPECT_EQ(s[0].words[2].xpos, "V");
  EXPECT_EQ(s[0].words[2].deprel, "compound:dir");  // relations are left alone
  EXPECT_EQ(s[0].words[3].upos, "NOUN");
}

TEST(DirectionalVerbs, PostverbalComplementOfTheClosedListBecomesVerb) {
  // "Anh làm lại bài ." : postverbal "lại" as advmod (train's convention)
  auto s = parse_conllu(
      "1\tAnh\t_\tPRON\tP\t_\t2\tnsubj\t_\t_\n"
      "2\tlàm\t_\tVERB\tV\t_\t0\troot\t_\t_\n"
      "3\tlại\t_\tADV\tAdv\t_\t2\tadvmod\t_\t_\n"
      "4\tbài\t_\tNOUN\tN\t_\t2\tobj\t_\t_\n\n");
  EXPECT_EQ(tag_directional_verbs(s), 1u);
  EXPECT_EQ(s[0].words[2].upos, "VERB");
}

TEST(DirectionalVerbs, PreverbalAdverbsAndOtherWordsStay) {
  // "Anh lại đi ngay ." : preverbal "lại" (again) and "ngay" are adverbs in both conventions;
  // "cho đến" keeps its ADP.
  auto s = parse_conllu(
      "1\tAnh\t_\tPRON\tP\t_\t3\tnsubj\t_\t_\n"
      "2\tlại\t_\tADV\tAdv\t_\t3\tadvmod\t_\t_\n"
      "3\tđi\t_\tVERB\tV\t_\t0\troot\t_\t_\n"
      "4\tngay\t_\tADV\tAdv\t_\t3\tadvmod\t_\t_\n"
      "5\tđến\t_\tADP\tPre\t_\t3\tcompound:prt\t_\t_\n"
      "6\t.\t_\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n");
  EXPECT_EQ(tag_directional_verbs(s), 0u);
  EXPECT_EQ(s[0].words[1].upos, "ADV");
  EXPECT_EQ(s[0].words[3].upos, "ADV");
  EXPECT_EQ(s[0].words[4].upos, "ADP");
}

TEST(DirectionalVerbs, NeedsAVerbHead) {
  // "lên" under a noun ("giá lên") is not a verb complement; a broken head is ignored.
  auto s = parse_conllu(
      "1\tgiá\t_\tNOUN\tN\t_\t0\troot\t_\t_\n"
      "2\tlên\t_\tADV\tAdv\t_\t1\tcompound:dir\t_\t_\n"
      "3\tra\t_\tADV\tAdv\t_\t9\tadvmod\t_\t_\n\n");
  EXPECT_EQ(tag_directional_verbs(s), 0u);
  EXPECT_EQ(s[0].words[1].upos, "ADV");
}

TEST(DirectionalVerbs, ComplementOfARetaggedVerbFollows) {
  // "chạy ra lại": "lại" hangs on "ra", which becomes a VERB only through the rule.
  auto s = parse_conllu(
      "1\tchạy\t_\tVERB\tV\t_\t0\troot\t_\t_\n"
      "2\tra\t_\tADV\tAdv\t_\t1\tcompound:dir\t_\t_\n"
      "3\tlại\t_\tADV\tAdv\t_\t2\tadvmod\t_\t_\n\n");
  EXPECT_EQ(directional_use(s[0], 2), DirectionalUse::kNone);  // its head is still ADV
  EXPECT_EQ(tag_directional_verbs(s), 2u);
  EXPECT_EQ(s[0].words[1].upos, "VERB");
  EXPECT_EQ(s[0].words[2].upos, "VERB");
}

TEST(DirectionalVerbs, ParserSideRelatesComplementsOnly) {
  // "Anh làm lại bài rồi chạy ra ." : postverbal "lại" (advmod) becomes compound:dir;
  // "ra" already is compound:dir; tags stay for the parser's side.
  auto s = parse_conllu(
      "1\tAnh\t_\tPRON\tP\t_\t2\tnsubj\t_\t_\n"
      "2\tlàm\t_\tVERB\tV\t_\t0\troot\t_\t_\n"
      "3\tlại\t_\tADV\tAdv\t_\t2\tadvmod\t_\t_\n"
      "4\tbài\t_\tNOUN\tN\t_\t2\tobj\t_\t_\n"
      "5\trồi\t_\tADV\tAdv\t_\t6\tadvmod\t_\t_\n"
      "6\tchạy\t_\tVERB\tV\t_\t2\tconj\t_\t_\n"
      "7\tra\t_\tADV\tAdv\t_\t6\tcompound:dir\t_\t_\n"
      "8\t.\t_\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  EXPECT_EQ(directional_use(s[0], 2), DirectionalUse::kComplement);
  EXPECT_EQ(directional_use(s[0], 4), DirectionalUse::kNone);  // "rồi" is not a verb of motion
  EXPECT_EQ(directional_use(s[0], 6), DirectionalUse::kSerial);
  EXPECT_EQ(relate_directional_complements(s), 1u);
  EXPECT_EQ(s[0].words[2].deprel, "compound:dir");
  EXPECT_EQ(s[0].words[2].upos, "ADV");
  EXPECT_EQ(s[0].words[4].deprel, "advmod");
}

}  // namespace
}  // namespace vitext::train
