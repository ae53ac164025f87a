// ShardPool: the search indexes the server was started with (`vitext serve --db FILE...`),
// opened once per thread that searches at the same time. An Index is used by one thread at
// a time (vitext/search.h), so a request borrows a whole set of them — one Index per shard —
// and gives it back when it is done; sets are opened on demand up to `max_sets` (the worker
// count), which also bounds how many searches run at once.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "vitext/search.h"
#include "vitext/status.h"

namespace vitext::server {

class ShardPool {
 public:
  using Clock = std::chrono::steady_clock;
  using Shards = std::vector<std::unique_ptr<Index>>;  // in the order of paths()

  // Opens every file once, so that a missing or corrupt index fails the server's start,
  // and keeps that set for the first request.
  static Status create(std::vector<std::string> paths, size_t max_sets, std::unique_ptr<ShardPool>& out);

  const std::vector<std::string>& paths() const { return paths_; }

  // A borrowed set; returned to the pool when destroyed.
  class Lease {
   public:
    Lease() = default;
    Lease(Lease&& other) noexcept : pool_(other.pool_), shards_(std::move(other.shards_)) { other.pool_ = nullptr; }
    Lease& operator=(Lease&& other) noexcept;
    ~Lease();
    const Shards& shards() const { return *shards_; }
    // The shards as search_shards takes them.
    std::vector<const Index*> all() const;

   private:
    friend class ShardPool;
    ShardPool* pool_ = nullptr;
    std::unique_ptr<Shards> shards_;
  };

  // Borrows a set, waiting until `deadline` when every set is in use. False (with `st` ok)
  // when the deadline passed first; false with `st` set when opening a new set failed.
  bool acquire(Clock::time_point deadline, Lease& out, Status& st);

 private:
  ShardPool(std::vector<std::string> paths, size_t max_sets) : paths_(std::move(paths)), max_sets_(max_sets) {}
  Status open_set(std::unique_ptr<Shards>& out) const;
  void give_back(std::unique_ptr<Shards> shards);

  const std::vector<std::string> paths_;
  const size_t max_sets_;
  std::mutex mutex_;
  std::condition_variable returned_;
  std::vector<std::unique_ptr<Shards>> idle_;
  size_t opened_ = 0;  // sets in existence: idle or lent
};

}  // namespace vitext::server
