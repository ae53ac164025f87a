#include "server/http_server.h"

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

#include "vitext/thread_pool.h"
#include "server/json_line.h"
#include "server/analysis.h"
#include "server/analyze_request.h"
#include "server/convert_request.h"
#include "server/metrics.h"
#include "server/pipeline_cache.h"
#include "server/search_request.h"
#include "server/shard_pool.h"
#include "server/web_assets.h"

namespace vitext::server {
namespace {

// When the current request's headers were read and how many body bytes it had: set by the
// pre-routing hook and the body reader, read by the logger, all on the connection's thread.
struct RequestClock {
  Clock::time_point start;
  uint64_t bytes_in = 0;
  bool started = false;
  bool recorded = false;
};
thread_local RequestClock t_clock;

std::string endpoint_of(const std::string& path) {
  if (path == "/v1/analyze") return "analyze";
  if (path == "/v1/segment") return "segment";
  if (path == "/v1/convert") return "convert";
  if (path == "/v1/search") return "search";
  if (path == "/v1/document") return "document";
  if (path == "/health") return "health";
  if (path == "/metrics") return "metrics";
  if (path == "/" || (path.size() > 1 && find_web_asset(path.substr(1)).data() != nullptr)) return "viewer";
  return "other";
}

const char* mime_of(const std::string& name) {
  if (name.ends_with(".html")) return "text/html; charset=utf-8";
  if (name.ends_with(".css")) return "text/css; charset=utf-8";
  if (name.ends_with(".js")) return "text/javascript; charset=utf-8";
  if (name.ends_with(".svg")) return "image/svg+xml";
  return "application/octet-stream";
}

enum class BodyResult { kOk, kTooLarge, kTimedOut, kBroken };

// Counts a request being handled, for the in-flight gauge.
class InFlight {
 public:
  explicit InFlight(std::atomic<uint64_t>& n) : n_(n) { ++n_; }
  ~InFlight() { --n_; }

 private:
  std::atomic<uint64_t>& n_;
};

}  // namespace

struct HttpServer::Impl {
  ServerOptions options;
  httplib::Server http;
  PipelineCache pipelines;
  std::unique_ptr<ThreadPool> pool;
  std::unique_ptr<ShardPool> shards;  // null without --db
  Metrics metrics;
  std::atomic<uint64_t> in_flight{0};
  int port = 0;
  std::thread listener;
  std::atomic<bool> listener_done{false};
  std::mutex lifecycle;
  bool stopped = false;

  void routes();
  void post(const std::string& path, void (Impl::*handler)(const httplib::Request&, httplib::Response&, std::string&));
  BodyResult read_body(const httplib::Request& req, const httplib::ContentReader* reader, Clock::time_point deadline,
                       std::string& body);
  void reply_error(httplib::Response& res, const std::string& endpoint, int status, const std::string& reason,
                   const std::string& message, int64_t offset = -1);

