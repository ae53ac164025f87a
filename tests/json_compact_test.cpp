// The compact sentence writer gives nlohmann::json's bytes for the same tree.
#include "io/json_compact.h"

#include <gtest/gtest.h>

#include <string>

#include "vitext/pipeline.h"

namespace vitext {
namespace {

std::string tree_dump(const nlohmann::json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

TEST(JsonCompact, StringsEscapeAsNlohmannDoes) {
  const std::string cases[] = {"",
                               "Công an",
                               "say \"hi\" \\ back",
                               std::string("ctl \x01\x1f\b\f\n\r\t del \x7f end"),
                               "bad \xFF byte",
                               "cut \xE1\xBB",
                               "surrogate \xED\xA0\x80 x",
                               "emoji \xF0\x9F\x98\x80"};
  for (const std::string& s : cases) {
    std::string out;
    append_json_string(out, s);
    EXPECT_EQ(out, tree_dump(nlohmann::json(s))) << s;
  }
}

TEST(JsonCompact, SentencesOfAnAnalysedDocument) {
  PipelineOptions o;
  o.until = StageId::kParse;
  std::unique_ptr<Pipeline> p;
  ASSERT_TRUE(Pipeline::create(o, p).ok());
  Document doc(
      "Công an tỉnh Thanh Hóa bắt giữ 5 đối tượng \"nóng\" tại C:\\x ngày 4.1.2017.\n"
      "Dòng\tthứ hai\x01 có byte \xFF lạ… và @user #tag https://x.vn.\n\nĐoạn mới!");
  ASSERT_TRUE(p->run(doc).ok());
  ASSERT_GE(doc.sentences.size(), 3u);
  for (bool tokens : {false, true}) {
    for (bool words : {false, true}) {
      JsonOptions jo;
      jo.tokens = tokens;
      jo.words = words;
      for (const Sentence& s : doc.sentences) {
        std::string out;
        append_sentence_json(out, doc, s, jo);
        EXPECT_EQ(out, tree_dump(sentence_json(doc, s, jo)));
      }
    }
  }
  // Valid UTF-8 input (no check per word), with quotes and a tab to escape.
  Document clean("Ông nói: \"Xong\tròi\" \\ hết.\nDòng hai.");
  ASSERT_TRUE(p->run(clean).ok());
  ASSERT_EQ(clean.decode.invalid_bytes, 0u);
  for (const Sentence& s : clean.sentences) {
    std::string out;
    append_sentence_json(out, clean, s, JsonOptions{});
    EXPECT_EQ(out, tree_dump(sentence_json(clean, s, JsonOptions{})));
  }
  // Words with a head and no label, and with only some fields.
  Document hand = doc;
  hand.words[0].deprel.clear();
  hand.words[1].upos.clear();
  hand.words[1].head = -1;
  hand.words[2].xpos.clear();
  std::string out;
  append_sentence_json(out, hand, hand.sentences[0], JsonOptions{});
  EXPECT_EQ(out, tree_dump(sentence_json(hand, hand.sentences[0], JsonOptions{})));
}

}  // namespace
}  // namespace vitext
