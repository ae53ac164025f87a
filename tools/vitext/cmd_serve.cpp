// vitext serve: the HTTP API and the web viewer (server/http_server.h) until SIGTERM or
// SIGINT, which stop accepting and let the requests in flight finish.
#include <pthread.h>
#include <signal.h>

#include <iostream>
#include <memory>
#include <thread>

#include "commands.h"
#include "pipeline_options.h"
#include "server/http_server.h"

namespace vitext::cli {
namespace {

struct ServeOptions {
  server::ServerOptions server;
  size_t max_body_mib = 8;
  bool lenient = false;
};

int run_serve(ServeOptions o) {
  o.server.max_body_bytes = o.max_body_mib << 20;
  // HTTP clients are told about bad bytes (400 with the offset) unless the server says otherwise.
  o.server.pipeline.strict = !o.lenient;
  // Block the stop signals in every thread (threads inherit the mask), and take them here
  // with sigwait: no work in a signal handler.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  signal(SIGPIPE, SIG_IGN);  // a client that hangs up must not end the server

  std::unique_ptr<server::HttpServer> srv;
  Status st = server::HttpServer::create(o.server, srv);
  if (st.ok()) st = srv->start();
  if (!st.ok()) {
    std::cerr << "vitext serve: " << st.message() << "\n";
    return kExitUsage;
  }
  std::cerr << "vitext serve: listening on http://" << o.server.host << ":" << srv->port()
            << "/ (viewer at /, API under /v1/; Ctrl-C or SIGTERM stops)" << std::endl;
  if (!o.server.search_dbs.empty())
    std::cerr << "vitext serve: searching " << o.server.search_dbs.size() << " index file(s) at /v1/search and /search.html"
              << std::endl;
  int sig = 0;
  sigwait(&stop_signals, &sig);
  std::cerr << "vitext serve: " << (sig == SIGTERM ? "SIGTERM" : "SIGINT")
            << ": finishing the requests in flight" << std::endl;
  srv->stop();
  srv->wait();
  std::cerr << "vitext serve: stopped" << std::endl;
  return kExitOk;
}

}  // namespace

void add_serve_command(CLI::App& root, Action& action) {
  auto o = std::make_shared<ServeOptions>();
  auto* sub = root.add_subcommand("serve", "Serve the HTTP API (/v1/analyze, /v1/segment, /v1/convert, /v1/search, "
                                           "/v1/document, /health, /metrics) and the web viewer (/)");
  auto& s = o->server;
  sub->add_option("--host", s.host, "Address to listen on")->capture_default_str();
  sub->add_option("-p,--port", s.port, "Port (0: any free port, printed at start)")->capture_default_str();
  sub->add_option("-j,--threads", s.workers, "Analysis worker threads (0: one per core)")->capture_default_str();
  sub->add_option("--connections", s.connection_threads,
                  "Connections served at once (idle keep-alive connections count)")
      ->capture_default_str();
  sub->add_option("--max-queue", s.max_queued, "Analyses waiting for a worker before requests get 503")
      ->capture_default_str();
  sub->add_option("--max-body-mib", o->max_body_mib, "Largest request body in MiB (larger: 413)")
      ->capture_default_str();
  sub->add_option("--request-timeout-ms", s.request_timeout_ms,
                  "Time limit from a request's headers to its response (slower: 408)")
      ->capture_default_str();
  sub->add_option("--read-timeout-ms", s.read_timeout_ms, "A client silent this long is disconnected")
      ->capture_default_str();
  sub->add_option("--db", s.search_dbs,
                  "A search index made by `vitext index`, served at /v1/search and in the viewer's search page; "
                  "repeat for shards, searched as one");
  add_pipeline_options(sub, s.pipeline, true);
  sub->add_flag("--lenient", o->lenient, "Replace invalid UTF-8 with U+FFFD instead of answering 400");
  sub->callback([o, &action] { action = [o] { return run_serve(*o); }; });
}

}  // namespace vitext::cli
