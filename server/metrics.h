// Metrics: what `GET /metrics` reports, in the Prometheus text exposition format.
// Counters of requests by endpoint and status, a latency histogram per endpoint, bytes
// in and out, errors by reason, and gauges read at scrape time. Thread-safe.
#pragma once

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vitext::server {

// Values that are not counted but looked up when /metrics is asked for.
struct Gauges {
  uint64_t in_flight = 0;       // requests being answered
  uint64_t queued_jobs = 0;     // analyses waiting for a worker
  uint64_t workers = 0;
  uint64_t pipelines = 0;       // distinct option sets loaded
};

class Metrics {
 public:
  // Upper bounds of the latency buckets, in seconds.
  static constexpr std::array<double, 14> kBuckets = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                      0.1,    0.25,  0.5,    1,     2.5,   5,     10};

  void record_request(std::string_view endpoint, int status, double seconds, uint64_t bytes_in, uint64_t bytes_out);
  void record_error(std::string_view endpoint, std::string_view reason);
  void record_documents(uint64_t documents, uint64_t bytes);

  std::string prometheus_text(const Gauges& gauges) const;

 private:
  struct Histogram {
    std::array<uint64_t, kBuckets.size()> buckets{};  // not cumulative; summed when written
    uint64_t count = 0;
    double sum = 0;
  };
  mutable std::mutex mutex_;
  std::map<std::pair<std::string, int>, uint64_t> requests_;
  std::map<std::string, Histogram> latency_;
  std::map<std::string, std::pair<uint64_t, uint64_t>> bytes_;  // in, out
  std::map<std::pair<std::string, std::string>, uint64_t> errors_;
  uint64_t documents_ = 0, document_bytes_ = 0;
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
};

}  // namespace vitext::server
