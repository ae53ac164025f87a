#include "vitext/conllu.h"

#include <gtest/gtest.h>

#include <sstream>

namespace vitext {
namespace {

TEST(Conllu, ReadsWordsWithSpacesAndComments) {
  std::istringstream in(
      "# sent_id = t-1\n# text = Công an tỉnh Thanh Hoá .\n"
      "1\tCông an\tcông an\tNOUN\tN\t_\t0\troot\t_\t_\n"
      "2\ttỉnh\ttỉnh\tNOUN\tN\t_\t1\tnmod\t_\t_\n"
      "3\tThanh Hoá\tThanh Hoá\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n"
      "4\t.\t.\tPUNCT\tPUNCT\t_\t1\tpunct\t_\t_\n\n");
  std::vector<ConlluSentence> s;
  ASSERT_TRUE(read_conllu(in, s).ok());
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].sent_id, "t-1");
  EXPECT_EQ(s[0].text, "Công an tỉnh Thanh Hoá .");
  ASSERT_EQ(s[0].words.size(), 4u);
  EXPECT_EQ(s[0].words[2].form, "Thanh Hoá");
  EXPECT_EQ(s[0].words[2].head, 2);
  EXPECT_EQ(s[0].words[0].deprel, "root");

  std::ostringstream out;
  write_conllu(out, s[0]);
  std::istringstream again(out.str());
  std::vector<ConlluSentence> s2;
  ASSERT_TRUE(read_conllu(again, s2).ok());
  EXPECT_EQ(s2[0].words[2].form, "Thanh Hoá");
}

TEST(Conllu, ReportsBadLines) {
  std::istringstream in("1\tonly three\tfields\n");
  std::vector<ConlluSentence> s;
  Status st = read_conllu(in, s);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("line 1"), std::string::npos);
}

}  // namespace
}  // namespace vitext