  void analyze(const httplib::Request& req, httplib::Response& res, std::string& body);
  void segment(const httplib::Request& req, httplib::Response& res, std::string& body);
  void convert(const httplib::Request& req, httplib::Response& res, std::string& body);
  void analyze_or_segment(const httplib::Request& req, httplib::Response& res, std::string& body, bool segment_only);
  void run_analysis(AnalyzeRequest& request, httplib::Response& res, const std::string& endpoint,
                    const IndexRecord* stored);
  void search(const httplib::Request& req, httplib::Response& res);
  void stored_document(const httplib::Request& req, httplib::Response& res);
  bool borrow_shards(httplib::Response& res, const std::string& endpoint, ShardPool::Lease& lease);
  Clock::time_point deadline() const { return t_clock.start + std::chrono::milliseconds(options.request_timeout_ms); }
};

void HttpServer::Impl::reply_error(httplib::Response& res, const std::string& endpoint, int status,
                                   const std::string& reason, const std::string& message, int64_t offset) {
  res.status = status;
  res.set_content(error_body(message, reason, offset), "application/json");
  metrics.record_error(endpoint, reason);
}

BodyResult HttpServer::Impl::read_body(const httplib::Request& req, const httplib::ContentReader* reader,
                                       Clock::time_point deadline, std::string& body) {
  if (reader == nullptr) return BodyResult::kOk;  // no body was sent
  if (req.has_header("Content-Length")) {
    // Refuse before storing: a client announcing too much is not worth its bytes.
    uint64_t announced = 0;
    try {
      announced = std::stoull(req.get_header_value("Content-Length"));
    } catch (const std::exception&) {
      return BodyResult::kBroken;
    }
    if (announced > options.max_body_bytes) {
      // httplib reads past what is over its payload limit (set to ours) without keeping it,
      // so the connection stays in step and can carry the client's next request.
      (*reader)([](const char*, size_t) { return true; });
      return BodyResult::kTooLarge;
    }
    body.reserve(announced);
  }
  bool too_large = false, late = false;
  bool ok = (*reader)([&](const char* data, size_t n) {
    if (body.size() + n > options.max_body_bytes) {
      too_large = true;
      return false;
    }
    if (Clock::now() > deadline) {
      late = true;
      return false;
    }
    body.append(data, n);
    return true;
  });
  t_clock.bytes_in = body.size();
  if (too_large) return BodyResult::kTooLarge;
  if (late) return BodyResult::kTimedOut;
  if (!ok) return Clock::now() > deadline ? BodyResult::kTimedOut : BodyResult::kBroken;
  return BodyResult::kOk;
}

// Registers `handler` for POST `path`, with the body read (within the limits) before it runs.
void HttpServer::Impl::post(const std::string& path,
                            void (Impl::*handler)(const httplib::Request&, httplib::Response&, std::string&)) {
  auto run = [this, handler, path](const httplib::Request& req, httplib::Response& res,
                                   const httplib::ContentReader* reader) {
    InFlight counted(in_flight);
    const std::string endpoint = endpoint_of(path);
    std::string body;
    switch (read_body(req, reader, deadline(), body)) {
      case BodyResult::kOk: break;
      case BodyResult::kTooLarge:
        return reply_error(res, endpoint, 413, "too_large",
                           "request body is larger than the limit of " + std::to_string(options.max_body_bytes) +
                               " bytes");
      case BodyResult::kTimedOut:
        res.set_header("Connection", "close");
        return reply_error(res, endpoint, 408, "timeout",
                           "the request body did not arrive within " + std::to_string(options.request_timeout_ms) +
                               " ms");
      case BodyResult::kBroken:
        res.set_header("Connection", "close");
        return reply_error(res, endpoint, 400, "broken_body", "the request body could not be read");
    }
    (this->*handler)(req, res, body);
  };
  http.Post(path, [run](const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& reader) {
    run(req, res, &reader);
  });
  // httplib routes bodiless POSTs to plain handlers only.
  http.Post(path, [run](const httplib::Request& req, httplib::Response& res) { run(req, res, nullptr); });
}

void HttpServer::Impl::analyze(const httplib::Request& req, httplib::Response& res, std::string& body) {
  analyze_or_segment(req, res, body, false);
}

void HttpServer::Impl::segment(const httplib::Request& req, httplib::Response& res, std::string& body) {
  analyze_or_segment(req, res, body, true);
}

void HttpServer::Impl::analyze_or_segment(const httplib::Request& req, httplib::Response& res, std::string& body,
                                          bool segment_only) {
  const std::string endpoint = segment_only ? "segment" : "analyze";
  AnalyzeRequest request;
  RequestError err;
  if (!parse_analyze_request(std::move(body), req.get_header_value("Content-Type"), req.params, options.pipeline,
                             request, err))
    return reply_error(res, endpoint, err.status, err.reason, err.message, err.offset);
  if (segment_only) {
    request.pipeline.until = StageId::kSegment;
  }
  run_analysis(request, res, endpoint, nullptr);
}

// Runs the request's text through its pipeline on the workers and writes the reply.
// `stored`: the text is that stored document's, whose id, title, date and source it keeps.
void HttpServer::Impl::run_analysis(AnalyzeRequest& request, httplib::Response& res, const std::string& endpoint,
                                    const IndexRecord* stored) {
  std::shared_ptr<const Pipeline> pipeline;
  Status st = pipelines.get(request.pipeline, pipeline);
  if (!st.ok()) return reply_error(res, endpoint, http_status_of(st), "pipeline", st.message());

  auto analysis = std::make_shared<Analysis>();
  read_documents(request, *analysis);
  if (stored != nullptr) {
    DocumentMeta& meta = analysis->docs.front().meta;
    meta.id = stored->id;
    meta.title = stored->title;
    meta.date = stored->date;
    meta.source = stored->source;
  }
  switch (run_on_pool(*pool, std::move(pipeline), analysis, deadline())) {
    case RunOutcome::kDone: break;
    case RunOutcome::kBusy:
      res.set_header("Retry-After", "1");
      return reply_error(res, endpoint, 503, "busy", "too many analyses are waiting; try again shortly");
    case RunOutcome::kTimedOut:
      return reply_error(res, endpoint, 408, "timeout",
                         "the analysis did not finish within " + std::to_string(options.request_timeout_ms) + " ms");
  }
  uint64_t bytes = 0, ok = 0;
  for (size_t i = 0; i < analysis->docs.size(); ++i) {
    bytes += analysis->docs[i].original.size();
    ok += analysis->statuses[i].ok() ? 1 : 0;
  }
  metrics.record_documents(ok, bytes);
  Reply reply = render_analysis(request, *analysis);
  if (reply.status >= 400) metrics.record_error(endpoint, reply.reason);
  res.status = reply.status;
  res.set_content(std::move(reply.body), reply.content_type.c_str());
}

// Borrows the search indexes, or answers why not (none served, all busy, cannot open).
bool HttpServer::Impl::borrow_shards(httplib::Response& res, const std::string& endpoint, ShardPool::Lease& lease) {
  if (!shards) {
    reply_error(res, endpoint, 404, "no_index", "this server has no search index (start it with --db FILE)");
    return false;
  }
  Status st;
  if (shards->acquire(deadline(), lease, st)) return true;
  if (!st.ok()) {
    reply_error(res, endpoint, 500, "index", st.message());
  } else {
    res.set_header("Retry-After", "1");
    reply_error(res, endpoint, 503, "busy", "too many searches are running; try again shortly");
  }
  return false;
}

void HttpServer::Impl::search(const httplib::Request& req, httplib::Response& res) {
  InFlight counted(in_flight);
  SearchQuery query;
  RequestError err;
  if (shards && !parse_search_request(req.params, query, err))
    return reply_error(res, "search", err.status, err.reason, err.message);
  ShardPool::Lease lease;
  if (!borrow_shards(res, "search", lease)) return;
  std::vector<SearchHit> hits;
  Status st = search_shards(lease.all(), query, hits);
  if (!st.ok()) return reply_error(res, "search", http_status_of(st), "search", st.message());
  // One JSON value: the hits as the CLI's JSON Lines writes them (search_hit_json), in an array.
  std::string body = "{\"hits\":[";
  for (size_t i = 0; i < hits.size(); ++i) {
    if (i > 0) body += ',';
    body += search_hit_json(hits[i]);
  }
  body += "]}\n";
  res.set_content(std::move(body), "application/json");
}

void HttpServer::Impl::stored_document(const httplib::Request& req, httplib::Response& res) {
  InFlight counted(in_flight);
  const std::string endpoint = "document";
  if (shards && !req.has_param("id"))
    return reply_error(res, endpoint, 400, "bad_query", "parameter 'id' is required (a hit's id)");
  const std::string id = req.get_param_value("id");
  const std::string db = req.get_param_value("db");
  if (shards && req.has_param("db") &&
      std::find(shards->paths().begin(), shards->paths().end(), db) == shards->paths().end())
    return reply_error(res, endpoint, 400, "bad_query", "parameter 'db' is not an index this server searches");
  IndexRecord record;
  bool found = false;
  {
    ShardPool::Lease lease;
    if (!borrow_shards(res, endpoint, lease)) return;
    for (size_t i = 0; i < shards->paths().size() && !found; ++i) {
      if (req.has_param("db") && shards->paths()[i] != db) continue;
      Status st = lease.shards()[i]->document(id, record);
      found = st.ok();
      // InvalidArgument is "no such id" in this shard; anything else is the file failing.
      if (!st.ok() && st.code() != StatusCode::kInvalidArgument)
        return reply_error(res, endpoint, 500, "index", st.message());
    }
  }
  if (!found) return reply_error(res, endpoint, 404, "not_found", "no stored document '" + id + "'");
  if (req.get_param_value("format") == "original") {
    res.set_content(std::move(record.text), "text/plain");
    return;
  }
  // Analysed in one piece like a request body, so held to the same limit.
  if (record.text.size() > options.max_body_bytes)
    return reply_error(res, endpoint, 413, "too_large",
                       "the stored document has " + std::to_string(record.text.size()) +
                           " bytes, more than the limit of " + std::to_string(options.max_body_bytes) +
                           " for an analysis; format=original gives its text");
  // The analysis options of /v1/analyze, from the query string; "id" names the document.
  AnalyzeRequest request;
  RequestError err;
  if (!parse_analyze_request(std::string(), "", req.params, options.pipeline, request, err))
    return reply_error(res, endpoint, err.status, err.reason, err.message, err.offset);
  request.input = "text";
  request.text = std::move(record.text);
  run_analysis(request, res, endpoint, &record);
}

void HttpServer::Impl::convert(const httplib::Request& req, httplib::Response& res, std::string& body) {
  Reply reply = convert_request(std::move(body), req.params, req.get_header_value("Accept"));
  if (reply.status >= 400) metrics.record_error("convert", reply.reason);
  res.status = reply.status;
  for (const auto& [name, value] : reply.headers) res.set_header(name, value);
  res.set_content(std::move(reply.body), reply.content_type.c_str());
}

void HttpServer::Impl::routes() {
  http.set_pre_routing_handler([](const httplib::Request&, httplib::Response&) {
    t_clock.start = Clock::now();
    t_clock.bytes_in = 0;
    t_clock.started = true;
    t_clock.recorded = false;
    return httplib::Server::HandlerResponse::Unhandled;
  });
  // Counted before the response is written, so that a client who reads /metrics right
  // after its request sees it; the logger (after writing) counts what routing never saw.
  auto record = [this](const httplib::Request& req, const httplib::Response& res) {
    if (t_clock.recorded) return;
    double seconds = t_clock.started ? std::chrono::duration<double>(Clock::now() - t_clock.start).count() : 0.0;
    metrics.record_request(endpoint_of(req.path), res.status, seconds, t_clock.bytes_in, res.body.size());
    t_clock.recorded = true;
  };
  http.set_post_routing_handler(record);
  http.set_logger([record](const httplib::Request& req, const httplib::Response& res) {
    record(req, res);
    t_clock = RequestClock{};
  });
  // Errors httplib answers itself (404, a bad request line) get the same JSON shape as ours.
  http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    std::string what = res.status == 404 ? "no such endpoint" : "HTTP error " + std::to_string(res.status);
    res.set_content(error_body(what, res.status == 404 ? "not_found" : "http"), "application/json");
  });
  http.set_exception_handler([this](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
    std::string what = "internal error";
    try {
      if (ep) std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      what += std::string(": ") + e.what();
    } catch (...) {
    }
    reply_error(res, endpoint_of(req.path), 500, "internal", what);
  });

  post("/v1/analyze", &Impl::analyze);
  post("/v1/segment", &Impl::segment);
  post("/v1/convert", &Impl::convert);
  http.Get("/v1/search", [this](const httplib::Request& req, httplib::Response& res) { search(req, res); });
  http.Get("/v1/document", [this](const httplib::Request& req, httplib::Response& res) { stored_document(req, res); });
  http.Get("/health", [this](const httplib::Request&, httplib::Response& res) {
    nlohmann::json j = {{"status", "ok"},
                        {"version", VITEXT_VERSION},
                        {"workers", pool->threads()},
                        {"pipelines", pipelines.size()},
                        {"stages", Pipeline::stage_names()},
                        {"default_until", stage_name(options.pipeline.until)},
                        {"max_body_bytes", options.max_body_bytes},
                        {"request_timeout_ms", options.request_timeout_ms},
                        {"search_shards", shards ? shards->paths().size() : 0}};
    res.set_content(json_line(j) + "\n", "application/json");
  });
  http.Get("/metrics", [this](const httplib::Request&, httplib::Response& res) {
    Gauges g;
    g.in_flight = in_flight.load();
    g.queued_jobs = pool->queued();
    g.workers = pool->threads();
    g.pipelines = pipelines.size();
    res.set_content(metrics.prometheus_text(g), "text/plain; version=0.0.4; charset=utf-8");
  });
  auto asset = [](const std::string& name, httplib::Response& res) {
    std::string_view bytes = find_web_asset(name);
    if (bytes.data() == nullptr) {
      res.status = 404;
      return;
    }
    res.set_header("Cache-Control", "no-cache");
    res.set_content(std::string(bytes), mime_of(name));
  };
  http.Get("/", [asset](const httplib::Request&, httplib::Response& res) { asset("index.html", res); });
  http.Get(R"(/([A-Za-z0-9_-]+\.[a-z]+))",
           [asset](const httplib::Request& req, httplib::Response& res) { asset(req.matches[1].str(), res); });
}

