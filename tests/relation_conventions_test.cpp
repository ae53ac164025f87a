#include "relation_conventions.h"

#include <gtest/gtest.h>

#include "hand_treebank.h"

namespace vitext::train {
namespace {

using vitext::testing::parse_conllu;

// "Ông về nhà ở huyện Mê Linh , gần bệnh viện tỉnh của anh trai ." (hand-made)
const char* const kSentence =
    "1\tÔng\t_\tNOUN\tN\t_\t2\tnsubj\t_\t_\n"
    "2\tvề\t_\tVERB\tV\t_\t0\troot\t_\t_\n"
    "3\tnhà\t_\tNOUN\tN\t_\t2\tobj\t_\t_\n"
    "4\tở\t_\tADP\tE\t_\t5\tcase\t_\t_\n"
    "5\thuyện\t_\tNOUN\tN\t_\t3\tnmod\t_\t_\n"
    "6\tMê Linh\t_\tPROPN\tNp\t_\t5\tnmod\t_\t_\n"
    "7\t,\t_\tPUNCT\t,\t_\t8\tpunct\t_\t_\n"
    "8\tgần\t_\tADJ\tA\t_\t2\tparataxis\t_\t_\n"
    "9\tbệnh viện\t_\tNOUN\tN\t_\t8\tobj\t_\t_\n"
    "10\ttỉnh\t_\tNOUN\tN\t_\t9\tnmod\t_\t_\n"
    "11\tcủa\t_\tADP\tE\t_\t12\tcase\t_\t_\n"
    "12\tanh\t_\tNOUN\tN\t_\t10\tnmod\t_\t_\n"
    "13\ttrai\t_\tNOUN\tN\t_\t12\tnmod\t_\t_\n"
    "14\t.\t_\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(RelationConventions, ChildlessNounAfterItsNounHeadBecomesCompound) {
  auto s = parse_conllu(kSentence);
  EXPECT_EQ(relate_noun_compounds(s), 2u);
  EXPECT_EQ(s[0].words[5].deprel, "compound");   // "huyện Mê Linh"
  EXPECT_EQ(s[0].words[12].deprel, "compound");  // "anh trai"
  EXPECT_EQ(s[0].words[4].deprel, "nmod");       // "huyện" is not right after "nhà"
  EXPECT_EQ(s[0].words[9].deprel, "nmod");       // "tỉnh" has a modifier of its own
  EXPECT_EQ(s[0].words[11].deprel, "nmod");      // "anh" follows "của", not its head
}

TEST(RelationConventions, KinshipPronounsStayPossessors) {
  // "nhà anh" (his house): "anh" is a possessor, nmod in dev
  auto s = parse_conllu(
      "1\tnhà\t_\tNOUN\tN\t_\t0\troot\t_\t_\n"
      "2\tanh\t_\tNOUN\tN\t_\t1\tnmod\t_\t_\n\n");
  EXPECT_EQ(relate_noun_compounds(s), 0u);
}

TEST(RelationConventions, ObliqueUnderANounArgumentBecomesNmod) {
  // "Họ bảo vệ quyền lợi trong vùng" / "Nhà ở Huế" (a nominal predicate keeps its obl)
  auto s = parse_conllu(
      "1\tHọ\t_\tPRON\tP\t_\t2\tnsubj\t_\t_\n"
      "2\tbảo vệ\t_\tVERB\tV\t_\t0\troot\t_\t_\n"
      "3\tquyền lợi\t_\tNOUN\tN\t_\t2\tobj\t_\t_\n"
      "4\ttrong\t_\tADP\tE\t_\t5\tcase\t_\t_\n"
      "5\tvùng\t_\tNOUN\tN\t_\t3\tobl\t_\t_\n\n"
      "1\tNhà\t_\tNOUN\tN\t_\t0\troot\t_\t_\n"
      "2\tở\t_\tADP\tE\t_\t3\tcase\t_\t_\n"
      "3\tHuế\t_\tPROPN\tNp\t_\t1\tobl\t_\t_\n\n");
  EXPECT_EQ(relate_noun_obliques(s), 1u);
  EXPECT_EQ(s[0].words[4].deprel, "nmod");
  EXPECT_EQ(s[1].words[2].deprel, "obl");
}

TEST(RelationConventions, AdjectivesAroundNouns) {
  // "Nhiều người ở nhà mới lớn nhất ."
  auto s = parse_conllu(
      "1\tNhiều\t_\tADJ\tA\t_\t2\tamod\t_\t_\n"
      "2\tngười\t_\tNOUN\tN\t_\t3\tnsubj\t_\t_\n"
      "3\tở\t_\tVERB\tV\t_\t0\troot\t_\t_\n"
      "4\tnhà\t_\tNOUN\tN\t_\t3\tobj\t_\t_\n"
      "5\tmới\t_\tADJ\tA\t_\t4\tamod\t_\t_\n"
      "6\tlớn\t_\tADJ\tA\t_\t4\tamod\t_\t_\n"
      "7\tnhất\t_\tADV\tR\t_\t6\tadvmod\t_\t_\n"
      "8\t.\t_\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n");
  auto t = s;
  EXPECT_EQ(relate_quantity_adverbs(s), 1u);
  auto far = parse_conllu(  // "nhiều ngôi nhà": a classifier between
      "1\tnhiều\t_\tADJ\tA\t_\t3\tamod\t_\t_\n"
      "2\tngôi\t_\tNOUN\tN\t_\t3\tclf\t_\t_\n"
      "3\tnhà\t_\tNOUN\tN\t_\t0\troot\t_\t_\n\n");
  EXPECT_EQ(relate_quantity_adverbs(far), 1u);
  EXPECT_EQ(s[0].words[0].deprel, "advmod:adj");  // "nhiều" before its noun
  EXPECT_EQ(s[0].words[4].deprel, "amod");        // "mới" after it stays
  EXPECT_EQ(relate_adjective_clauses(t), 1u);
  EXPECT_EQ(t[0].words[5].deprel, "acl:subj");    // "lớn nhất" has a dependent
  EXPECT_EQ(t[0].words[4].deprel, "amod");
  EXPECT_EQ(t[0].words[0].deprel, "amod");
}

TEST(RelationConventions, AdjectiveAfterAVerbBecomesComplement) {
  // "Anh buộc chặt dây , chạy nhanh hơn ."
  auto s = parse_conllu(
      "1\tAnh\t_\tNOUN\tN\t_\t2\tnsubj\t_\t_\n"
      "2\tbuộc\t_\tVERB\tV\t_\t0\troot\t_\t_\n"
      "3\tchặt\t_\tADJ\tA\t_\t2\tadvmod\t_\t_\n"
      "4\tdây\t_\tNOUN\tN\t_\t2\tobj\t_\t_\n"
      "5\t,\t_\tPUNCT\t,\t_\t6\tpunct\t_\t_\n"
      "6\tchạy\t_\tVERB\tV\t_\t2\tconj\t_\t_\n"
      "7\tnhanh\t_\tADJ\tA\t_\t6\tadvmod\t_\t_\n"
      "8\thơn\t_\tADV\tR\t_\t7\tadvmod\t_\t_\n"
      "9\t.\t_\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  EXPECT_EQ(relate_adjective_complements(s), 1u);
  EXPECT_EQ(s[0].words[2].deprel, "xcomp");
  EXPECT_EQ(s[0].words[6].deprel, "advmod");  // has a dependent of its own
}

TEST(RelationConventions, SubordinatorsAreMarksAndCoordinatorsCc) {
  // "Nếu trời mưa thì anh ở nhà rồi ngủ ." with train's cc on "thì" and mark on "rồi"
  auto s = parse_conllu(
      "1\tNếu\t_\tSCONJ\tC\t_\t3\tmark\t_\t_\n"
      "2\ttrời\t_\tNOUN\tN\t_\t3\tnsubj\t_\t_\n"
      "3\tmưa\t_\tVERB\tV\t_\t6\tadvcl\t_\t_\n"
      "4\tthì\t_\tSCONJ\tC\t_\t6\tcc\t_\t_\n"
      "5\tanh\t_\tNOUN\tN\t_\t6\tnsubj\t_\t_\n"
      "6\tở\t_\tVERB\tV\t_\t0\troot\t_\t_\n"
      "7\tnhà\t_\tNOUN\tN\t_\t6\tobj\t_\t_\n"
      "8\trồi\t_\tSCONJ\tC\t_\t9\tmark\t_\t_\n"
      "9\tngủ\t_\tVERB\tV\t_\t6\tconj\t_\t_\n"
      "10\t.\t_\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n");
  EXPECT_EQ(relate_conjunctions(s), 2u);
  EXPECT_EQ(s[0].words[3].deprel, "mark");
  EXPECT_EQ(s[0].words[7].deprel, "cc");
  EXPECT_EQ(s[0].words[0].deprel, "mark");  // already dev's
}

TEST(RelationConventions, ObjectOfAnAdjectiveBecomesOblique) {
  auto s = parse_conllu(kSentence);
  EXPECT_EQ(relate_adjective_obliques(s), 1u);
  EXPECT_EQ(s[0].words[8].deprel, "obl:adj");  // "gần bệnh viện"
  EXPECT_EQ(s[0].words[2].deprel, "obj");      // a verb's object stays
}

TEST(RelationConventions, SpecSelectsMappings) {
  EXPECT_TRUE(valid_relation_conventions("dev"));
  EXPECT_TRUE(valid_relation_conventions("train"));
  EXPECT_TRUE(valid_relation_conventions("noun-compounds,adjective-obliques"));
  EXPECT_FALSE(valid_relation_conventions("noun-compounds,typo"));
  EXPECT_FALSE(valid_relation_conventions(""));

  std::ostringstream log;
  auto s = parse_conllu(kSentence);
  ASSERT_TRUE(apply_relation_conventions("train", s, log).ok());
  EXPECT_EQ(s[0].words[5].deprel, "nmod");
  ASSERT_TRUE(apply_relation_conventions("adjective-obliques", s, log).ok());
  EXPECT_EQ(s[0].words[8].deprel, "obl:adj");
  EXPECT_EQ(s[0].words[5].deprel, "nmod");
  EXPECT_FALSE(apply_relation_conventions("typo", s, log).ok());
  ASSERT_TRUE(apply_relation_conventions("dev", s, log).ok());  // all of them
  EXPECT_EQ(s[0].words[5].deprel, "compound");
}

}  // namespace
}  // namespace vitext::train
