// Each stage declares the stages whose layers it reads; a pipeline asked for some stages
// (`only`) runs them and what they read, in order, and nothing else.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "vitext/pipeline.h"

namespace vitext {
namespace {

using S = StageId;

std::vector<std::string> names(const Pipeline& p) {
  std::vector<std::string> out;
  for (const auto& s : p.stages()) out.emplace_back(s->name());
  return out;
}

TEST(PipelineStages, ExtractionReadsTokensAndSentencesOnly) {
  EXPECT_EQ(Pipeline::stage_reads(S::kExtract), (std::vector<StageId>{S::kTokenize, S::kSentences}));
  PipelineOptions o;
  o.only = {S::kExtract};
  EXPECT_EQ(Pipeline::planned_stages(o),
            (std::vector<StageId>{S::kDecode, S::kNormalize, S::kTokenize, S::kSentences, S::kExtract}));
  std::unique_ptr<Pipeline> p;
  ASSERT_TRUE(Pipeline::create(o, p).ok());
  EXPECT_EQ(names(*p), (std::vector<std::string>{"decode", "normalize", "tokenize", "sentences", "extract"}));
}

TEST(PipelineStages, UntilRunsEveryStageBefore) {
  PipelineOptions o;  // until = extract: what `vitext analyze` runs
  EXPECT_EQ(Pipeline::planned_stages(o).size(), Pipeline::stage_names().size());
  o.until = S::kSegment;
  EXPECT_EQ(Pipeline::planned_stages(o),
            (std::vector<StageId>{S::kDecode, S::kNormalize, S::kTokenize, S::kSentences, S::kSegment}));
}

TEST(PipelineStages, OnlyFollowsReadsTransitively) {
  PipelineOptions o;
  o.only = {S::kTag, S::kExtract};
  EXPECT_EQ(Pipeline::planned_stages(o), (std::vector<StageId>{S::kDecode, S::kNormalize, S::kTokenize, S::kSentences,
                                                               S::kSegment, S::kTag, S::kExtract}));
  o.only = {S::kDecode};
  EXPECT_EQ(Pipeline::planned_stages(o), (std::vector<StageId>{S::kDecode}));
}

TEST(PipelineStages, EveryReadIsAnEarlierStage) {
  for (int i = 0; i <= static_cast<int>(S::kExtract); ++i) {
    for (StageId read : Pipeline::stage_reads(static_cast<StageId>(i))) {
      EXPECT_LT(static_cast<int>(read), i) << stage_name(static_cast<StageId>(i)) << " reads " << stage_name(read);
    }
  }
}

TEST(PipelineStages, OnlyIsPartOfTheOptionsKey) {
  PipelineOptions a, b;
  b.only = {S::kExtract};
  EXPECT_FALSE(a == b);
  EXPECT_NE(pipeline_options_key(a), pipeline_options_key(b));
}

// The facts of a document are the same whether extraction runs after the whole pipeline
// (`vitext analyze`) or after only what it reads (`vitext facts`).
TEST(PipelineStages, ExtractionAloneGivesTheSameFacts) {
  PipelineOptions full, only;
  only.only = {S::kExtract};
  std::unique_ptr<Pipeline> a, b;
  ASSERT_TRUE(Pipeline::create(full, a).ok());
  ASSERT_TRUE(Pipeline::create(only, b).ok());
  const std::string text =
      "Năm 2023, Công an tỉnh Nghệ An đã bắt giữ trên 300 đối tượng, đạt 95% kế hoạch.\n"
      "Đại tá Lê Văn A, Phó Giám đốc Công an tỉnh phát biểu từ ngày 4.1.2017 - 4.1.2018.";
  Document x(text), y(text);
  ASSERT_TRUE(a->run(x).ok());
  ASSERT_TRUE(b->run(y).ok());
  EXPECT_FALSE(x.words.empty());
  EXPECT_TRUE(y.words.empty());
  ASSERT_EQ(x.facts.size(), y.facts.size());
  ASSERT_EQ(x.dates.size(), y.dates.size());
  ASSERT_EQ(x.entities.size(), y.entities.size());
  ASSERT_EQ(x.people.size(), y.people.size());
  for (size_t i = 0; i < x.facts.size(); ++i) {
    EXPECT_EQ(x.facts[i].span, y.facts[i].span);
    EXPECT_EQ(x.facts[i].what, y.facts[i].what);
  }
  for (size_t i = 0; i < x.dates.size(); ++i) EXPECT_EQ(x.dates[i].iso, y.dates[i].iso);
  for (size_t i = 0; i < x.entities.size(); ++i) EXPECT_EQ(x.entities[i].span, y.entities[i].span);
}

}  // namespace
}  // namespace vitext
