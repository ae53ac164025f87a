// /v1/search and /v1/document: the HTTP server in-process over a small index built here,
// driven with httplib's client. The hits must be the library's (search_hit_json: one writer),
// their byte offsets must select the matched words in the stored text, and every bad query
// must be a JSON 400.
#include <gtest/gtest.h>
#include <httplib.h>

#include <nlohmann/json.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "server/http_server.h"
#include "testing/test_server.h"
#include "vitext/pipeline.h"
#include "vitext/search.h"

namespace vitext::server {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

struct StoredDoc {
  const char* id;
  const char* title;
  const char* date;
  const char* text;
};

const StoredDoc kDocs[] = {
    {"report", "Hội nghị Công an tỉnh", "2023-12-20",
     "Ngày 15/12/2023, Đại tá Nguyễn Hữu Mạnh, Giám đốc Công an tỉnh Thanh Hóa, chủ trì hội nghị tổng kết. "
     "Công an tỉnh đã khen thưởng 12 tập thể và 30 cá nhân có thành tích xuất sắc."},
    {"hue", "Du lịch Huế", "2021-06-01",
     "Năm 2021, thành phố Huế đón 1,2 triệu lượt khách du lịch. Nhiều lễ hội được tổ chức."},
    {"hanoi", "Hà Nội mùa thu", "2022-09-02",
     "Hà Nội hôm nay trời mưa nhẹ. Người dân hoà mình vào không khí lễ hội trên phố."},
};

// A server with one analysis worker that analyses up to sentences.
ServerOptions small_options() {
  ServerOptions o;
  o.port = 0;
  o.workers = 1;
  o.pipeline.until = StageId::kSentences;
  return o;
}

// Builds the index once for every test of this file (analysis is the slow part).
class ServeSearchTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(fs::temp_directory_path() / ("vitext-serve-search-" + std::to_string(::getpid())));
    fs::create_directories(*dir_);
    db_ = new std::string((*dir_ / "news.db").string());
    PipelineOptions po;
    po.only = {StageId::kSegment, StageId::kExtract};
    std::unique_ptr<Pipeline> pipeline;
    Status st = Pipeline::create(po, pipeline);
    ASSERT_TRUE(st.ok()) << st.message();
    std::unique_ptr<Index> index;
    st = Index::open(*db_, Index::Mode::kWrite, index);
    ASSERT_TRUE(st.ok()) << st.message();
    for (const StoredDoc& d : kDocs) {
      Document doc{std::string(d.text)};
      doc.meta.id = d.id;
      doc.meta.title = d.title;
      doc.meta.date = d.date;
      st = pipeline->run(doc);
      ASSERT_TRUE(st.ok()) << st.message();
      st = index->add(doc);
      ASSERT_TRUE(st.ok()) << st.message();
    }
    st = index->commit();
    ASSERT_TRUE(st.ok()) << st.message();
  }
  static void TearDownTestSuite() {
    std::error_code ec;
    fs::remove_all(*dir_, ec);
    delete dir_;
    delete db_;
  }

  void SetUp() override {
    ServerOptions o;
    o.port = 0;
    o.workers = 2;
    o.connection_threads = 16;
    o.request_timeout_ms = 20000;
    o.pipeline.until = StageId::kSegment;
    o.search_dbs = {*db_};
    ASSERT_TRUE(testing::start_test_server(o, server_, client_));
  }
  void TearDown() override { testing::stop_test_server(server_, client_); }

  // GET `path` with `params`; the parsed JSON body, with the status in `status`.
  json get(const std::string& path, const httplib::Params& params, int& status) {
    auto res = client_->Get(path, params, httplib::Headers{});
    EXPECT_TRUE(res) << httplib::to_string(res.error());
    if (!res) return json();
    status = res->status;
    EXPECT_NE(res->get_header_value("Content-Type").find("application/json"), std::string::npos) << res->body;
    return json::parse(res->body);
  }
  std::vector<std::string> ids_of(const json& body) {
    std::vector<std::string> ids;
    for (const json& h : body["hits"]) ids.push_back(h["id"]);
    return ids;
  }
  static std::string text_of(const std::string& id) {
    for (const StoredDoc& d : kDocs)
      if (id == d.id) return d.text;
    return "";
  }

  static fs::path* dir_;
  static std::string* db_;
  std::unique_ptr<HttpServer> server_;
  std::unique_ptr<httplib::Client> client_;
};

fs::path* ServeSearchTest::dir_ = nullptr;
std::string* ServeSearchTest::db_ = nullptr;

