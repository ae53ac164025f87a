// The HTTP server in-process on an ephemeral loopback port, with an httplib client to it:
// what the serve tests' fixtures start in SetUp and stop in TearDown.
#pragma once

#include <gtest/gtest.h>
#include <httplib.h>

#include <chrono>
#include <memory>

#include "server/http_server.h"

namespace vitext::testing {

inline ::testing::AssertionResult start_test_server(const server::ServerOptions& options,
                                                    std::unique_ptr<server::HttpServer>& server,
                                                    std::unique_ptr<httplib::Client>& client) {
  Status st = server::HttpServer::create(options, server);
  if (!st.ok()) return ::testing::AssertionFailure() << "create: " << st.message();
  st = server->start();
  if (!st.ok()) return ::testing::AssertionFailure() << "start: " << st.message();
  client = std::make_unique<httplib::Client>("127.0.0.1", server->port());
  client->set_read_timeout(std::chrono::seconds(30));
  return ::testing::AssertionSuccess();
}

inline void stop_test_server(std::unique_ptr<server::HttpServer>& server, std::unique_ptr<httplib::Client>& client) {
  client.reset();
  if (server) server->stop();
  server.reset();
}

}  // namespace vitext::testing
