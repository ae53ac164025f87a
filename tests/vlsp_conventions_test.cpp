// The vlsp word conventions (what PhoBERT expects): the option, the reference alignment the
// model is trained and scored with, the split by article, and the embedded vlsp model.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "segment/reference_align.h"
#include "segment/reference_corpus.h"
#include "segment/text_pipeline.h"
#include "testing/data_files.h"
#include "vitext/pipeline.h"
#include "vitext/segmenter.h"

namespace vitext {
namespace {

using Words = std::vector<std::string>;

Words aligned(std::string_view raw, std::string_view segmented) {
  std::vector<Span> spans;
  if (!train::align_segmented_line(raw, segmented, spans)) return {"<not aligned>"};
  Words out;
  for (Span s : spans) out.emplace_back(raw.substr(s.start, s.size()));
  return out;
}

TEST(VlspConventions, OptionIsReadInOnePlaceAndDefaultsToVtb) {
  PipelineOptions o;
  EXPECT_EQ(o.conventions, WordConventions::kVtb);
  ASSERT_TRUE(parse_pipeline_option("conventions", "vlsp", o).ok());
  EXPECT_EQ(o.conventions, WordConventions::kVlsp);
  EXPECT_TRUE(is_pipeline_option("conventions"));
  EXPECT_EQ(option_values("conventions"), "vtb, vlsp");
  EXPECT_NE(pipeline_options_key(o), pipeline_options_key(PipelineOptions{}));
  Status st = parse_pipeline_option("conventions", "phobert", o);
  EXPECT_EQ(st.message(), "unknown word conventions 'phobert' (use vtb, vlsp)");
  EXPECT_EQ(o.conventions, WordConventions::kVlsp);  // unchanged by the bad value
}

TEST(VlspConventions, TaggingOrParsingVlspWordsIsRefused) {
  PipelineOptions o;
  o.conventions = WordConventions::kVlsp;
  for (StageId until : {StageId::kTag, StageId::kParse, StageId::kExtract}) {
    o.until = until;
    Status st = check_pipeline_options(o);
    EXPECT_EQ(st.code(), StatusCode::kInvalidArgument) << stage_name(until);
    EXPECT_NE(st.message().find("segmentation only"), std::string::npos) << st.message();
    std::unique_ptr<Pipeline> p;
    EXPECT_EQ(Pipeline::create(o, p).code(), StatusCode::kInvalidArgument);
  }
  o.until = StageId::kSegment;
  EXPECT_TRUE(check_pipeline_options(o).ok());
  o.only = {StageId::kExtract};  // extraction reads tokens and sentences, not words
  o.until = StageId::kExtract;
  EXPECT_TRUE(check_pipeline_options(o).ok());
}

TEST(VlspConventions, ReferenceWordsAreLocatedOnTheRawLine) {
  // RDR splits punctuation off and moves tone marks ("hoà"); the words are the raw bytes.
  EXPECT_EQ(aligned("Thanh Hóa hòa giải, 6/2/2017:", "Thanh_Hoá hoà_giải , 6/2/2017 :"),
            (Words{"Thanh Hóa", "hòa giải", ",", "6/2/2017", ":"}));
  // Case, NFD and extra spaces do not matter; a literal underscore stays a character.
  EXPECT_EQ(aligned("CÔNG  AN x_y", "công_an x_y"), (Words{"CÔNG  AN", "x_y"}));
  EXPECT_EQ(aligned("Ho\xcc\x80\x61 Bình", "Hoà_Bình"), (Words{"Ho\xcc\x80\x61 Bình"}));
  // Invisible format characters are skipped on either side, never split a word.
  EXPECT_EQ(aligned("ng\xc2\xadười dân", "ng\xc2\xadười_dân"), (Words{"ng\xc2\xadười dân"}));
  EXPECT_EQ(aligned("như\xc2\xad vi", "như vi"), (Words{"như", "vi"}));
  // Different letters do not align.
  EXPECT_EQ(aligned("Hà Nội", "Hà_Nam"), (Words{"<not aligned>"}));
  EXPECT_EQ(aligned("Hà Nội mới", "Hà_Nội"), (Words{"<not aligned>"}));
}

TEST(VlspConventions, SplitIsByArticleIdAlone) {
  // First byte of SHA-256 of the id, modulo 20: 0 test, 1 dev, else train.
  EXPECT_EQ(train::reference_split("baomoi-21461403"), train::ReferenceSplit::kTest);
  EXPECT_EQ(train::reference_split("baomoi-21463728"), train::ReferenceSplit::kDev);
  EXPECT_EQ(train::reference_split("baomoi-21395276"), train::ReferenceSplit::kTrain);
  size_t held_out = 0;
  for (int i = 0; i < 2000; ++i) held_out += train::reference_split("id-" + std::to_string(i)) != train::ReferenceSplit::kTrain;
  EXPECT_NEAR(held_out / 2000.0, 0.1, 0.03);
}

TEST(VlspConventions, ScorerCountsWordsBySpan) {
  const auto dir = std::filesystem::temp_directory_path() / ("vitext_vlsp_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  auto write = [&](const char* name, const char* text) {
    std::ofstream(dir / name) << text;
    return (dir / name).string();
  };
  const std::string raw = write("raw", "Người dân Hà Nội.\nbảo hiểm xã hội\n");
  const std::string gold = write("gold", "Người_dân Hà_Nội .\nbảo_hiểm_xã_hội\n");
  const std::string sys = write("sys", "Người dân Hà_Nội .\nbảo_hiểm_xã_hội\n");
  train::SegmentationAgreement r;
  ASSERT_TRUE(train::score_segmented_lines(raw, gold, sys, r).ok());
  EXPECT_EQ(r.lines, 2u);
  EXPECT_EQ(r.gold_words, 4u);
  EXPECT_EQ(r.system_words, 5u);
  EXPECT_EQ(r.correct, 3u);
  EXPECT_EQ(r.identical_lines, 1u);
  std::filesystem::remove_all(dir);
}

// Words are byte-exact substrings of the input, in order, covering every non-space byte,
// whatever the conventions.
void expect_words_tile_input(const Segmenter& seg, const std::string& text) {
  Document doc(text);
  ASSERT_TRUE(train::prepare_for_segmentation(doc).ok());
  ASSERT_TRUE(seg.apply(doc).ok());
  size_t at = 0;
  std::string rebuilt;
  for (const Word& w : doc.words) {
    ASSERT_GE(w.span.start, at);
    ASSERT_LE(w.span.end, text.size());
    for (char c : text.substr(at, w.span.start - at)) EXPECT_TRUE(c == ' ' || c == '\n') << text;
    rebuilt += text.substr(w.span.start, w.span.size());
    at = w.span.end;
  }
  for (char c : text.substr(at)) EXPECT_TRUE(c == ' ' || c == '\n') << text;
  std::string compact;
  for (char c : text)
    if (c != ' ' && c != '\n') compact += c;
  std::string rebuilt_compact;
  for (char c : rebuilt)
    if (c != ' ' && c != '\n') rebuilt_compact += c;
  EXPECT_EQ(rebuilt_compact, compact);
}

const std::string kSentences[] = {
    "Người dân ở TP.HCM đóng bảo hiểm xã hội theo Thông tư 64/2017/TT-BCA, chạy 60 km/h.",
    "Hoà bình và thuỷ lợi: CÔNG AN TỈNH THANH HOÁ điều chuyển cán bộ.",
    "Ho\xcc\x80\x61 Bi\xcc\x80nh  x_y \xc2\xad emoji 😀 https://vnexpress.net/a-b.html\nDòng hai.",
};

TEST(VlspConventions, WordsAreByteExactSubstringsInBothConventions) {
  for (WordConventions c : {WordConventions::kVtb, WordConventions::kVlsp}) {
    Segmenter seg;
    if (!Segmenter::load_default(seg, c).ok()) {
      if (c == WordConventions::kVtb) VITEXT_MISSING_DATA("the embedded segmenter model");
      continue;  // the vlsp model: tested below
    }
    for (const std::string& text : kSentences) expect_words_tile_input(seg, text);
  }
}

// The embedded vlsp model loads and makes RDRsegmenter's words where VTB's differ.
TEST(VlspConventions, EmbeddedVlspModelSegmentsAsPhoBertExpects) {
  Segmenter seg;
  Status st = Segmenter::load_default(seg, WordConventions::kVlsp);
  if (!st.ok()) VITEXT_MISSING_DATA("the embedded vlsp segmenter model");
  EXPECT_NE(seg.model_info().find("vlsp"), std::string::npos);
  for (const std::string& text : kSentences) expect_words_tile_input(seg, text);
  PipelineOptions o;
  o.until = StageId::kSegment;
  o.conventions = WordConventions::kVlsp;
  std::unique_ptr<Pipeline> p;
  ASSERT_TRUE(Pipeline::create(o, p).ok());
  Document doc("Người dân đóng bảo hiểm xã hội.");
  ASSERT_TRUE(p->run(doc).ok());
  Words words;
  for (const Word& w : doc.words) words.emplace_back(doc.original_of(w.span));
  EXPECT_EQ(words, (Words{"Người dân", "đóng", "bảo hiểm xã hội", "."}));
}

}  // namespace
}  // namespace vitext