TEST_F(ServeSearchTest, FindsWordsWithoutDiacriticsWithByteOffsetsIntoTheStoredText) {
  int status = 0;
  json body = get("/v1/search", {{"q", "thanh hoa"}}, status);
  ASSERT_EQ(status, 200) << body.dump();
  ASSERT_EQ(ids_of(body), std::vector<std::string>{"report"});
  const json& hit = body["hits"][0];
  EXPECT_EQ(hit["title"], "Hội nghị Công an tỉnh");
  EXPECT_EQ(hit["shard"], *db_);
  ASSERT_FALSE(hit["matches"].empty());
  const std::string text = text_of("report");
  for (const json& m : hit["matches"]) {
    size_t start = m[0], end = m[1];
    EXPECT_EQ(text.substr(start, end - start), "Thanh Hóa");
  }
  // The snippet is the stored text at snippet_start.
  const std::string snippet = hit["snippet"];
  EXPECT_EQ(text.substr(hit["snippet_start"].get<size_t>(), snippet.size()), snippet);
}

TEST_F(ServeSearchTest, HitsAreTheLibrarysJsonByteForByte) {
  std::unique_ptr<Index> index;
  ASSERT_TRUE(Index::open(*db_, Index::Mode::kRead, index).ok());
  SearchQuery q;
  q.text = "lễ hội";
  std::vector<SearchHit> hits;
  ASSERT_TRUE(search_shards({index.get()}, q, hits).ok());
  ASSERT_EQ(hits.size(), 2u);
  std::string expected = "{\"hits\":[" + search_hit_json(hits[0]) + "," + search_hit_json(hits[1]) + "]}\n";
  auto res = client_->Get("/v1/search?q=l%E1%BB%85%20h%E1%BB%99i");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->body, expected);
}

TEST_F(ServeSearchTest, FiltersUseTheAnalysis) {
  int status = 0;
  json body = get("/v1/search", {{"person", "nguyen huu manh"}}, status);
  ASSERT_EQ(status, 200) << body.dump();
  EXPECT_EQ(ids_of(body), std::vector<std::string>{"report"});
  EXPECT_FALSE(body["hits"][0]["people"].empty());

  body = get("/v1/search", {{"since", "2023-12-01"}, {"until", "2023-12-31"}}, status);
  ASSERT_EQ(status, 200) << body.dump();
  EXPECT_EQ(ids_of(body), std::vector<std::string>{"report"});

  body = get("/v1/search", {{"fact_unit", "tập thể"}}, status);
  ASSERT_EQ(status, 200) << body.dump();
  EXPECT_EQ(ids_of(body), std::vector<std::string>{"report"});
  ASSERT_FALSE(body["hits"][0]["facts"].empty());
  EXPECT_EQ(body["hits"][0]["facts"][0]["value"], 12);

  body = get("/v1/search", {{"fact_unit", "tập thể"}, {"fact_min", "13"}}, status);
  ASSERT_EQ(status, 200) << body.dump();
  EXPECT_TRUE(body["hits"].empty());

  body = get("/v1/search", {{"q", "lễ hội"}, {"limit", "1"}}, status);
  ASSERT_EQ(status, 200) << body.dump();
  EXPECT_EQ(body["hits"].size(), 1u);
}

TEST_F(ServeSearchTest, BadQueriesGetJson400) {
  const std::vector<std::pair<httplib::Params, std::string>> bad = {
      {{{"q", "\"thanh hoa"}}, "bad_query"},         // unclosed quote
      {{{"q", "x"}, {"colour", "red"}}, "unknown_parameter"},
      {{{"q", "x"}, {"fact_min", "many"}}, "bad_query"},
      {{{"q", "x"}, {"fact_max", "1e999"}}, "bad_query"},
      {{{"q", "x"}, {"limit", "0"}}, "bad_query"},
      {{{"q", "x"}, {"limit", "-3"}}, "bad_query"},
      {{{"q", "x"}, {"since", "2023-13"}}, "bad_query"},
      {{{"q", "x"}, {"type", "CITY"}}, "bad_query"},
      {{{"q", "a"}, {"q", "b"}}, "bad_query"},
  };
  for (const auto& [params, reason] : bad) {
    int status = 0;
    json body = get("/v1/search", params, status);
    EXPECT_EQ(status, 400) << body.dump();
    EXPECT_EQ(body["reason"], reason) << body.dump();
    EXPECT_TRUE(body["error"].is_string() && !body["error"].get<std::string>().empty());
  }
}

