// The HTTP server in-process on an ephemeral loopback port, driven with httplib's client
// and, for the malformed and slow requests a client library will not send, raw sockets.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gtest/gtest.h>
#include <httplib.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "server/http_server.h"
#include "testing/test_server.h"
#include "vitext/segmenter.h"

namespace vitext::server {
namespace {

using nlohmann::json;

class ServeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ServerOptions o;
    o.port = 0;
    o.workers = 2;
    o.connection_threads = 16;
    o.max_body_bytes = 64 * 1024;
    o.request_timeout_ms = 2000;
    o.read_timeout_ms = 2000;
    o.pipeline.until = StageId::kSentences;
    o.pipeline.strict = true;
    ASSERT_TRUE(testing::start_test_server(o, server_, client_));
  }
  void TearDown() override { testing::stop_test_server(server_, client_); }

  // Sends `bytes` on a fresh connection and returns whatever comes back until the server
  // closes it or `read_for` passes.
  std::string raw_exchange(const std::string& bytes, std::chrono::milliseconds read_for = std::chrono::seconds(5)) {
    int fd = connect_raw();
    if (fd < 0) return "";
    (void)!::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    ::shutdown(fd, SHUT_WR);
    std::string out = read_all(fd, read_for);
    ::close(fd);
    return out;
  }
  int connect_raw() {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(server_->port()));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
      ::close(fd);
      return -1;
    }
    return fd;
  }
  static std::string read_all(int fd, std::chrono::milliseconds read_for) {
    timeval tv{static_cast<time_t>(read_for.count() / 1000), static_cast<suseconds_t>((read_for.count() % 1000) * 1000)};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    std::string out;
    char buf[4096];
    ssize_t n;
    while ((n = ::recv(fd, buf, sizeof buf, 0)) > 0) out.append(buf, static_cast<size_t>(n));
    return out;
  }
  // A good request that must succeed whatever happened before.
  void expect_service() {
    auto res = client_->Post("/v1/analyze", "Hà Nội mùa thu.", "text/plain; charset=utf-8");
    ASSERT_TRUE(res) << httplib::to_string(res.error());
    EXPECT_EQ(res->status, 200);
    EXPECT_EQ(json::parse(res->body)["meta"]["bytes"], 19);
  }

  std::unique_ptr<HttpServer> server_;
  std::unique_ptr<httplib::Client> client_;
};

TEST_F(ServeTest, HealthSaysOk) {
  auto res = client_->Get("/health");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  json j = json::parse(res->body);
  EXPECT_EQ(j["status"], "ok");
  EXPECT_EQ(j["default_until"], "sentences");
}

TEST_F(ServeTest, AnalyzesRawTextWithOffsetsIntoTheBody) {
  const std::string text = "Công an tỉnh Thanh Hóa họp. Hội nghị kết thúc lúc 11 giờ.";
  auto res = client_->Post("/v1/analyze", text, "text/plain; charset=utf-8");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  json j = json::parse(res->body);
  EXPECT_EQ(j["meta"]["encoding"], "utf-8");
  EXPECT_EQ(j["meta"]["bytes"], text.size());
  ASSERT_EQ(j["sentences"].size(), 2u);
  for (const json& s : j["sentences"]) {
    size_t start = s["start"], end = s["end"];
    EXPECT_EQ(text.substr(start, end - start), s["text"].get<std::string>());
  }
  EXPECT_EQ(j["sentences"][1]["text"], "Hội nghị kết thúc lúc 11 giờ.");
}

TEST_F(ServeTest, AnalyzesAJsonRequestWithOptions) {
  json req = {{"text", "Hà Nội. Huế."}, {"id", "doc-7"}, {"options", {{"until", "tokenize"}, {"tokens", true}}}};
  auto res = client_->Post("/v1/analyze", req.dump(), "application/json");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  json j = json::parse(res->body);
  EXPECT_EQ(j["id"], "doc-7");
  EXPECT_TRUE(j["sentences"].empty());  // sentences were not asked for
}

TEST_F(ServeTest, ReadsTheWebCorpusLayout) {
  const std::string body = " date 2023-12 Tổng kết năm\n\nNăm 2023 khép lại.\n";
  auto res = client_->Post("/v1/analyze", body, "text/plain; charset=utf-8");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  json j = json::parse(res->body);
  EXPECT_EQ(j["meta"]["date"], "2023-12");
  EXPECT_EQ(j["meta"]["title"], "Tổng kết năm");
  ASSERT_FALSE(j["sentences"].empty());
  EXPECT_EQ(j["sentences"][0]["start"], 0);  // offsets are into the body after the header
}

