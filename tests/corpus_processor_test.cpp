// CorpusProcessor with the decode stage and a small stand-in segmenter: order, counts,
// duplicates, filters and bad records, with one thread and with several.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "vitext/corpus.h"
#include "vitext/decode.h"

namespace vitext {
namespace {

// One sentence, one word per whitespace-separated piece; sleeps a little on some documents
// so that threads finish out of order.
class SpaceSegmenter : public Stage {
 public:
  std::string_view name() const override { return "segment"; }
  Status apply(Document& doc) const override {
    if (doc.text.find("chậm") != std::string::npos) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    Sentence s;
    s.span = {0, static_cast<uint32_t>(doc.original.size())};
    s.view = {0, static_cast<uint32_t>(doc.text.size())};
    size_t i = 0;
    while (i < doc.text.size()) {
      while (i < doc.text.size() && doc.text[i] == ' ') ++i;
      size_t j = i;
      while (j < doc.text.size() && doc.text[j] != ' ') ++j;
      if (j > i) {
        Word w;
        w.view = {static_cast<uint32_t>(i), static_cast<uint32_t>(j)};
        w.span = doc.map.to_original(w.view);
        doc.words.push_back(w);
      }
      i = j;
    }
    s.word_end = static_cast<uint32_t>(doc.words.size());
    doc.sentences.push_back(s);
    return Status::Ok();
  }
};

class CorpusProcessorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("vitext_corpus_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string write(const std::string& name, const std::string& content) {
    std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }

  std::string run(const ProcessOptions& base, const std::vector<std::string>& files, ProcessSummary& sum,
                  InputFormat format = InputFormat::kLines, uint64_t max_bytes = 1 << 20) {
    ProcessOptions o = base;
    o.stages = {&decode_, &segment_};
    CorpusProcessor p(o);
    ReaderOptions ro;
    ro.format = format;
    ro.max_document_bytes = max_bytes;
    std::ostringstream out;
    Status st = p.run(files, ro, out, sum);
    EXPECT_TRUE(st.ok()) << st.message();
    return out.str();
  }

  static std::vector<nlohmann::json> records(const std::string& jsonl) {
    std::vector<nlohmann::json> out;
    std::istringstream in(jsonl);
    std::string line;
    while (std::getline(in, line)) out.push_back(nlohmann::json::parse(line));
    return out;
  }

  DecodeStage decode_{[] {
    DecodeOptions d;
    d.strict = true;
    d.from = "utf-8";
    return d;
  }()};
  SpaceSegmenter segment_;
  std::filesystem::path dir_;
};

TEST_F(CorpusProcessorTest, OutputOrderDoesNotDependOnThreads) {
  std::string lines;
  for (int i = 0; i < 300; ++i) lines += "văn bản số " + std::to_string(i) + (i % 7 == 0 ? " chậm" : "") + "\n";
  std::string f = write("a.txt", lines);
  ProcessOptions o;
  ProcessSummary s1, s4;
  o.threads = 1;
  std::string one = run(o, {f}, s1);
  o.threads = 4;
  o.window = 8;
  std::string four = run(o, {f}, s4);
  EXPECT_EQ(one, four);
  EXPECT_EQ(s4.read, 300u);
  EXPECT_EQ(s4.ok, 300u);
  auto recs = records(four);
  ASSERT_EQ(recs.size(), 300u);
  EXPECT_EQ(recs[5]["id"], f + ":6");
  EXPECT_EQ(recs[5]["sentences"][0]["words"][3]["form"], "5");
  EXPECT_EQ(recs[5]["meta"]["quality"]["syllables"], 3);
}

TEST_F(CorpusProcessorTest, BadRecordsAreAccountedFor) {
  std::string lines = "Hà Nội mùa thu\n";
  lines += "bad \xC3\x28 bytes\n";             // invalid UTF-8 (strict decode)
  lines += "\n";                               // empty
  lines += std::string(3000, 'a') + "\n";      // longer than the limit
  lines += std::string("\x00\x01\x02\xFF\xFE", 5) + "\n";  // binary
  lines += "Hà Nội mùa thu\n";                 // duplicate of the first
  lines += "Sài Gòn mùa mưa\n";
  std::string f = write("bad.txt", lines);
  ProcessOptions o;
  o.threads = 2;
  o.dedup.mode = DedupMode::kExact;
  ProcessSummary s;
  std::vector<std::string> rejected;
  std::string out;
  {
    ProcessOptions opts = o;
    opts.stages = {&decode_, &segment_};
    CorpusProcessor p(opts);
    p.on_rejected = [&](const std::string& id, RecordKind, const std::string& reason) {
      rejected.push_back(id + " " + reason);
    };
    ReaderOptions ro;
    ro.format = InputFormat::kLines;
    ro.max_document_bytes = 1000;
    std::ostringstream os;
    ASSERT_TRUE(p.run({f}, ro, os, s).ok());
    out = os.str();
  }
  auto recs = records(out);
  ASSERT_EQ(recs.size(), 7u);
  EXPECT_EQ(s.read, 7u);
  EXPECT_EQ(s.read, s.ok + s.errors + s.filtered + s.duplicates);
  EXPECT_EQ(s.duplicates, 1u);
  EXPECT_EQ(s.errors, 3u);  // invalid UTF-8, too long, binary
  EXPECT_EQ(s.ok, 3u);      // the first, the empty one, the last
  EXPECT_TRUE(recs[1].contains("error"));
  EXPECT_EQ(recs[1]["id"], f + ":2");
  EXPECT_TRUE(recs[3].contains("error"));
  EXPECT_TRUE(recs[4].contains("error"));
  EXPECT_EQ(recs[5]["duplicate"], true);
  EXPECT_EQ(recs[5]["duplicate_of"], f + ":1");
  EXPECT_EQ(recs[5]["cluster"], f + ":1");
  EXPECT_EQ(recs[6]["meta"]["dedup"]["cluster"], f + ":7");
  EXPECT_EQ(rejected.size(), 4u);
}

TEST_F(CorpusProcessorTest, KeptDuplicatesAreMarked) {
  std::string f = write("d.txt", "Hà Nội mùa thu\nHà  Nội mùa thu\n");
  ProcessOptions o;
  o.dedup.mode = DedupMode::kNear;
  o.drop_duplicates = false;
  ProcessSummary s;
  auto recs = records(run(o, {f}, s));
  ASSERT_EQ(recs.size(), 2u);
  EXPECT_EQ(recs[1]["meta"]["dedup"]["duplicate_of"], f + ":1");
  EXPECT_EQ(recs[1]["sentences"][0]["words"].size(), 4u);
  EXPECT_EQ(s.duplicates, 1u);
  EXPECT_EQ(s.ok, 1u);
}

TEST_F(CorpusProcessorTest, NotVietnameseIsFiltered) {
  std::string f = write("q.txt", "Công an tỉnh Thanh Hóa\nthe quick brown fox jumps\n");
  ProcessOptions o;
  o.min_vietnamese = 0.6;
  ProcessSummary s;
  auto recs = records(run(o, {f}, s));
  ASSERT_EQ(recs.size(), 2u);
  EXPECT_FALSE(recs[0].contains("error"));
  EXPECT_EQ(recs[1]["filtered"], true);
  EXPECT_NE(recs[1]["error"].get<std::string>().find("not Vietnamese"), std::string::npos);
  EXPECT_EQ(s.filtered, 1u);
  EXPECT_EQ(s.ok, 1u);
}

TEST_F(CorpusProcessorTest, UnderscoreTextAndMissingInput) {
  std::string f = write("t.txt", "Hà Nội mùa thu\n");
  ProcessOptions o;
  o.format = OutputFormat::kText;
  ProcessSummary s;
  std::string out = run(o, {f, (dir_ / "missing.txt").string()}, s);
  EXPECT_EQ(out, "Hà Nội mùa thu\n\n");
  EXPECT_EQ(s.input_errors, 1u);
}

}  // namespace
}  // namespace vitext

