#include "server/metrics.h"

#include <cstdio>

namespace vitext::server {
namespace {

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.9g", v);
  return buf;
}

}  // namespace

void Metrics::record_request(std::string_view endpoint, int status, double seconds, uint64_t bytes_in,
                             uint64_t bytes_out) {
  std::lock_guard<std::mutex> lock(mutex_);
  std::string ep(endpoint);
  ++requests_[{ep, status}];
  Histogram& h = latency_[ep];
  size_t b = 0;
  while (b < kBuckets.size() && seconds > kBuckets[b]) ++b;
  if (b < kBuckets.size()) ++h.buckets[b];
  ++h.count;
  h.sum += seconds;
  auto& bytes = bytes_[ep];
  bytes.first += bytes_in;
  bytes.second += bytes_out;
}

void Metrics::record_error(std::string_view endpoint, std::string_view reason) {
  std::lock_guard<std::mutex> lock(mutex_);
  ++errors_[{std::string(endpoint), std::string(reason)}];
}

void Metrics::record_documents(uint64_t documents, uint64_t bytes) {
  std::lock_guard<std::mutex> lock(mutex_);
  documents_ += documents;
  document_bytes_ += bytes;
}

std::string Metrics::prometheus_text(const Gauges& g) const {
  std::lock_guard<std::mutex> lock(mutex_);
  std::string out;
  auto head = [&](const char* name, const char* type, const char* help) {
    out += std::string("# HELP ") + name + " " + help + "\n# TYPE " + name + " " + type + "\n";
  };
  head("vitext_http_requests_total", "counter", "HTTP requests answered, by endpoint and status code.");
  for (const auto& [key, n] : requests_)
    out += "vitext_http_requests_total{endpoint=\"" + key.first + "\",code=\"" + std::to_string(key.second) + "\"} " +
           std::to_string(n) + "\n";
  head("vitext_http_request_duration_seconds", "histogram",
       "Time from the request's headers to its response, by endpoint.");
  for (const auto& [ep, h] : latency_) {
    uint64_t cumulative = 0;
    for (size_t b = 0; b < kBuckets.size(); ++b) {
      cumulative += h.buckets[b];
      out += "vitext_http_request_duration_seconds_bucket{endpoint=\"" + ep + "\",le=\"" + number(kBuckets[b]) +
             "\"} " + std::to_string(cumulative) + "\n";
    }
    out += "vitext_http_request_duration_seconds_bucket{endpoint=\"" + ep + "\",le=\"+Inf\"} " +
           std::to_string(h.count) + "\n";
    out += "vitext_http_request_duration_seconds_sum{endpoint=\"" + ep + "\"} " + number(h.sum) + "\n";
    out += "vitext_http_request_duration_seconds_count{endpoint=\"" + ep + "\"} " + std::to_string(h.count) + "\n";
  }
  head("vitext_http_request_bytes_total", "counter", "Request body bytes received, by endpoint.");
  for (const auto& [ep, b] : bytes_)
    out += "vitext_http_request_bytes_total{endpoint=\"" + ep + "\"} " + std::to_string(b.first) + "\n";
  head("vitext_http_response_bytes_total", "counter", "Response body bytes sent, by endpoint.");
  for (const auto& [ep, b] : bytes_)
    out += "vitext_http_response_bytes_total{endpoint=\"" + ep + "\"} " + std::to_string(b.second) + "\n";
  head("vitext_http_errors_total", "counter", "Requests refused or failed, by endpoint and reason.");
  for (const auto& [key, n] : errors_)
    out += "vitext_http_errors_total{endpoint=\"" + key.first + "\",reason=\"" + key.second + "\"} " +
           std::to_string(n) + "\n";
  head("vitext_documents_total", "counter", "Documents analysed.");
  out += "vitext_documents_total " + std::to_string(documents_) + "\n";
  head("vitext_document_bytes_total", "counter", "Bytes of the documents analysed.");
  out += "vitext_document_bytes_total " + std::to_string(document_bytes_) + "\n";
  head("vitext_http_requests_in_flight", "gauge", "Requests being answered now.");
  out += "vitext_http_requests_in_flight " + std::to_string(g.in_flight) + "\n";
  head("vitext_queued_jobs", "gauge", "Analyses waiting for a worker.");
  out += "vitext_queued_jobs " + std::to_string(g.queued_jobs) + "\n";
  head("vitext_workers", "gauge", "Analysis worker threads.");
  out += "vitext_workers " + std::to_string(g.workers) + "\n";
  head("vitext_pipelines_loaded", "gauge", "Distinct pipeline option sets loaded.");
  out += "vitext_pipelines_loaded " + std::to_string(g.pipelines) + "\n";
  head("vitext_uptime_seconds", "gauge", "Seconds since the server started.");
  out += "vitext_uptime_seconds " +
         number(std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count()) + "\n";
  return out;
}

}  // namespace vitext::server