TEST_F(ServeTest, OversizedBodyGets413AndTheConnectionStaysUsable) {
  auto res = client_->Post("/v1/analyze", std::string(100 * 1024, 'a'), "text/plain");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
  EXPECT_EQ(json::parse(res->body)["reason"], "too_large");
  expect_service();
}

TEST_F(ServeTest, MalformedJsonGets400WithTheOffset) {
  auto res = client_->Post("/v1/analyze", R"({"text": "abc",, })", "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  json j = json::parse(res->body);
  EXPECT_EQ(j["reason"], "malformed_json");
  EXPECT_EQ(j["offset"], 15);
}

TEST_F(ServeTest, InvalidUtf8InJsonGets400WithTheOffset) {
  auto res = client_->Post("/v1/analyze", "{\"text\": \"ab\xff\"}", "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  json j = json::parse(res->body);
  EXPECT_EQ(j["reason"], "invalid_utf8");
  EXPECT_EQ(j["offset"], 12);
}

TEST_F(ServeTest, InvalidUtf8InRawTextGets400WithTheOffset) {
  auto res = client_->Post("/v1/analyze", "Vi\xe1\xbb\x87t Nam \xc3\x28", "text/plain; charset=utf-8");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  json j = json::parse(res->body);
  EXPECT_EQ(j["reason"], "invalid_utf8");
  EXPECT_EQ(j["offset"], 11);
}

TEST_F(ServeTest, BadOptionGets400) {
  auto res = client_->Post("/v1/analyze?until=everything", "Hà Nội", "text/plain");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  EXPECT_EQ(json::parse(res->body)["reason"], "bad_option");
}

TEST_F(ServeTest, ParserOptionPicksTheModeAndChecksIt) {
  auto res = client_->Post("/v1/analyze?until=parse&format=conllu&parser=accurate", "Công an tỉnh bắt đối tượng.",
                           "text/plain; charset=utf-8");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_NE(res->body.find("\troot\t"), std::string::npos) << res->body;
  res = client_->Post("/v1/analyze?parser=exact", "Hà Nội", "text/plain");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  EXPECT_EQ(json::parse(res->body)["reason"], "bad_option");
}

TEST_F(ServeTest, ConventionsParameterIsCheckedAndVlspIsSegmentationOnly) {
  auto res = client_->Post("/v1/segment?conventions=phobert", "Hà Nội", "text/plain; charset=utf-8");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  EXPECT_EQ(json::parse(res->body)["reason"], "bad_option");
  res = client_->Post("/v1/analyze?conventions=vlsp&until=tag", "Hà Nội", "text/plain; charset=utf-8");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  EXPECT_NE(json::parse(res->body)["error"].get<std::string>().find("segmentation only"), std::string::npos);
  res = client_->Post("/v1/segment?conventions=vtb", "Người dân", "text/plain; charset=utf-8");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200) << res->body;
  Segmenter vlsp;
  if (!Segmenter::load_default(vlsp, WordConventions::kVlsp).ok()) GTEST_SKIP() << "no vlsp model embedded";
  res = client_->Post("/v1/segment?conventions=vlsp&format=underscore", "Người dân đóng bảo hiểm xã hội.",
                      "text/plain; charset=utf-8");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(res->body, "Người_dân đóng bảo_hiểm_xã_hội .\n");
}

TEST_F(ServeTest, ConvertsLegacyBytesToNfcUtf8) {
  auto res = client_->Post("/v1/convert?from=viqr", "Vie^.t Nam", "application/octet-stream");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(res->body, "Việt Nam");
  EXPECT_EQ(res->get_header_value("X-Vitext-Encoding"), "viqr");

  httplib::Headers accept_json = {{"Accept", "application/json"}};
  res = client_->Post("/v1/convert", accept_json, "Vi\xe1\xbb\x87t Nam", "application/octet-stream");
  ASSERT_TRUE(res);
  json j = json::parse(res->body);
  EXPECT_EQ(j["text"], "Việt Nam");
  EXPECT_EQ(j["encoding"], "utf-8");
}

TEST_F(ServeTest, ConvertIsLenientUnlessAskedAndChecksTheOption) {
  const std::string bad = "Vi\xff\xfet Nam";  // not UTF-8
  auto res = client_->Post("/v1/convert?from=utf-8", bad, "application/octet-stream");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(res->get_header_value("X-Vitext-Invalid-Bytes"), "2");
  res = client_->Post("/v1/convert?from=utf-8&strict=yes", bad, "application/octet-stream");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  EXPECT_EQ(json::parse(res->body)["reason"], "invalid_utf8");
  res = client_->Post("/v1/convert?strict=maybe", "Việt Nam", "application/octet-stream");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  EXPECT_EQ(json::parse(res->body)["reason"], "bad_option");
}

TEST_F(ServeTest, UnknownPathGetsJson404) {
  auto res = client_->Get("/v2/nothing");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 404);
  EXPECT_EQ(json::parse(res->body)["reason"], "not_found");
}

