// Windows (include/vitext/windows.h): where long documents are cut, and that a document run
// window by window gives the words, tags and trees of the whole document.
#include "vitext/windows.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "pipeline/window_cut.h"

namespace vitext {
namespace {

using windows::CutKind;
using windows::find_cut;

TEST(WindowCut, RestFits) {
  windows::Cut c = find_cut("abc def", 0, 100);
  EXPECT_EQ(c.end, 7u);
  EXPECT_EQ(c.kind, CutKind::kEnd);
}

TEST(WindowCut, BlankLineWinsOverLaterLineBreaks) {
  std::string s = "Mot cau. Hai cau.\n\nBa cau khong\nBon cau.\nNam";
  windows::Cut c = find_cut(s, 0, 36);  // the blank line is in the second half, "Bon cau." after it
  EXPECT_EQ(c.kind, CutKind::kBlankLine);
  EXPECT_EQ(s.substr(c.end, 3), "Ba ");
}

TEST(WindowCut, TerminatedLineWinsOverBareLineBreak) {
  std::string s = "Mot hai ba bon nam sau.\nBay tam chin\nmuoi mot hai";
  windows::Cut c = find_cut(s, 0, s.size() - 2);
  EXPECT_EQ(c.kind, CutKind::kTerminated);
  EXPECT_EQ(s.substr(c.end, 3), "Bay");
  // A closing quote after the terminator, and a CR LF line end, still count.
  std::string q = "Ong noi: \"Xong roi.\" \r\nVa di tiep\nnua thoi";
  c = find_cut(q, 0, q.size() - 2);
  EXPECT_EQ(c.kind, CutKind::kTerminated);
  EXPECT_EQ(q.substr(c.end, 2), "Va");
}

TEST(WindowCut, BareLineBreakThenSpaceThenCharacter) {
  std::string s = "mot hai ba bon\nnam sau bay tam";
  windows::Cut c = find_cut(s, 0, s.size() - 2);
  EXPECT_EQ(c.kind, CutKind::kLineBreak);
  EXPECT_EQ(s.substr(c.end, 3), "nam");
  std::string line = "mot hai ba bon nam sau bay tam";
  c = find_cut(line, 0, line.size() - 2);
  EXPECT_EQ(c.kind, CutKind::kSpace);
  EXPECT_EQ(line.substr(c.end), "tam");
  // "ệ" is three bytes: a cut never falls inside one.
  std::string letters;
  for (int i = 0; i < 20; ++i) letters += "\xE1\xBB\x87";
  for (size_t target = 10; target < 30; ++target) {
    c = find_cut(letters, 3, target);
    EXPECT_EQ(c.kind, CutKind::kCharacter);
    EXPECT_EQ(c.end % 3, 0u) << target;
    EXPECT_GE(c.end - 3, target / 2);
    EXPECT_LE(c.end - 3, target);
  }
}

TEST(WindowCut, NeverBeforeHalfTheTarget) {
  std::string s = "Cau mot.\n\n" + std::string(100, 'x') + " yyyy";
  windows::Cut c = find_cut(s, 0, 60);
  EXPECT_EQ(c.kind, CutKind::kCharacter);  // the blank line is too early
  EXPECT_EQ(c.end, 60u);
}

std::unique_ptr<Pipeline> make_pipeline(StageId until) {
  PipelineOptions o;
  o.until = until;
  std::unique_ptr<Pipeline> p;
  Status st = Pipeline::create(o, p);
  EXPECT_TRUE(st.ok()) << st.message();
  return p;
}

struct Flat {
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<Word> words;
  std::vector<std::string> word_text;
  uint32_t windows = 0;
};

// Every window's layers, as one document's (word ranges made whole-document again).
Flat run_flat(const Pipeline& p, const std::string& text, size_t window_bytes) {
  Document doc(text);
  Flat f;
  WindowOptions wo;
  wo.bytes = window_bytes;
  Status st = run_windowed(
      p, doc,
      [&](const Document& w) {
        EXPECT_EQ(w.window.index, f.windows);
        EXPECT_EQ(w.window.first_sentence, f.sentences.size());
        const auto tokens = static_cast<uint32_t>(f.tokens.size()), words = static_cast<uint32_t>(f.words.size());
        for (Sentence s : w.sentences) {
          s.token_begin += tokens;
          s.token_end += tokens;
          s.word_begin += words;
          s.word_end += words;
          f.sentences.push_back(s);
        }
        f.tokens.insert(f.tokens.end(), w.tokens.begin(), w.tokens.end());
        for (const Word& x : w.words) {
          f.words.push_back(x);
          f.word_text.emplace_back(w.original_of(x.span));
          EXPECT_EQ(w.original_of(x.span), std::string_view(text).substr(x.span.start, x.span.size()));
        }
        ++f.windows;
        return Status::Ok();
      },
      wo);
  EXPECT_TRUE(st.ok()) << st.message();
  return f;
}

void expect_same(const Flat& got, const Document& whole) {
  ASSERT_EQ(got.sentences.size(), whole.sentences.size());
  for (size_t i = 0; i < whole.sentences.size(); ++i) {
    const Sentence &a = got.sentences[i], &b = whole.sentences[i];
    EXPECT_EQ(a.span, b.span) << i;
    EXPECT_EQ(a.paragraph_start, b.paragraph_start) << i;
    EXPECT_EQ(a.word_begin, b.word_begin) << i;
    EXPECT_EQ(a.word_end, b.word_end) << i;
  }
  ASSERT_EQ(got.tokens.size(), whole.tokens.size());
  for (size_t i = 0; i < whole.tokens.size(); ++i) {
    EXPECT_EQ(got.tokens[i].span, whole.tokens[i].span) << i;
    EXPECT_EQ(got.tokens[i].kind, whole.tokens[i].kind) << i;
    EXPECT_EQ(got.tokens[i].space_before, whole.tokens[i].space_before) << i;
  }
  ASSERT_EQ(got.words.size(), whole.words.size());
  for (size_t i = 0; i < whole.words.size(); ++i) {
    const Word &a = got.words[i], &b = whole.words[i];
    EXPECT_EQ(a.span, b.span) << i;
    EXPECT_EQ(a.upos, b.upos) << i;
    EXPECT_EQ(a.xpos, b.xpos) << i;
    EXPECT_EQ(a.head, b.head) << i;
    EXPECT_EQ(a.deprel, b.deprel) << i;
  }
}

std::string paragraphs(int n, const char* between) {
  std::string s;
  for (int i = 0; i < n; ++i) {
    s += "Công an tỉnh Thanh Hóa đã bắt giữ " + std::to_string(i + 2) +
         " đối tượng. Ông Nguyễn Văn An nói rằng việc làm này là cần thiết!" + between;
    s += "Ngày 5/1/2024, đoàn công tác của Bộ Công an đến thăm huyện Quan Sơn \"để kiểm tra.\"" + std::string(between);
    s += "Theo TP. Hồ Chí Minh, 40% chỉ tiêu đã hoàn thành" + std::string(i % 3 ? ".\n\n" : "\n\n");
  }
  return s;
}

TEST(RunWindowed, SmallDocumentRunsWholeAndKeepsItsLayers) {
  auto p = make_pipeline(StageId::kParse);
  Document doc("Công an tỉnh Thanh Hóa đã bắt giữ 5 đối tượng.");
  int calls = 0;
  Status st = run_windowed(*p, doc, [&](const Document& w) {
    ++calls;
    EXPECT_EQ(&w, &doc);
    EXPECT_TRUE(w.window.last);
    EXPECT_EQ(w.window.base, 0u);
    return Status::Ok();
  });
  ASSERT_TRUE(st.ok()) << st.message();
  EXPECT_EQ(calls, 1);
  EXPECT_FALSE(doc.words.empty());
}

TEST(RunWindowed, ParagraphsAndTerminatedLinesGiveTheWholeDocumentsAnalysis) {
  auto p = make_pipeline(StageId::kParse);
  for (const char* between : {" ", "\n", "\n\n"}) {
    const std::string text = paragraphs(60, between);
    Document whole(text);
    ASSERT_TRUE(p->run(whole).ok());
    for (size_t window : {700, 1500, 4000}) {
      Flat f = run_flat(*p, text, window);
      EXPECT_GT(f.windows, text.size() / window) << window;
      expect_same(f, whole);
    }
  }
}

TEST(RunWindowed, ALongLineIsCutAtSpacesAndEveryByteIsCovered) {
  auto p = make_pipeline(StageId::kSegment);
  std::string text;
  for (int i = 0; i < 200; ++i) text += "công an tỉnh thanh hóa đã bắt giữ đối tượng ";
  Flat f = run_flat(*p, text, 1000);
  EXPECT_GT(f.windows, 5u);
  // Windows tile the input: tokens are in order and cover every byte but the spaces.
  size_t covered = 0;
  for (size_t i = 0; i < f.tokens.size(); ++i) {
    covered += f.tokens[i].span.size();
    if (i) {
      EXPECT_LE(f.tokens[i - 1].span.end, f.tokens[i].span.start);
    }
  }
  EXPECT_EQ(covered, text.size() - static_cast<size_t>(std::count(text.begin(), text.end(), ' ')));
}

TEST(RunWindowed, SentenceIndicesOfExtractionCountFromTheWholeInput) {
  auto p = make_pipeline(StageId::kExtract);
  const std::string text = paragraphs(40, "\n");
  Document doc(text);
  uint32_t windows = 0, dates = 0;
  WindowOptions wo;
  wo.bytes = 2000;
  Status st = run_windowed(
      *p, doc,
      [&](const Document& w) {
        ++windows;
        for (const DateMention& d : w.dates) {
          ++dates;
          EXPECT_GE(d.sentence, w.window.first_sentence);
          EXPECT_LT(d.sentence, w.window.first_sentence + w.sentences.size());
          const Sentence& s = w.sentences[d.sentence - w.window.first_sentence];
          EXPECT_LE(s.span.start, d.span.start);
          EXPECT_LE(d.span.end, s.span.end);
          EXPECT_EQ(w.original_of(d.span), std::string_view(text).substr(d.span.start, d.span.size()));
        }
        return Status::Ok();
      },
      wo);
  ASSERT_TRUE(st.ok()) << st.message();
  EXPECT_GT(windows, 3u);
  EXPECT_GE(dates, 40u);
  EXPECT_TRUE(doc.words.empty());
}

TEST(RunWindowed, TheFirstWindowsEncodingHoldsForTheRest) {
  auto p = make_pipeline(StageId::kTokenize);
  // TCVN3 text first, then plain ASCII that alone would read as UTF-8.
  std::string text;
  for (int i = 0; i < 50; ++i) text += "Ti\xD5ng Vi\xD6t c\xE3 d\xCAu, \xAE\xAD\xEAng ph\xE8.\n";
  for (int i = 0; i < 50; ++i) text += "Plain ascii line number " + std::to_string(i) + ".\n";
  text += "Cu\xE8i \xAE\xAD\xEAng.\n";
  Document doc(text);
  WindowOptions wo;
  wo.bytes = 600;
  std::vector<std::string> encodings;
  std::string last_view;
  Status st = run_windowed(
      *p, doc,
      [&](const Document& w) {
        encodings.push_back(w.decode.encoding);
        last_view = w.text;
        return Status::Ok();
      },
      wo);
  ASSERT_TRUE(st.ok()) << st.message();
  ASSERT_GT(encodings.size(), 2u);
  for (const std::string& e : encodings) EXPECT_EQ(e, "tcvn3");
  EXPECT_EQ(doc.decode.encoding, "tcvn3");
  EXPECT_NE(last_view.find("Cuối đường."), std::string::npos);
}

TEST(RunWindowed, AnErrorInALaterWindowCarriesItsWholeInputOffset) {
  PipelineOptions o;
  o.until = StageId::kTokenize;
  o.from = InputEncoding::kUtf8;
  o.strict = true;
  std::unique_ptr<Pipeline> p;
  ASSERT_TRUE(Pipeline::create(o, p).ok());
  std::string text;
  for (int i = 0; i < 100; ++i) text += "Một câu đúng.\n";
  const size_t bad = text.size() + 3;
  text += "abc\xFF def.\n";
  Document doc(text);
  WindowOptions wo;
  wo.bytes = 300;
  int windows = 0;
  Status st = run_windowed(
      *p, doc,
      [&](const Document&) {
        ++windows;
        return Status::Ok();
      },
      wo);
  EXPECT_FALSE(st.ok());
  EXPECT_EQ(st.offset(), static_cast<int64_t>(bad));
  EXPECT_NE(st.message().find(" " + std::to_string(bad)), std::string::npos) << st.message();
  EXPECT_GT(windows, 1);
}

}  // namespace
}  // namespace vitext
