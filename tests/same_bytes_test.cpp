// One writer per format: the same input gives the same bytes from `vitext analyze`,
// `vitext segment`, `vitext process`, the HTTP API and the writers called directly (the
// Python module is held to the CLI in python/tests/test_formats.py). And `vitext segment`
// runs the analyze pipeline: its words are analyze's on any input.
#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "server/http_server.h"
#include "testing/legacy_encoders.h"
#include "vitext/writers.h"

namespace vitext {
namespace {

namespace fs = std::filesystem;

struct Input {
  const char* name;
  std::string bytes;
};

// Inputs where the front ends once disagreed: lines and blank lines, odd white space inside
// and between words, old tone placement, a legacy encoding, invalid UTF-8.
std::vector<Input> inputs() {
  return {
      {"plain", "Công an tỉnh Thanh Hóa đã bắt giữ 12 đối tượng. Năm 2023, tình hình ổn định.\n"},
      {"lines", "Hà Nội mùa thu\n\nCông an tỉnh\nbắt đối tượng.\n\n\n"},
      {"spaces", "  Công  an\ttỉnh\r\nThanh\u00a0Hóa \u3000 Sở   Y tế \n"},
      {"old_tones", "Hoà bình, khoẻ mạnh, thuỷ lợi: hoá đơn của Sở Y tế."},
      {"vni", testing::encode_vni("Công an tỉnh Thanh Hóa đã bắt giữ đối tượng.\n")},
      {"invalid_utf8", "Hà Nội \xC3\x28 mùa thu \xFF\xFE năm 2023.\n"},
  };
}

class SameBytesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(fs::temp_directory_path() / ("vitext-same-bytes-" + std::to_string(::getpid())));
    fs::create_directories(*dir_);
  }
  static void TearDownTestSuite() {
    fs::remove_all(*dir_);
    delete dir_;
  }

  static std::string write(const Input& in) {
    std::string path = (*dir_ / (std::string(in.name) + ".txt")).string();
    std::ofstream(path, std::ios::binary) << in.bytes;
    return path;
  }

  // The CLI's standard output for `args` (`redirect` says where stderr goes).
  static std::string cli(const std::string& args, const char* redirect = " 2>/dev/null") {
    std::string cmd = std::string(VITEXT_CLI_PATH) + " " + args + redirect;
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(cmd.c_str(), "r"), ::pclose);
    std::string out;
    char buf[4096];
    size_t n;
    while (pipe && (n = std::fread(buf, 1, sizeof buf, pipe.get())) > 0) out.append(buf, n);
    return out;
  }

  static fs::path* dir_;
};

fs::path* SameBytesTest::dir_ = nullptr;

TEST_F(SameBytesTest, EveryFrontEndWritesTheSameBytesInEveryFormat) {
  server::ServerOptions so;
  so.port = 0;
  so.pipeline.until = StageId::kSegment;
  std::unique_ptr<server::HttpServer> srv;
  ASSERT_TRUE(server::HttpServer::create(so, srv).ok());
  ASSERT_TRUE(srv->start().ok());
  httplib::Client http("127.0.0.1", srv->port());
  http.set_read_timeout(std::chrono::seconds(30));

  for (const Input& in : inputs()) {
    const std::string path = write(in);
    for (const std::string format : {"json", "conllu", "tsv", "underscore", "text"}) {
      SCOPED_TRACE(std::string(in.name) + " as " + format);
      const std::string analyzed = cli("analyze --until segment -f " + format + " " + path);
      ASSERT_FALSE(analyzed.empty());
      EXPECT_EQ(cli("segment -f " + format + " " + path), analyzed);
      EXPECT_EQ(cli("process --until segment --no-quality --no-progress --input-format text -j 1 -f " + format + " " +
                    path),
                analyzed);
      auto res = http.Post("/v1/segment?format=" + format + "&id=" + httplib::detail::encode_query_param(path),
                           in.bytes, "application/octet-stream");
      ASSERT_TRUE(res);
      EXPECT_EQ(res->status, 200) << res->body;
      EXPECT_EQ(res->body, analyzed);
    }
  }
  srv->stop();
}

// One reader of option values: the CLI and the HTTP API refuse a bad value with its words.
TEST_F(SameBytesTest, BadOptionsHaveOneMessage) {
  server::ServerOptions so;
  so.port = 0;
  std::unique_ptr<server::HttpServer> srv;
  ASSERT_TRUE(server::HttpServer::create(so, srv).ok());
  ASSERT_TRUE(srv->start().ok());
  httplib::Client http("127.0.0.1", srv->port());
  const std::pair<const char*, const char*> bad[] = {{"until", "everything"}, {"tone", "newer"},
                                                     {"parser", "fastest"}, {"from", "latin1"}};
  for (const auto& [name, value] : bad) {
    SCOPED_TRACE(name);
    PipelineOptions o;
    const std::string message = parse_pipeline_option(name, value, o).message();
    ASSERT_FALSE(message.empty());
    const std::string path = write({"bad", "Hà Nội"});
    const std::string err = cli(std::string("analyze --") + name + " " + value + " " + path, " 2>&1");
    EXPECT_NE(err.find(message), std::string::npos) << err;
    auto res = http.Post(std::string("/v1/analyze?") + name + "=" + value, "Hà Nội", "text/plain");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 400);
    EXPECT_NE(res->body.find(message), std::string::npos) << res->body;
  }
  srv->stop();
}

TEST_F(SameBytesTest, SegmentWordsAreAnalyzeWords) {
  for (const Input& in : inputs()) {
    SCOPED_TRACE(in.name);
    const std::string path = write(in);
    // Every stage after segmentation runs here; none of them may change the words.
    const std::string words = cli("segment -f tsv " + path);
    ASSERT_FALSE(words.empty());
    EXPECT_EQ(words, cli("analyze -f tsv " + path));
    EXPECT_EQ(cli("segment -f tsv --tone old " + path), cli("analyze -f tsv --tone old " + path));
  }
}

TEST(WritersTest, UnderscoreKeepsLinesAndJoinsWordsAcrossAnySpace) {
  Document doc(std::string("Thanh\u00a0Hóa\n\nHà  Nội"));
  doc.decode.encoding = "utf-8";
  doc.words.push_back(Word{});
  doc.words.back().span = {0, 11};
  doc.words.push_back(Word{});
  doc.words.back().span = {13, 23};
  EXPECT_EQ(format_document(doc, OutputFormat::kUnderscore), "Thanh_Hóa\n\nHà_Nội\n");
}

TEST(WritersTest, FormatNames) {
  OutputFormat f;
  ASSERT_TRUE(parse_output_format("jsonl", f).ok());
  EXPECT_EQ(f, OutputFormat::kJson);
  EXPECT_EQ(parse_output_format("xml", f).message(),
            "unknown output format 'xml' (use json, conllu, tsv, underscore or text)");
  for (const std::string& name : output_format_names()) {
    ASSERT_TRUE(parse_output_format(name, f).ok());
    if (name != "jsonl") {
      EXPECT_EQ(output_format_name(f), name);
    }
  }
}

}  // namespace
}  // namespace vitext