TEST_F(ServeTest, ServesTheViewer) {
  auto res = client_->Get("/");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->get_header_value("Content-Type").find("text/html"), std::string::npos);
  EXPECT_NE(res->body.find("vitext"), std::string::npos);
}

TEST_F(ServeTest, MetricsCountRequestsByEndpointAndStatus) {
  expect_service();
  auto bad = client_->Post("/v1/analyze", "{", "application/json");
  ASSERT_TRUE(bad);
  auto res = client_->Get("/metrics");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  const std::string& m = res->body;
  EXPECT_NE(m.find("# TYPE vitext_http_requests_total counter"), std::string::npos);
  EXPECT_NE(m.find("vitext_http_requests_total{endpoint=\"analyze\",code=\"200\"} 1"), std::string::npos);
  EXPECT_NE(m.find("vitext_http_requests_total{endpoint=\"analyze\",code=\"400\"} 1"), std::string::npos);
  EXPECT_NE(m.find("vitext_http_request_duration_seconds_bucket{endpoint=\"analyze\",le=\"+Inf\"} 2"),
            std::string::npos);
  EXPECT_NE(m.find("vitext_http_errors_total{endpoint=\"analyze\",reason=\"malformed_json\"} 1"), std::string::npos);
  EXPECT_NE(m.find("vitext_http_request_bytes_total{endpoint=\"analyze\"}"), std::string::npos);
}

TEST_F(ServeTest, SlowBodyGets408) {
  int fd = connect_raw();
  ASSERT_GE(fd, 0);
  std::string head = "POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n";
  ASSERT_GT(::send(fd, head.data(), head.size(), MSG_NOSIGNAL), 0);
  // A byte at a time, each well within the read timeout, the whole past the request limit.
  std::string got;
  for (int i = 0; i < 100 && got.empty(); ++i) {
    if (::send(fd, "a", 1, MSG_NOSIGNAL) != 1) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    char buf[4096];
    ssize_t n = ::recv(fd, buf, sizeof buf, MSG_DONTWAIT);
    if (n > 0) got.assign(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  EXPECT_NE(got.find("HTTP/1.1 408"), std::string::npos) << got;
  expect_service();
}

// Every kind of bad client at once, then a good one, which is served.
TEST_F(ServeTest, BadClientsDoNotStopService) {
  // Slowloris: connections that send half a header line and then wait.
  std::vector<int> idle;
  for (int i = 0; i < 4; ++i) {
    int fd = connect_raw();
    ASSERT_GE(fd, 0);
    (void)!::send(fd, "POST /v1/analyze HTTP/1.1\r\nHost: x\r\nX-Slow: ", 45, MSG_NOSIGNAL);
    idle.push_back(fd);
  }
  // Requests httplib cannot parse are dropped or answered with 4xx; what matters is after.
  raw_exchange("GARBAGE\r\n\r\n");
  raw_exchange("POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Length: nonsense\r\n\r\n");
  raw_exchange(std::string("GET /") + std::string(20000, 'a') + " HTTP/1.1\r\n\r\n");
  raw_exchange("POST /v1/analyze HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
  auto big = client_->Post("/v1/analyze", std::string(1 << 20, 'x'), "text/plain");
  ASSERT_TRUE(big);
  EXPECT_EQ(big->status, 413);
  auto bad_json = client_->Post("/v1/analyze", "{\"text\": [", "application/json");
  ASSERT_TRUE(bad_json);
  EXPECT_EQ(bad_json->status, 400);
  auto bad_utf8 = client_->Post("/v1/analyze", "\xff\xfe\xfd", "text/plain; charset=utf-8");
  ASSERT_TRUE(bad_utf8);
  EXPECT_EQ(bad_utf8->status, 400);
  expect_service();
  for (int fd : idle) ::close(fd);
}

TEST_F(ServeTest, StopFinishesAndIsIdempotent) {
  expect_service();
  server_->stop();
  server_->stop();
  server_->wait();
  auto res = client_->Get("/health");
  EXPECT_FALSE(res);  // nothing listens any more
}

}  // namespace
}  // namespace vitext::server