namespace vitext {
namespace {

// A stream whose writes fail once `limit` bytes are in, as on a full disk.
class FullDiskBuf : public std::streambuf {
 public:
  explicit FullDiskBuf(size_t limit) : limit_(limit) {}
  size_t written = 0;

 protected:
  std::streamsize xsputn(const char*, std::streamsize n) override {
    if (written + static_cast<size_t>(n) > limit_) {
      errno = ENOSPC;
      return 0;
    }
    written += static_cast<size_t>(n);
    return n;
  }
  int overflow(int c) override { return xsputn(reinterpret_cast<const char*>(&c), 1) == 1 ? c : EOF; }

 private:
  size_t limit_;
};

class PassThrough : public Stage {
 public:
  std::string_view name() const override { return "decode"; }
  Status apply(Document& doc) const override { return decode(doc, DecodeOptions{}); }
};

std::string many_lines(const std::filesystem::path& dir, int n) {
  std::string path = (dir / "many.txt").string();
  std::ofstream out(path, std::ios::binary);
  for (int i = 0; i < n; ++i) out << "văn bản số " << i << "\n";
  return path;
}

TEST(CorpusProcessorFaults, WriteErrorStopsReadingAndSaysWhy) {
  auto dir = std::filesystem::temp_directory_path() / "vitext_corpus_faults_write";
  std::filesystem::create_directories(dir);
  PassThrough stage;
  ProcessOptions o;
  o.stages = {&stage};
  o.threads = 2;
  o.window = 4;
  CorpusProcessor p(o);
  ReaderOptions ro;
  ro.format = InputFormat::kLines;
  FullDiskBuf buf(2000);
  std::ostream out(&buf);
  ProcessSummary sum;
  Status st = p.run({many_lines(dir, 5000)}, ro, out, sum);
  std::filesystem::remove_all(dir);
  EXPECT_EQ(st.code(), StatusCode::kIoError);
  EXPECT_NE(st.message().find("No space left on device"), std::string::npos) << st.message();
  EXPECT_TRUE(sum.interrupted);
  EXPECT_LT(sum.read, 5000u);  // reading stopped: there was nowhere to put the results
  EXPECT_EQ(sum.read, sum.ok + sum.errors + sum.filtered + sum.duplicates);
}

TEST(CorpusProcessorFaults, StopFlagEndsAfterTheDocumentsInFlight) {
  auto dir = std::filesystem::temp_directory_path() / "vitext_corpus_faults_stop";
  std::filesystem::create_directories(dir);
  PassThrough stage;
  std::atomic<bool> stop{false};
  ProcessOptions o;
  o.stages = {&stage};
  o.stop = &stop;
  CorpusProcessor p(o);
  p.on_progress = [&](const ProcessSummary& s) {
    if (s.ok == 10) stop = true;
  };
  ReaderOptions ro;
  ro.format = InputFormat::kLines;
  std::ostringstream out;
  ProcessSummary sum;
  Status st = p.run({many_lines(dir, 5000)}, ro, out, sum);
  std::filesystem::remove_all(dir);
  EXPECT_TRUE(st.ok()) << st.message();
  EXPECT_TRUE(sum.interrupted);
  EXPECT_LT(sum.read, 5000u);
  // Every document read was written, as one whole line each.
  EXPECT_EQ(sum.ok, sum.read);
  const std::string written = out.str();
  EXPECT_EQ(static_cast<uint64_t>(std::count(written.begin(), written.end(), '\n')), sum.read);
}

}  // namespace
}  // namespace vitext
