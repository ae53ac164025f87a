#include "io/document_json.h"

#include <gtest/gtest.h>

#include <memory>
#include <sstream>
#include <string>

#include "vitext/pipeline.h"

namespace vitext {
namespace {

std::string streamed(const Document& doc, const JsonOptions& options) {
  std::ostringstream out;
  write_document_json_line(out, doc, options);
  return out.str();
}

TEST(DocumentJson, StreamedLineEqualsTheWholeTree) {
  std::unique_ptr<Pipeline> pipeline;
  ASSERT_TRUE(Pipeline::create(PipelineOptions{}, pipeline).ok());
  Document doc(
      "Ngày 27/12, Đại tá Nguyễn Hữu Mạnh, Phó Giám đốc Công an tỉnh Thanh Hóa, cho biết đã hoàn thành "
      "100% chỉ tiêu.\n\nTrên 50 văn bản được ban hành; 162 lượt tập thể, cá nhân được khen thưởng.");
  doc.meta.id = "doc-1";
  doc.meta.date = "2023-12-28";
  ASSERT_TRUE(pipeline->run(doc).ok());
  ASSERT_GE(doc.sentences.size(), 2u);
  for (bool tokens : {false, true}) {
    JsonOptions options;
    options.tokens = tokens;
    const std::string line = streamed(doc, options);
    EXPECT_EQ(line, dump_json_line(document_to_json(doc, options)));
    EXPECT_EQ(line.find('\n'), std::string::npos);
  }
}

// The extraction layers are streamed an item at a time like the sentences. Their bytes must
// be what the tree gave before (nlohmann::json's sorted keys, its number format): parsing
// the line and writing the tree back gives the line itself.
TEST(DocumentJson, StreamedExtractionLayersAreTheTreesBytes) {
  std::unique_ptr<Pipeline> pipeline;
  ASSERT_TRUE(Pipeline::create(PipelineOptions{}, pipeline).ok());
  const char* texts[] = {
      "Đại tá Lê Văn Tuyến, Giám đốc Công an tỉnh Thanh Hóa, được Bộ trưởng Bộ Công an tặng Bằng khen. "
      "UBND tỉnh khen thưởng 162 lượt tập thể, cá nhân.",
      "Sáng nay, hàng trăm đối tượng bị bắt giữ; từ 5 đến 10 vụ án được khởi tố vào Tết Nguyên đán năm 2024.",
      "Ngày 27/12/2023, TP.HCM đạt 3,5% tăng trưởng, khoảng 1.000.000 đồng mỗi người.",
      "Không có gì ở đây.",
  };
  int with_facts = 0;
  for (const char* text : texts) {
    Document doc(text);
    doc.meta.id = "tay-viet";
    doc.meta.date = "2023-12-28";
    ASSERT_TRUE(pipeline->run(doc).ok());
    with_facts += !doc.facts.empty();
    const std::string line = streamed(doc, JsonOptions{});
    EXPECT_EQ(line, dump_json_line(nlohmann::json::parse(line))) << text;
    EXPECT_EQ(line, dump_json_line(document_to_json(doc))) << text;
    std::ostringstream pretty;
    write_document_json(pretty, doc, JsonOptions{}, 2);
    EXPECT_EQ(pretty.str(), document_to_json(doc).dump(2)) << text;
    const nlohmann::json parsed = nlohmann::json::parse(line);
    EXPECT_EQ(parsed.value("entities", nlohmann::json::array()).size(), doc.entities.size());
    EXPECT_EQ(parsed.value("facts", nlohmann::json::array()).size(), doc.facts.size());
    EXPECT_EQ(parsed.value("dates", nlohmann::json::array()).size(), doc.dates.size());
    EXPECT_EQ(parsed.value("people", nlohmann::json::array()).size(), doc.people.size());
    EXPECT_EQ(parsed.value("awards", nlohmann::json::array()).size(), doc.awards.size());
  }
  EXPECT_GE(with_facts, 2);
}

TEST(DocumentJson, EmptyDocumentStreamsAnEmptySentenceList) {
  Document doc("");
  doc.meta.id = "empty";
  const std::string line = streamed(doc, JsonOptions{});
  EXPECT_EQ(line, dump_json_line(document_to_json(doc)));
  EXPECT_NE(line.find("\"sentences\":[]"), std::string::npos);
}

}  // namespace
}  // namespace vitext

namespace vitext {
namespace {

// Sentences are written without a tree (JsonLayer::append_line): every escape nlohmann makes
// (quotes, backslashes, control characters) and its replacement of ill-formed UTF-8 must come
// out the same, with and without tokens, before and after tagging and parsing.
TEST(DocumentJson, SentencesWrittenWithoutATreeAreTheTreesBytes) {
  const std::string texts[] = {
      "Ông \"Ba\" nói: a\\b\tc\x01\x1f\x7f đi.\r\nHà Nội \xC3\x28 và \xFF\xFE mùa thu \xE1\xBA.",
      "Công an tỉnh Thanh Hóa.\f\bHết \xF0\x9F\x98\x80 🙂.",
      "",
  };
  for (StageId until : {StageId::kSentences, StageId::kSegment, StageId::kParse}) {
    PipelineOptions po;
    po.until = until;
    po.from = InputEncoding::kUtf8;  // the ill-formed bytes stay in the output's original text
    std::unique_ptr<Pipeline> pipeline;
    ASSERT_TRUE(Pipeline::create(po, pipeline).ok());
    for (const std::string& text : texts) {
      Document doc(text);
      doc.meta.id = "q\"uote";
      ASSERT_TRUE(pipeline->run(doc).ok());
      for (bool tokens : {false, true}) {
        JsonOptions options;
        options.tokens = tokens;
        EXPECT_EQ(streamed(doc, options), dump_json_line(document_to_json(doc, options))) << text;
      }
    }
  }
}

}  // namespace
}  // namespace vitext
