// WorkerPool: a fixed number of threads that run analyses, fed by a bounded queue. The
// HTTP connection threads only read requests and write responses; the CPU-heavy work
// happens here, so the number of analyses at once matches the cores, however many
// clients are connected.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace vitext::server {

class WorkerPool {
 public:
  WorkerPool(size_t threads, size_t max_queued);
  ~WorkerPool();  // same as shutdown()
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // Queues `job`; false when the queue is full or the pool is shutting down.
  bool try_submit(std::function<void()> job);
  // Runs every job already queued, then joins the threads. Later submissions are refused.
  void shutdown();

  size_t queued() const;
  size_t threads() const { return threads_.size(); }

 private:
  void work();

  const size_t max_queued_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::function<void()>> jobs_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace vitext::server
