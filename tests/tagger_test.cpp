#include "vitext/tagger.h"

#include <gtest/gtest.h>

#include <sstream>

#include "hand_treebank.h"
#include "tag/word_info.h"
#include "train_tagger.h"

namespace vitext {
namespace {

std::string train_small(uint64_t seed) {
  train::TaggerTrainOptions opt;
  opt.seed = seed;
  opt.epochs = 8;
  std::ostringstream log;
  std::string bytes;
  EXPECT_TRUE(train::train_tagger_model(testing::hand_treebank(), {}, opt, log, bytes).ok());
  return bytes;
}

TEST(WordKey, LowercasesMapsDigitsAndJoinsSyllables) {
  EXPECT_EQ(tag::word_key("Công  An"), "công an");
  EXPECT_EQ(tag::word_key("Năm 2023"), "năm 0000");
  EXPECT_EQ(tag::word_key("ỦY_BAN"), "ủy ban");
  EXPECT_EQ(tag::word_key("LBKT"), "(");
}

TEST(Tagger, LearnsHandWrittenSentences) {
  Tagger tagger;
  ASSERT_TRUE(Tagger::load(train_small(1), tagger).ok());
  auto sents = testing::hand_treebank();
  std::vector<std::string> upos, xpos;
  size_t right = 0, total = 0;
  for (const auto& s : sents) {
    tagger.tag(testing::forms_of(s), upos, xpos);
    ASSERT_EQ(upos.size(), s.words.size());
    for (size_t i = 0; i < upos.size(); ++i) {
      right += upos[i] == s.words[i].upos;
      ++total;
    }
  }
  EXPECT_EQ(right, total);
  // An unseen sentence still gets a tag per word.
  std::vector<std::string_view> unseen = {"Bộ trưởng", "nói", "với", "phóng viên", "."};
  tagger.tag(unseen, upos, xpos);
  ASSERT_EQ(upos.size(), 5u);
  EXPECT_EQ(upos[1], "VERB");
  EXPECT_EQ(upos[4], "PUNCT");
}

TEST(Tagger, TrainingIsDeterministic) {
  EXPECT_EQ(train_small(7), train_small(7));
}

TEST(Tagger, TagsDocumentWordsPerSentence) {
  Tagger tagger;
  ASSERT_TRUE(Tagger::load(train_small(1), tagger).ok());
  Document doc = testing::document_of("Ông Lộc nói rất nhanh.", {"Ông", "Lộc", "nói", "rất", "nhanh", "."});
  ASSERT_EQ(doc.view_of(doc.words[4].view), "nhanh");
  ASSERT_TRUE(tagger.apply(doc).ok());
  EXPECT_EQ(doc.words[2].upos, "VERB");
  EXPECT_EQ(doc.words[5].upos, "PUNCT");
  EXPECT_EQ(doc.words[5].xpos, "PUNCT");
}

TEST(Tagger, EmptyInputAndUnloadedModel) {
  Tagger tagger;
  Document doc("x");
  EXPECT_EQ(tagger.apply(doc).code(), StatusCode::kModelError);
  ASSERT_TRUE(Tagger::load(train_small(1), tagger).ok());
  std::vector<uint16_t> ids;
  tagger.tag_ids({}, ids);
  EXPECT_TRUE(ids.empty());
}

TEST(Tagger, CorruptModelsGiveClearErrors) {
  std::string good = train_small(1);
  Tagger tagger;
  std::string flipped = good;
  flipped[flipped.size() / 2] ^= 0x5A;
  Status s = Tagger::load(flipped, tagger);
  EXPECT_EQ(s.code(), StatusCode::kModelError);
  EXPECT_NE(s.message().find("checksum"), std::string::npos) << s.message();
  EXPECT_EQ(Tagger::load(good.substr(0, good.size() / 3), tagger).code(), StatusCode::kModelError);
  EXPECT_EQ(Tagger::load("", tagger).code(), StatusCode::kModelError);
  EXPECT_EQ(Tagger::load("not a model at all, just text", tagger).code(), StatusCode::kModelError);
  EXPECT_EQ(Tagger::load_file("/nonexistent/tagger.bin", tagger).code(), StatusCode::kIoError);
  EXPECT_FALSE(tagger.loaded());
}

}  // namespace
}  // namespace vitext
