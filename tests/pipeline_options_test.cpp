// The one reader of pipeline options given as text (CLI flags, HTTP parameters, Python
// keyword arguments) and the key the server's pipeline cache uses.
#include <gtest/gtest.h>

#include "server/pipeline_cache.h"
#include "vitext/pipeline.h"

namespace vitext {
namespace {

TEST(PipelineOptionsTest, ReadsEveryOptionIntoItsType) {
  PipelineOptions o;
  ASSERT_TRUE(parse_pipeline_option("until", "tag", o).ok());
  ASSERT_TRUE(parse_pipeline_option("from", "windows-1258", o).ok());  // an alias
  ASSERT_TRUE(parse_pipeline_option("strict", "yes", o).ok());
  ASSERT_TRUE(parse_pipeline_option("tone", "old", o).ok());
  ASSERT_TRUE(parse_pipeline_option("parser", "accurate", o).ok());
  ASSERT_TRUE(parse_pipeline_option("segmenter-model", "seg.bin", o).ok());  // a CLI spelling
  ASSERT_TRUE(parse_pipeline_option("user_dict", "a.txt", o).ok());
  ASSERT_TRUE(parse_pipeline_option("user_dict", "b.txt", o).ok());
  EXPECT_EQ(o.until, StageId::kTag);
  EXPECT_EQ(o.from, InputEncoding::kCp1258);
  EXPECT_TRUE(o.strict);
  EXPECT_EQ(o.tone, ToneStyle::kOld);
  EXPECT_EQ(o.parser, ParserMode::kAccurate);
  EXPECT_EQ(o.segmenter_model, "seg.bin");
  EXPECT_EQ(o.user_dictionaries, (std::vector<std::string>{"a.txt", "b.txt"}));
  PipelineOptions p;
  ASSERT_TRUE(parse_pipeline_option("encoding", "VNI", p).ok());  // Python's name, any case
  EXPECT_EQ(p.from, InputEncoding::kVni);
}

TEST(PipelineOptionsTest, BadValuesSayWhatIsAcceptedAndChangeNothing) {
  PipelineOptions o;
  Status st = parse_pipeline_option("until", "everything", o);
  EXPECT_EQ(st.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(st.message(),
            "unknown stage 'everything' (use decode, normalize, tokenize, sentences, segment, tag, parse, extract)");
  st = parse_pipeline_option("tone", "newer", o);
  EXPECT_EQ(st.message(), "unknown tone style 'newer' (use new, old, keep)");
  st = parse_pipeline_option("parser", "fastest", o);
  EXPECT_EQ(st.message(), "unknown parser mode 'fastest' (use fast, accurate)");
  st = parse_pipeline_option("from", "latin1", o);
  EXPECT_NE(st.message().find("unknown encoding 'latin1' (use auto, utf-8,"), std::string::npos) << st.message();
  st = parse_pipeline_option("strict", "maybe", o);
  EXPECT_EQ(st.message(), "option 'strict' wants true or false");
  EXPECT_FALSE(parse_pipeline_option("colour", "red", o).ok());
  EXPECT_FALSE(is_pipeline_option("colour"));
  EXPECT_TRUE(is_pipeline_option("accurate-parser-model"));
  EXPECT_TRUE(o == PipelineOptions{});
}

TEST(PipelineOptionsTest, NamesRoundTrip) {
  for (int s = 0; s <= static_cast<int>(StageId::kExtract); ++s) {
    PipelineOptions o;
    ASSERT_TRUE(parse_pipeline_option("until", stage_name(static_cast<StageId>(s)), o).ok());
    EXPECT_EQ(static_cast<int>(o.until), s);
    EXPECT_EQ(Pipeline::stage_names()[s], stage_name(o.until));
  }
  for (int e = 0; e <= static_cast<int>(InputEncoding::kCp1258); ++e) {
    PipelineOptions o;
    ASSERT_TRUE(parse_pipeline_option("from", encoding_name(static_cast<InputEncoding>(e)), o).ok());
    EXPECT_EQ(static_cast<int>(o.from), e);
  }
}

TEST(PipelineOptionsTest, KeyIsEqualExactlyWhenOptionsAre) {
  PipelineOptions a, b;
  EXPECT_EQ(pipeline_options_key(a), pipeline_options_key(b));
  b.tone = ToneStyle::kKeep;
  EXPECT_NE(pipeline_options_key(a), pipeline_options_key(b));
  EXPECT_FALSE(a == b);
  // Dictionaries that would run together in a plain concatenation stay apart.
  PipelineOptions c, d;
  c.user_dictionaries = {"a", ""};
  d.user_dictionaries = {"a"};
  EXPECT_NE(pipeline_options_key(c), pipeline_options_key(d));
}

TEST(PipelineOptionsTest, ServerCacheSharesOnePipelinePerOptions) {
  server::PipelineCache cache;
  PipelineOptions a;
  a.until = StageId::kSentences;
  PipelineOptions b = a;
  std::shared_ptr<const Pipeline> pa, pb, pc;
  ASSERT_TRUE(cache.get(a, pa).ok());
  ASSERT_TRUE(cache.get(b, pb).ok());
  EXPECT_EQ(pa.get(), pb.get());
  b.tone = ToneStyle::kOld;
  ASSERT_TRUE(cache.get(b, pc).ok());
  EXPECT_NE(pa.get(), pc.get());
  EXPECT_EQ(cache.size(), 2u);
}

}  // namespace
}  // namespace vitext
