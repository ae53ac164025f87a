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

TEST(DocumentJson, EmptyDocumentStreamsAnEmptySentenceList) {
  Document doc("");
  doc.meta.id = "empty";
  const std::string line = streamed(doc, JsonOptions{});
  EXPECT_EQ(line, dump_json_line(document_to_json(doc)));
  EXPECT_NE(line.find("\"sentences\":[]"), std::string::npos);
}

}  // namespace
}  // namespace vitext