TEST_F(ServeSearchTest, DocumentIsTheStoredTextAnalysed) {
  int status = 0;
  json doc = get("/v1/document", {{"id", "report"}, {"db", *db_}}, status);
  ASSERT_EQ(status, 200) << doc.dump();
  EXPECT_EQ(doc["id"], "report");
  EXPECT_EQ(doc["meta"]["title"], "Hội nghị Công an tỉnh");
  EXPECT_EQ(doc["meta"]["date"], "2023-12-20");
  const std::string text = text_of("report");
  EXPECT_EQ(doc["meta"]["bytes"], text.size());
  ASSERT_FALSE(doc["sentences"].empty());
  // The server's default stage (segment): a search hit's offsets fall on its words.
  json hits = get("/v1/search", {{"q", "thanh hoa"}}, status);
  size_t match_start = hits["hits"][0]["matches"][0][0];
  bool on_a_word = false;
  for (const json& s : doc["sentences"])
    for (const json& w : s["words"]) on_a_word = on_a_word || w["start"] == match_start;
  EXPECT_TRUE(on_a_word);

  // The same options as /v1/analyze; and the stored bytes themselves.
  doc = get("/v1/document", {{"id", "report"}, {"until", "sentences"}}, status);
  ASSERT_EQ(status, 200) << doc.dump();
  EXPECT_FALSE(doc["sentences"][0].contains("words"));
  auto original = client_->Get("/v1/document?id=report&format=original");
  ASSERT_TRUE(original);
  EXPECT_EQ(original->status, 200);
  EXPECT_EQ(original->body, text);
}

TEST_F(ServeSearchTest, DocumentErrors) {
  int status = 0;
  json body = get("/v1/document", {{"id", "nothing"}}, status);
  EXPECT_EQ(status, 404);
  EXPECT_EQ(body["reason"], "not_found");
  body = get("/v1/document", {{"db", *db_}}, status);
  EXPECT_EQ(status, 400);
  body = get("/v1/document", {{"id", "report"}, {"db", "/etc/passwd"}}, status);
  EXPECT_EQ(status, 400);
  EXPECT_EQ(body["reason"], "bad_query");
  body = get("/v1/document", {{"id", "report"}, {"until", "nowhere"}}, status);
  EXPECT_EQ(status, 400);
  EXPECT_EQ(body["reason"], "bad_option");
}

TEST_F(ServeSearchTest, DocumentOverTheBodyLimitIsNotAnalysed) {
  ServerOptions o = small_options();
  o.max_body_bytes = 100;  // less than the report
  o.search_dbs = {*db_};
  std::unique_ptr<HttpServer> server;
  std::unique_ptr<httplib::Client> client;
  ASSERT_TRUE(testing::start_test_server(o, server, client));
  auto res = client->Get("/v1/document?id=report");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
  EXPECT_EQ(json::parse(res->body)["reason"], "too_large");
  res = client->Get("/v1/document?id=report&format=original");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->body, text_of("report"));
  testing::stop_test_server(server, client);
}

TEST_F(ServeSearchTest, ConcurrentSearchesAgree) {
  int status = 0;
  const json expected = get("/v1/search", {{"q", "lễ hội"}}, status);
  ASSERT_EQ(status, 200);
  std::vector<std::thread> threads;
  std::vector<int> same(8, 0);
  for (size_t t = 0; t < same.size(); ++t) {
    threads.emplace_back([&, t] {
      httplib::Client c("127.0.0.1", server_->port());
      for (int i = 0; i < 10; ++i) {
        auto res = c.Get("/v1/search?q=l%E1%BB%85%20h%E1%BB%99i");
        if (res && res->status == 200 && json::parse(res->body) == expected) ++same[t];
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int n : same) EXPECT_EQ(n, 10);
}

TEST(ServeSearchSetup, WithoutAnIndexSearchIs404) {
  std::unique_ptr<HttpServer> server;
  std::unique_ptr<httplib::Client> client;
  ASSERT_TRUE(testing::start_test_server(small_options(), server, client));
  auto res = client->Get("/v1/search?q=x");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 404);
  EXPECT_EQ(json::parse(res->body)["reason"], "no_index");
  auto health = client->Get("/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(json::parse(health->body)["search_shards"], 0);
  testing::stop_test_server(server, client);
}

TEST(ServeSearchSetup, AMissingOrCorruptIndexFailsAtStart) {
  ServerOptions o = small_options();
  const fs::path dir = fs::temp_directory_path() / ("vitext-serve-bad-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  o.search_dbs = {(dir / "missing.db").string()};
  std::unique_ptr<HttpServer> server;
  Status st = HttpServer::create(o, server);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("missing.db"), std::string::npos) << st.message();
  const fs::path corrupt = dir / "corrupt.db";
  std::ofstream(corrupt) << "this is not a database, only text long enough to look like a header.........";
  o.search_dbs = {corrupt.string()};
  st = HttpServer::create(o, server);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("corrupt.db"), std::string::npos) << st.message();
  fs::remove_all(dir);
}

}  // namespace
}  // namespace vitext::server
