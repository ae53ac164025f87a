#include "vitext/sentences.h"

#include <gtest/gtest.h>

#include "text_core_helpers.h"
#include "testing/data_files.h"

namespace vitext {
namespace {

using testing::plain_document;
using testing::sentences_of;
using S = std::vector<std::string>;

TEST(Sentences, EndsAtTerminators) {
  EXPECT_EQ(sentences_of("Toàn cảnh hội nghị. Đại biểu tham dự! Có không? Có."),
            (S{"Toàn cảnh hội nghị.", "Đại biểu tham dự!", "Có không?", "Có."}));
  EXPECT_EQ(sentences_of("Thật sao?! Thật."), (S{"Thật sao?!", "Thật."}));
}

TEST(Sentences, AbbreviationsDoNotEndSentences) {
  EXPECT_EQ(sentences_of("Ông làm việc tại TP. Hồ Chí Minh và Q. 1, P. Bến Nghé."),
            (S{"Ông làm việc tại TP. Hồ Chí Minh và Q. 1, P. Bến Nghé."}));
  EXPECT_EQ(sentences_of("GS. Nguyễn Văn A gặp PGS.TS. Lê B và ThS. Trần C, BS. Minh, KS. Hùng."),
            (S{"GS. Nguyễn Văn A gặp PGS.TS. Lê B và ThS. Trần C, BS. Minh, KS. Hùng."}));
  EXPECT_EQ(sentences_of("Tại TP.Hồ Chí Minh và TP.HCM."), (S{"Tại TP.Hồ Chí Minh và TP.HCM."}));
  EXPECT_EQ(sentences_of("Sách của NXB. Trẻ, Th.S Hoa, Tp. Huế."), (S{"Sách của NXB. Trẻ, Th.S Hoa, Tp. Huế."}));
}

TEST(Sentences, VanVanEndsASentenceOnlyBeforeACapital) {
  EXPECT_EQ(sentences_of("Gồm gạo, muối, v.v. và nhiều thứ khác."), (S{"Gồm gạo, muối, v.v. và nhiều thứ khác."}));
  EXPECT_EQ(sentences_of("Gồm gạo, muối, v.v. Sau đó về."), (S{"Gồm gạo, muối, v.v.", "Sau đó về."}));
}

TEST(Sentences, Initials) {
  EXPECT_EQ(sentences_of("Ông Nguyễn V. A. đến họp."), (S{"Ông Nguyễn V. A. đến họp."}));
  EXPECT_EQ(sentences_of("Theo H. Nguyễn, dự án xong."), (S{"Theo H. Nguyễn, dự án xong."}));
  EXPECT_EQ(sentences_of("Tác giả: Nguyễn V. A. Trần."), (S{"Tác giả: Nguyễn V. A. Trần."}));
  // A capital letter after a lower-case word is not an initial.
  EXPECT_EQ(sentences_of("Xếp hạng A. Tiếp theo là B."), (S{"Xếp hạng A.", "Tiếp theo là B."}));
  // An initial described in brackets, as police reports name suspects.
  EXPECT_EQ(sentences_of("Đối tượng Lê Văn T. (SN 1990, trú tại xã Quảng Hòa) bị bắt."),
            (S{"Đối tượng Lê Văn T. (SN 1990, trú tại xã Quảng Hòa) bị bắt."}));
  EXPECT_EQ(sentences_of("Thợ săn K. (xã Phù Long) kể lại."), (S{"Thợ săn K. (xã Phù Long) kể lại."}));
  EXPECT_EQ(sentences_of("Cô H. (21 tuổi) đi làm."), (S{"Cô H. (21 tuổi) đi làm."}));
  // A caption in brackets after a letter grade still starts anew.
  EXPECT_EQ(sentences_of("Xếp hạng A. (Ảnh: TL)"), (S{"Xếp hạng A.", "(Ảnh: TL)"}));
}

TEST(Sentences, NumbersAreNeverSplit) {
  EXPECT_EQ(sentences_of("Thu 1.000.000 đồng, tăng 3,5%. Chi 2.5 tỷ."),
            (S{"Thu 1.000.000 đồng, tăng 3,5%.", "Chi 2.5 tỷ."}));
  EXPECT_EQ(sentences_of("Năm 2023. Năm 2024."), (S{"Năm 2023.", "Năm 2024."}));
}

TEST(Sentences, ClosingQuotesAndBracketsStayWithTheSentence) {
  EXPECT_EQ(sentences_of("Ông nói: “Tôi đi.” Sau đó ông về."), (S{"Ông nói: “Tôi đi.”", "Sau đó ông về."}));
  EXPECT_EQ(sentences_of("Tổ chức sáng nay (27/12.) Tiếp theo."), (S{"Tổ chức sáng nay (27/12.)", "Tiếp theo."}));
  EXPECT_EQ(sentences_of("Anh hỏi \"Sao vậy?\" Chị cười."), (S{"Anh hỏi \"Sao vậy?\"", "Chị cười."}));
  EXPECT_EQ(sentences_of("Gọi là «An ninh chủ động.» Hết."), (S{"Gọi là «An ninh chủ động.»", "Hết."}));
  // A quoted question inside a sentence: lower case follows, no break.
  EXPECT_EQ(sentences_of("“Sao vậy?” anh hỏi."), (S{"“Sao vậy?” anh hỏi."}));
  EXPECT_EQ(sentences_of("“Đi đâu?” – anh hỏi. Tôi im."), (S{"“Đi đâu?” – anh hỏi.", "Tôi im."}));
  // An opening quote after a full stop starts the next sentence.
  EXPECT_EQ(sentences_of("Ông nói. “Tôi đi.”"), (S{"Ông nói.", "“Tôi đi.”"}));
  // A straight quote opened in an earlier sentence of the line closes in this one, even
  // detached ("Bố ! \" ."), instead of starting a sentence of its own.
  EXPECT_EQ(sentences_of("Chị gọi : \" Mẹ ! Bố ! \" . Không ai trả lời ."),
            (S{"Chị gọi : \" Mẹ !", "Bố ! \" .", "Không ai trả lời ."}));
  EXPECT_EQ(sentences_of("Anh nói: \"Đi!\" Rồi \"Về!\" Hết."), (S{"Anh nói: \"Đi!\"", "Rồi \"Về!\"", "Hết."}));
}

TEST(Sentences, Ellipses) {
  EXPECT_EQ(sentences_of("Các dự án... Đại biểu tham dự."), (S{"Các dự án...", "Đại biểu tham dự."}));
  EXPECT_EQ(sentences_of("Các dự án... và nhiều việc khác."), (S{"Các dự án... và nhiều việc khác."}));
  EXPECT_EQ(sentences_of("Chờ đợi… Rồi đi."), (S{"Chờ đợi…", "Rồi đi."}));
  EXPECT_EQ(sentences_of("Chờ đợi… rồi đi."), (S{"Chờ đợi… rồi đi."}));
}

TEST(Sentences, LowerCaseAfterAFullStopContinues) {
  EXPECT_EQ(sentences_of("Xem tr. 5 và mục 2. và hết."), (S{"Xem tr. 5 và mục 2. và hết."}));
}

TEST(Sentences, BlankLinesAndHeadlines) {
  EXPECT_EQ(sentences_of("Lực lượng An ninh Công an Thanh Hóa\n\nNăm 2023, lực lượng hoàn thành."),
            (S{"Lực lượng An ninh Công an Thanh Hóa", "Năm 2023, lực lượng hoàn thành."}));
  // A single line break before a capital after a line without punctuation: a headline.
  EXPECT_EQ(sentences_of("Hội nghị tổng kết\nNăm nay đạt kết quả tốt."),
            (S{"Hội nghị tổng kết", "Năm nay đạt kết quả tốt."}));
  // A hard-wrapped line: lower case goes on.
  EXPECT_EQ(sentences_of("Lực lượng an ninh đã\nhoàn thành nhiệm vụ."), (S{"Lực lượng an ninh đã\nhoàn thành nhiệm vụ."}));
  // After a comma the sentence goes on even before a capital.
  EXPECT_EQ(sentences_of("Gồm các đồng chí,\nNguyễn Văn A và Lê B."), (S{"Gồm các đồng chí,\nNguyễn Văn A và Lê B."}));
  EXPECT_EQ(sentences_of("Một.\nhai ba."), (S{"Một.", "hai ba."}));
}

TEST(Sentences, ParagraphStart) {
  Document doc = plain_document("Tiêu đề\n\nCâu một. Câu hai.\nCâu ba.\n\n\nCâu bốn.");
  ASSERT_TRUE(tokenize(doc).ok());
  ASSERT_TRUE(split_sentences(doc).ok());
  std::vector<bool> starts;
  for (const Sentence& s : doc.sentences) starts.push_back(s.paragraph_start);
  EXPECT_EQ(starts, (std::vector<bool>{true, true, false, false, true}));
}

TEST(Sentences, BulletLists) {
  EXPECT_EQ(sentences_of("Nhiệm vụ gồm:\n- giữ vững an ninh\n- bảo đảm ANTT\n• tuyên truyền"),
            (S{"Nhiệm vụ gồm:", "- giữ vững an ninh", "- bảo đảm ANTT", "• tuyên truyền"}));
  EXPECT_EQ(sentences_of("Kết quả:\n1. Hoàn thành chỉ tiêu.\n2. Vượt mức 40%.\na) bắt giữ\nb) xử lý"),
            (S{"Kết quả:", "1. Hoàn thành chỉ tiêu.", "2. Vượt mức 40%.", "a) bắt giữ", "b) xử lý"}));
  // "1." at the start of a line is a label, not a sentence end.
  EXPECT_EQ(sentences_of("1. Tổng kết năm"), (S{"1. Tổng kết năm"}));
  EXPECT_EQ(sentences_of("II. Nhiệm vụ năm 2024"), (S{"II. Nhiệm vụ năm 2024"}));
}

TEST(Sentences, OnePerLine) {
  SentenceOptions options;
  options.one_per_line = true;
  EXPECT_EQ(sentences_of("câu một\ncâu hai", options), (S{"câu một", "câu hai"}));
}

TEST(Sentences, MaxTokensCutsRunOnText) {
  SentenceOptions options;
  options.max_tokens = 3;
  EXPECT_EQ(sentences_of("một hai ba bốn năm", options), (S{"một hai ba", "bốn năm"}));
}

TEST(Sentences, SpansAndTokenRanges) {
  Document doc = plain_document("  Xin chào. Tạm biệt!  ");
  ASSERT_TRUE(tokenize(doc).ok());
  ASSERT_TRUE(split_sentences(doc).ok());
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.sentences[0].span, (Span{2, 12}));
  EXPECT_EQ(doc.sentences[0].token_begin, 0u);
  EXPECT_EQ(doc.sentences[0].token_end, 3u);
  EXPECT_EQ(doc.sentences[1].token_begin, 3u);
  EXPECT_EQ(doc.sentences[1].token_end, 6u);
  EXPECT_EQ(doc.sentences[1].word_begin, 0u);
}

TEST(Sentences, EmptyDocument) {
  EXPECT_TRUE(sentences_of("").empty());
  EXPECT_TRUE(sentences_of("\n\n  ").empty());
}

TEST(Sentences, ReferenceDocument) {
  const std::string path = std::string(VITEXT_SHARED_DIR) + "/data/samples/thanhhoa-security-2023.txt";
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) VITEXT_MISSING_DATA(path);
  std::string bytes;
  char buf[4096];
  for (size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) bytes.append(buf, n);
  std::fclose(f);
  auto sentences = sentences_of(bytes);
  // The header line, then the body: 25 sentences that end where the article's do.
  ASSERT_EQ(sentences.size(), 26u);
  EXPECT_TRUE(sentences[0].starts_with("date 2023-12 Lực lượng An ninh"));
  EXPECT_TRUE(sentences[2].starts_with("Đó là thông tin")) << sentences[2];
  EXPECT_TRUE(sentences[2].ends_with("sáng nay (27/12).")) << sentences[2];
  EXPECT_EQ(sentences[3], "Toàn cảnh hội nghị.");
  EXPECT_TRUE(sentences[11].ends_with("các dự án...")) << sentences[11];
  EXPECT_EQ(sentences[12], "Đại biểu tham dự hội nghị.");
  EXPECT_EQ(sentences.back(), "Đình Hợp (CTV)");
}

}  // namespace
}  // namespace vitext

namespace vitext {
namespace {

TEST(Sentences, StagesRunTheFunctions) {
  Document doc = testing::plain_document("Một. Hai.");
  const TokenizeStage tokenize_stage;
  const SentenceStage sentence_stage;
  EXPECT_EQ(tokenize_stage.name(), "tokenize");
  EXPECT_EQ(sentence_stage.name(), "sentences");
  ASSERT_TRUE(tokenize_stage.apply(doc).ok());
  ASSERT_TRUE(sentence_stage.apply(doc).ok());
  EXPECT_EQ(doc.tokens.size(), 4u);
  EXPECT_EQ(doc.sentences.size(), 2u);
}

}  // namespace
}  // namespace vitext