Status HttpServer::create(const ServerOptions& options, std::unique_ptr<HttpServer>& out) {
  std::unique_ptr<HttpServer> s(new HttpServer());
  s->impl_ = std::make_unique<Impl>();
  Impl& impl = *s->impl_;
  impl.options = options;
  std::shared_ptr<const Pipeline> preloaded;
  Status st = impl.pipelines.get(options.pipeline, preloaded);
  if (!st.ok()) return st;

  size_t workers = options.workers != 0 ? options.workers : std::max(1u, std::thread::hardware_concurrency());
  if (!options.search_dbs.empty()) {
    // As many searches at once as analyses: each borrows one Index per shard.
    st = ShardPool::create(options.search_dbs, workers, impl.shards);
    if (!st.ok()) return st;
  }
  impl.pool = std::make_unique<ThreadPool>(workers, options.max_queued);
  const size_t connections = std::max<size_t>(options.connection_threads, 1);
  impl.http.new_task_queue = [connections] { return new httplib::ThreadPool(connections); };
  auto ms = [](int64_t v) { return std::chrono::milliseconds(v); };
  impl.http.set_read_timeout(ms(options.read_timeout_ms));
  impl.http.set_write_timeout(ms(options.read_timeout_ms));
  impl.http.set_keep_alive_timeout(options.keep_alive_timeout_s);
  impl.http.set_keep_alive_max_count(1000);
  impl.http.set_payload_max_length(options.max_body_bytes);
  impl.http.set_tcp_nodelay(true);
  impl.routes();

  if (options.port == 0) {
    impl.port = impl.http.bind_to_any_port(options.host);
    if (impl.port <= 0) return Status::IoError("cannot listen on " + options.host);
  } else {
    if (!impl.http.bind_to_port(options.host, options.port))
      return Status::IoError("cannot listen on " + options.host + ":" + std::to_string(options.port) +
                             " (in use, or not an address of this machine)");
    impl.port = options.port;
  }
  out = std::move(s);
  return Status::Ok();
}

