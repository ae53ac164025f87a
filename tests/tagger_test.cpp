#include "vitext/tagger.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "hand_treebank.h"
#include "segment/syllable_key.h"
#include "tag/syllable_classes.h"
#include "tag/tag_features.h"
#include "tag/word_info.h"
#include "train_tagger.h"

namespace vitext {
namespace {

std::string train_small(uint64_t seed, const std::string& bigrams = "none",
                        uint32_t feature_version = tag::kTagFeatureVersion) {
  train::TaggerTrainOptions opt;
  opt.seed = seed;
  opt.feature_version = feature_version;
  opt.epochs = 8;
  opt.bigrams_path = bigrams;
  std::ostringstream log;
  std::string bytes;
  EXPECT_TRUE(train::train_tagger_model(testing::hand_treebank(), {}, opt, log, bytes).ok());
  return bytes;
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

// A model keeps the feature templates it was trained with: the shipped model of the
// previous version must load and tag exactly as before, while new models get the new ones.
TEST(Tagger, ModelsOfOlderFeatureVersionsLoadAndKeepTheirTemplates) {
  for (uint32_t version = tag::kOldestTagFeatureVersion; version <= tag::kTagFeatureVersion; ++version) {
    Tagger tagger;
    ASSERT_TRUE(Tagger::load(train_small(1, "none", version), tagger).ok()) << version;
    EXPECT_EQ(tagger.feature_version(), version);
    std::vector<std::string> upos, xpos;
    tagger.tag(testing::forms_of(testing::hand_treebank()[0]), upos, xpos);
    for (size_t i = 0; i < upos.size(); ++i) EXPECT_EQ(upos[i], testing::hand_treebank()[0].words[i].upos) << version;
  }
  EXPECT_NE(train_small(1, "none", tag::kOldestTagFeatureVersion), train_small(1, "none", tag::kTagFeatureVersion));
  // The newer templates only add features: the older ones are a prefix of them.
  std::vector<tag::WordInfo> words;
  std::vector<std::string_view> forms = {"Ông", "Lộc", "nói", "."};
  tag::describe_words(forms, words);
  for (size_t i = 0; i < words.size(); ++i) {
    std::vector<uint64_t> old_keys, new_keys;
    tag::static_tag_features(words, i, tag::kOldestTagFeatureVersion, old_keys);
    tag::dynamic_tag_features(words, i, 3, 1, old_keys);
    tag::static_tag_features(words, i, tag::kTagFeatureVersion, new_keys);
    tag::dynamic_tag_features(words, i, 3, 1, new_keys);
    EXPECT_GT(new_keys.size(), old_keys.size());
    for (uint64_t k : old_keys) EXPECT_NE(std::find(new_keys.begin(), new_keys.end(), k), new_keys.end());
  }
}

TEST(Tagger, UnknownFeatureVersionsAreRefused) {
  train::TaggerTrainOptions opt;
  opt.feature_version = tag::kOldestTagFeatureVersion - 1;
  std::ostringstream log;
  std::string bytes;
  EXPECT_EQ(train::train_tagger_model(testing::hand_treebank(), {}, opt, log, bytes).code(),
            StatusCode::kInvalidArgument);
  opt.feature_version = tag::kTagFeatureVersion + 1;
  EXPECT_EQ(train::train_tagger_model(testing::hand_treebank(), {}, opt, log, bytes).code(),
            StatusCode::kInvalidArgument);
}

TEST(SyllableClasses, AnnotateFirstAndLastSyllable) {
  const uint64_t nong = segment::fold_syllable("nông").key, truong = segment::fold_syllable("trường").key;
  auto classes = segment::FingerprintMap::build({{nong, 5}, {truong, 3}});
  std::vector<tag::WordInfo> words;
  std::vector<std::string_view> forms = {"Nông trường", "trường", "lâm"};
  tag::describe_words(forms, words);
  tag::annotate_classes(classes, words);
  EXPECT_EQ(words[0].cls_first, 5u);
  EXPECT_EQ(words[0].cls_last, 3u);
  EXPECT_EQ(words[1].cls_first, 3u);
  EXPECT_EQ(words[1].cls_last, 3u);
  EXPECT_EQ(words[2].cls_first, 0u);  // not clustered
}

TEST(SyllableClasses, TrainedFromABigramListAndStoredInTheModel) {
  // A tiny ranked bigram list: the clustering runs and its classes travel in the model.
  const std::string path = ::testing::TempDir() + "tagger_bigrams.txt";
  {
    std::ofstream out(path);
    for (const char* line : {"nông trường", "lâm trường", "công trường", "nông dân", "lâm nghiệp", "nói với",
                             "nói rất", "phóng viên", "bộ trưởng", "rất nhanh"})
      out << line << "\n";
  }
  const std::string bytes = train_small(1, path);
  std::remove(path.c_str());
  EXPECT_NE(bytes, train_small(1));
  Tagger tagger;
  ASSERT_TRUE(Tagger::load(bytes, tagger).ok());
  std::vector<std::string> upos, xpos;
  std::vector<std::string_view> words = {"Bộ trưởng", "nói", "với", "lâm trường", "."};
  tagger.tag(words, upos, xpos);
  EXPECT_EQ(upos[1], "VERB");
  EXPECT_EQ(upos[4], "PUNCT");
  train::TaggerTrainOptions opt;
  opt.bigrams_path = "/nonexistent/bigrams.txt";  // a list asked for must exist
  std::ostringstream log;
  std::string unused;
  EXPECT_FALSE(train::train_tagger_model(testing::hand_treebank(), {}, opt, log, unused).ok());
}

}  // namespace
}  // namespace vitext
