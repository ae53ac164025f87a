// HttpServer: vitext over HTTP (`vitext serve`), and the web viewer at "/".
//
//   POST /v1/analyze   text (raw bytes, or JSON {"text", "options"}) -> the document JSON
//                      of docs/format.md, or CoNLL-U
//   POST /v1/segment   the same, up to word segmentation; "format": "text" gives words
//                      joined by "_" (one sentence per line)
//   POST /v1/convert   legacy-encoded bytes -> NFC UTF-8, with the detected encoding
//   GET  /v1/search    the search indexes given with --db (shards, searched as one):
//                      ?q=&person=&entity=&type=&since=&until=&fact_unit=&fact_min=&fact_max=
//                      &limit= -> {"hits": [hit, ...]}, each hit as `vitext search --format json`
//   GET  /v1/document  ?id=&db= (a hit's id and shard) -> that stored document analysed, as
//                      /v1/analyze answers (same options); &format=original: its stored bytes
//   GET  /health       {"status": "ok", ...}
//   GET  /metrics      Prometheus text format
//   GET  /             the viewer (web/, built into the binary)
//
// Connection threads read requests and write responses; analyses run on a separate pool of
// workers sharing one immutable Pipeline per option set. Bodies over the size limit get
// 413, requests over the time limit 408, malformed ones 400, each with a JSON error
// {"error", "reason", "offset"?}. stop() lets requests in flight finish.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "vitext/pipeline.h"
#include "vitext/status.h"

namespace vitext::server {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;                       // 0: any free port (see HttpServer::port())
  size_t workers = 0;                    // analysis threads; 0: one per core
  size_t connection_threads = 128;       // clients served at once (idle keep-alive ones included)
  size_t max_queued = 1024;              // analyses waiting for a worker before 503
  size_t max_body_bytes = 8u << 20;      // larger bodies: 413
  int64_t request_timeout_ms = 30000;    // headers read -> response; slower: 408
  int64_t read_timeout_ms = 5000;        // a client silent this long is dropped
  int64_t keep_alive_timeout_s = 5;
  PipelineOptions pipeline;              // what a request gets when it asks for nothing else
  std::vector<std::string> search_dbs;   // search indexes (shards) for /v1/search; none: 404 there
};

class HttpServer {
 public:
  // Loads the default pipeline and opens the search indexes (so a bad model or a missing or
  // corrupt index fails here, not on the first request) and binds the port.
  static Status create(const ServerOptions& options, std::unique_ptr<HttpServer>& out);
  ~HttpServer();  // stops and waits

  int port() const;
  // Serves on a background thread until stop().
  Status start();
  // Stops accepting, finishes the requests in flight, then returns. Safe to call twice.
  void stop();
  // Blocks until the server has stopped (after stop() from another thread).
  void wait();

  struct Impl;

 private:
  HttpServer() = default;
  std::unique_ptr<Impl> impl_;
};

}  // namespace vitext::server
