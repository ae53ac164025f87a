#include "io/document_conllu.h"

#include <gtest/gtest.h>

#include <sstream>

#include "hand_treebank.h"

namespace vitext {
namespace {

TEST(DocumentConllu, WritesOriginalFormsOffsetsAndSpaceAfter) {
  Document doc = testing::document_of("Công an  tỉnh bắt đối tượng.", {"Công an", "tỉnh", "bắt", "đối tượng", "."});
  doc.meta.id = "doc7";
  const char* upos[] = {"NOUN", "NOUN", "VERB", "NOUN", "PUNCT"};
  const int heads[] = {3, 1, 0, 3, 3};
  const char* rels[] = {"nsubj", "nmod", "root", "obj", "punct"};
  for (size_t i = 0; i < 5; ++i) {
    doc.words[i].upos = upos[i];
    doc.words[i].xpos = "X";
    doc.words[i].head = heads[i];
    doc.words[i].deprel = rels[i];
  }
  std::ostringstream out;
  write_document_conllu(out, doc);
  const std::string s = out.str();
  EXPECT_NE(s.find("# sent_id = doc7-1\n"), std::string::npos) << s;
  EXPECT_NE(s.find("# text = Công an tỉnh bắt đối tượng.\n"), std::string::npos) << s;
  EXPECT_NE(s.find("1\tCông an\t_\tNOUN\tX\t_\t3\tnsubj\t_\tTokenRange=0:8\n"), std::string::npos) << s;
  // "đối tượng" is directly followed by "." in the original.
  const std::string doi_tuong = "4\tđối tượng\t_\tNOUN\tX\t_\t3\tobj\t_\tTokenRange=";
  size_t at = s.find(doi_tuong);
  ASSERT_NE(at, std::string::npos) << s;
  EXPECT_NE(s.find("|SpaceAfter=No\n", at), std::string::npos) << s;
  EXPECT_NE(s.find("5\t.\t_\tPUNCT\tX\t_\t3\tpunct\t_\tTokenRange=" + std::to_string(doc.words[4].span.start) + ":" +
                   std::to_string(doc.words[4].span.end) + "\n"),
            std::string::npos)
      << s;
  EXPECT_EQ(s.back(), '\n');
}

TEST(DocumentConllu, UnparsedWordsAndLineBreaksInsideWords) {
  Document doc = testing::document_of("Công\nan", {"Công\nan"});
  std::ostringstream out;
  write_document_conllu(out, doc);
  EXPECT_EQ(out.str(), "# sent_id = 1\n# text = Công an\n1\tCông an\t_\t_\t_\t_\t_\t_\t_\tTokenRange=0:8\n\n");
}

TEST(DocumentConllu, EmptyDocumentWritesNothing) {
  Document doc("");
  std::ostringstream out;
  write_document_conllu(out, doc);
  EXPECT_EQ(out.str(), "");
}

}  // namespace
}  // namespace vitext
