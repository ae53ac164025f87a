// The corpus runner takes a document longer than a window a window at a time: the same
// sentences and quality signals as the whole document, and its filters still apply.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "corpus/quality.h"
#include "corpus/window_record.h"
#include "vitext/corpus.h"
#include "vitext/pipeline.h"
#include "vitext/windows.h"

namespace vitext {
namespace {

class CorpusWindows : public ::testing::Test {
 protected:
  void SetUp() override {
    PipelineOptions po;
    po.until = StageId::kSegment;
    ASSERT_TRUE(Pipeline::create(po, pipeline_).ok());
    for (const auto& s : pipeline_->stages()) stages_.push_back(s.get());
    for (int i = 0; text_.size() < (WindowOptions{}.bytes * 3) / 2; ++i) {
      text_ += "Công an tỉnh Thanh Hóa đã bắt giữ " + std::to_string(i) + " đối tượng. Ông An nói vậy!\n";
      if (i % 7 == 0) text_ += "\n";
    }
    path_ = (std::filesystem::temp_directory_path() / ("vitext_corpus_windows_" + std::to_string(::getpid()))).string();
    std::ofstream(path_, std::ios::binary) << text_;
  }
  void TearDown() override { std::filesystem::remove(path_); }

  std::string run(ProcessOptions o, ProcessSummary& sum) {
    o.stages = stages_;
    CorpusProcessor p(o);
    ReaderOptions ro;
    ro.format = InputFormat::kText;
    std::ostringstream out;
    EXPECT_TRUE(p.run({path_}, ro, out, sum).ok());
    return out.str();
  }

  std::unique_ptr<Pipeline> pipeline_;
  std::vector<const Stage*> stages_;
  std::string text_, path_;
};

TEST_F(CorpusWindows, SameSentencesAndQualityAsTheWholeDocument) {
  Document whole(text_);
  ASSERT_TRUE(runs_in_windows(whole));
  ASSERT_TRUE(pipeline_->run(whole).ok());
  ProcessSummary sum;
  const nlohmann::json j = nlohmann::json::parse(run(ProcessOptions{}, sum));
  EXPECT_EQ(sum.ok, 1u);
  ASSERT_EQ(j["sentences"].size(), whole.sentences.size());
  EXPECT_EQ(j["sentences"].back()["end"], whole.sentences.back().span.end);
  EXPECT_EQ(j["meta"]["quality"], quality_to_json(compute_quality(whole)));
  EXPECT_EQ(j["meta"]["bytes"], text_.size());
}

TEST_F(CorpusWindows, FiltersSeeTheWholeDocumentsQuality) {
  ProcessOptions o;
  o.min_chars = text_.size() * 2;
  ProcessSummary sum;
  const nlohmann::json j = nlohmann::json::parse(run(o, sum));
  EXPECT_EQ(sum.filtered, 1u);
  EXPECT_EQ(j["filtered"], true);
  EXPECT_EQ(j["quality"]["chars"], compute_quality([&] {
                                     Document d(text_);
                                     EXPECT_TRUE(pipeline_->run(d).ok());
                                     return d;
                                   }()).chars);
}

TEST_F(CorpusWindows, TextFormatIsTheWholeDocumentsText) {
  Document whole(text_);
  ASSERT_TRUE(pipeline_->run(whole).ok());
  ProcessOptions o;
  o.format = OutputFormat::kText;
  ProcessSummary sum;
  EXPECT_EQ(run(o, sum), format_document(whole, OutputFormat::kText));
}

}  // namespace
}  // namespace vitext
