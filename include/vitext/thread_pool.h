// THE thread pool of vitext: a fixed number of threads fed by a bounded queue. The server
// runs its analyses on one, the corpus runner's OrderedExecutor (src/corpus/) orders its
// results on top of one, and batch calls (Python analyze_batch) spread their documents
// with parallel_for.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <limits>
#include <mutex>
#include <thread>
#include <vector>

namespace vitext {

class ThreadPool {
 public:
  // `threads` of 0 means one; `max_queued` bounds the jobs waiting for a thread.
  explicit ThreadPool(size_t threads, size_t max_queued = std::numeric_limits<size_t>::max());
  ~ThreadPool();  // same as shutdown()
  ThreadPool(const ThreadPool&) = delete;
  ThreadPool& operator=(const ThreadPool&) = delete;

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

// Runs fn(0) .. fn(n - 1) on `threads` threads (0: one per core, never more than n) and
// returns when every call has returned. Each thread takes the next index as it finishes
// one, so uneven items balance.
void parallel_for(size_t threads, size_t n, const std::function<void(size_t)>& fn);

}  // namespace vitext