HttpServer::~HttpServer() {
  if (impl_) {
    stop();
    wait();
  }
}

int HttpServer::port() const { return impl_->port; }

Status HttpServer::start() {
  std::lock_guard<std::mutex> lock(impl_->lifecycle);
  if (impl_->listener.joinable() || impl_->stopped) return Status::InvalidArgument("the server was started already");
  Impl* impl = impl_.get();
  impl->listener = std::thread([impl] {
    impl->http.listen_after_bind();
    impl->listener_done = true;
  });
  // httplib ignores stop() until its loop runs: wait for it, so that stop() right after
  // start() is never lost.
  while (!impl->http.is_running() && !impl->listener_done) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  if (!impl->http.is_running()) return Status::IoError("the server could not start listening");
  return Status::Ok();
}

void HttpServer::stop() {
  {
    std::lock_guard<std::mutex> lock(impl_->lifecycle);
    if (impl_->stopped) return;
    impl_->stopped = true;
  }
  // httplib stops accepting, lets each connection finish the request it is reading or
  // answering, and joins its threads; those wait for their analyses, so the workers are
  // stopped only after.
  impl_->http.stop();
}

void HttpServer::wait() {
  std::thread listener;
  {
    std::lock_guard<std::mutex> lock(impl_->lifecycle);
    listener = std::move(impl_->listener);
  }
  if (listener.joinable()) listener.join();
  std::lock_guard<std::mutex> lock(impl_->lifecycle);
  if (impl_->stopped && impl_->pool) impl_->pool->shutdown();  // no pool: create() failed before making it
}

}  // namespace vitext::server
