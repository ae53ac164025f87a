// JsonWindowWriter: a document written window by window is one JSON object with the
// members of the whole document's JSON; a document that ran whole keeps its bytes.
#include "io/window_json.h"

#include <gtest/gtest.h>

#include <memory>
#include <sstream>
#include <string>

#include "vitext/windows.h"

namespace vitext {
namespace {

std::string report(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) {
    s += "Ngày 5/1/2024, Công an tỉnh Thanh Hóa đã bắt giữ " + std::to_string(i + 3) + " đối tượng.\n";
    s += "Đại tá Nguyễn Văn An, Giám đốc Công an tỉnh, cho biết 40% chỉ tiêu đã hoàn thành.\n\n";
  }
  return s;
}

// The JSON `writer` writes for `text` run in windows of `window_bytes`.
std::string windowed_json(const Pipeline& p, const std::string& text, size_t window_bytes, int indent,
                          const Status& fail_at_end = Status::Ok()) {
  std::ostringstream out;
  JsonWindowWriter writer(out, JsonOptions{}, indent);
  Document doc(text);
  doc.meta.id = "r1";
  WindowOptions wo;
  wo.bytes = window_bytes;
  Status st = run_windowed(
      p, doc,
      [&](const Document& w) {
        writer.add(w);
        return Status::Ok();
      },
      wo);
  EXPECT_TRUE(st.ok()) << st.message();
  writer.finish(doc, fail_at_end);
  return out.str();
}

class WindowJson : public ::testing::Test {
 protected:
  void SetUp() override {
    PipelineOptions o;
    o.until = StageId::kExtract;
    ASSERT_TRUE(Pipeline::create(o, pipeline_).ok());
    text_ = report(30);
    Document whole(text_);
    whole.meta.id = "r1";
    ASSERT_TRUE(pipeline_->run(whole).ok());
    std::ostringstream out;
    write_document_json(out, whole, JsonOptions{}, -1);
    whole_bytes_ = out.str();
    whole_ = nlohmann::json::parse(whole_bytes_);
  }
  std::unique_ptr<Pipeline> pipeline_;
  std::string text_, whole_bytes_;
  nlohmann::json whole_;
};

TEST_F(WindowJson, OneWindowIsTheWholeDocumentsBytes) {
  EXPECT_EQ(windowed_json(*pipeline_, text_, text_.size(), -1), whole_bytes_);
}

TEST_F(WindowJson, ManyWindowsGiveOneObjectWithTheSameMembers) {
  for (int indent : {-1, 2}) {
    const std::string bytes = windowed_json(*pipeline_, text_, 1000, indent);
    EXPECT_EQ(bytes.rfind(indent < 0 ? "{\"id\":\"r1\",\"sentences\":[" : "{\n  \"id\": \"r1\",\n  \"sentences\": [", 0),
              0u);
    const nlohmann::json j = nlohmann::json::parse(bytes);
    ASSERT_EQ(j.size(), whole_.size());
    for (auto it = whole_.begin(); it != whole_.end(); ++it) EXPECT_TRUE(j.contains(it.key())) << it.key();
    EXPECT_EQ(j["sentences"], whole_["sentences"]);
    EXPECT_EQ(j["meta"], whole_["meta"]);
    EXPECT_EQ(j["entities"], whole_["entities"]);
    EXPECT_EQ(j["dates"].size(), whole_["dates"].size());
    EXPECT_EQ(j["errors"], nlohmann::json::array());
  }
}

TEST_F(WindowJson, AFailedWindowClosesTheObjectWithTheError) {
  const nlohmann::json j =
      nlohmann::json::parse(windowed_json(*pipeline_, text_, 1000, -1, Status::InvalidInput("bad byte", 4321)));
  ASSERT_EQ(j["errors"].size(), 1u);
  EXPECT_EQ(j["errors"][0]["error"], "bad byte");
  EXPECT_EQ(j["errors"][0]["offset"], 4321);
}

}  // namespace
}  // namespace vitext
