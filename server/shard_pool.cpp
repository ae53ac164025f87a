#include "server/shard_pool.h"

#include <algorithm>

namespace vitext::server {

Status ShardPool::create(std::vector<std::string> paths, size_t max_sets, std::unique_ptr<ShardPool>& out) {
  std::unique_ptr<ShardPool> pool(new ShardPool(std::move(paths), std::max<size_t>(max_sets, 1)));
  std::unique_ptr<Shards> first;
  Status st = pool->open_set(first);
  if (!st.ok()) return st;
  pool->idle_.push_back(std::move(first));
  pool->opened_ = 1;
  out = std::move(pool);
  return Status::Ok();
}

Status ShardPool::open_set(std::unique_ptr<Shards>& out) const {
  auto set = std::make_unique<Shards>();
  for (const std::string& path : paths_) {
    std::unique_ptr<Index> index;
    Status st = Index::open(path, Index::Mode::kRead, index);
    if (!st.ok()) return st;
    set->push_back(std::move(index));
  }
  out = std::move(set);
  return Status::Ok();
}

bool ShardPool::acquire(Clock::time_point deadline, Lease& out, Status& st) {
  st = Status::Ok();
  {
    std::unique_lock<std::mutex> lock(mutex_);
    if (!returned_.wait_until(lock, deadline, [&] { return !idle_.empty() || opened_ < max_sets_; })) return false;
    if (!idle_.empty()) {
      out = Lease();
      out.pool_ = this;
      out.shards_ = std::move(idle_.back());
      idle_.pop_back();
      return true;
    }
    ++opened_;  // reserve the slot; open outside the lock
  }
  std::unique_ptr<Shards> set;
  st = open_set(set);
  if (!st.ok()) {
    std::lock_guard<std::mutex> lock(mutex_);
    --opened_;
    returned_.notify_one();
    return false;
  }
  out = Lease();
  out.pool_ = this;
  out.shards_ = std::move(set);
  return true;
}

void ShardPool::give_back(std::unique_ptr<Shards> shards) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    idle_.push_back(std::move(shards));
  }
  returned_.notify_one();
}

ShardPool::Lease& ShardPool::Lease::operator=(Lease&& other) noexcept {
  if (this != &other) {
    if (pool_ != nullptr && shards_) pool_->give_back(std::move(shards_));
    pool_ = other.pool_;
    shards_ = std::move(other.shards_);
    other.pool_ = nullptr;
  }
  return *this;
}

ShardPool::Lease::~Lease() {
  if (pool_ != nullptr && shards_) pool_->give_back(std::move(shards_));
}

std::vector<const Index*> ShardPool::Lease::all() const {
  std::vector<const Index*> out;
  for (const auto& index : *shards_) out.push_back(index.get());
  return out;
}

}  // namespace vitext::server
