// OrderedExecutor: runs a work function over a stream of items on N threads (a
// ThreadPool, core/thread_pool.h) while the submitting thread receives the finished items
// in submission order. At most `window`
// items (and about `window_bytes` of input) are in flight, so memory stays bounded
// whatever the input size; a slow item holds back the output, not the workers (up to the
// window).
//
// Work may also contain one in-order section per item (`in_order`): it runs for item k only
// after it has run (or been passed) for every item before k. Deduplication uses it so that
// "the first document seen" does not depend on thread timing.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>

#include "vitext/thread_pool.h"

namespace vitext {

template <typename Item>
class OrderedExecutor {
 public:
  using Work = std::function<void(Item& item, uint64_t seq)>;

  OrderedExecutor(size_t threads, size_t window, uint64_t window_bytes, Work work)
      : window_(std::max<size_t>(window, 1)), window_bytes_(window_bytes), work_(std::move(work)), pool_(threads) {}
  ~OrderedExecutor() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    turn_cv_.notify_all();
    pool_.shutdown();  // queued jobs see stop_ and return at once
  }
  OrderedExecutor(const OrderedExecutor&) = delete;
  OrderedExecutor& operator=(const OrderedExecutor&) = delete;

  // Queues `item` (of `bytes` input bytes). While the window is full it waits, handing
  // finished items to `emit` in order. Afterwards it emits whatever is finished already.
  template <typename Emit>
  void submit(Item item, uint64_t bytes, Emit&& emit) {
    std::unique_lock<std::mutex> lock(mu_);
    while (!slots_.empty() && (slots_.size() >= window_ || in_flight_bytes_ + bytes > window_bytes_)) {
      if (!emit_ready(lock, emit)) done_cv_.wait(lock);
    }
    slots_.push_back(Slot{std::move(item), bytes, false, false});
    in_flight_bytes_ += bytes;
    ++next_seq_;
    lock.unlock();
    pool_.try_submit([this] { run_next(); });  // the queue is unbounded: never refused
    lock.lock();
    while (emit_ready(lock, emit)) {
    }
  }

  // Waits for every queued item and emits them in order.
  template <typename Emit>
  void finish(Emit&& emit) {
    std::unique_lock<std::mutex> lock(mu_);
    while (!slots_.empty()) {
      if (!emit_ready(lock, emit)) done_cv_.wait(lock);
    }
  }

  // Called from work for item `seq`: runs `section` after the sections of all earlier items.
  void in_order(uint64_t seq, const std::function<void()>& section) {
    wait_turn(seq);
    section();
    pass_turn(seq);
  }

 private:
  struct Slot {
    Item item;
    uint64_t bytes;
    bool done;
    bool turn_passed;
  };

  Slot& slot(uint64_t seq) { return slots_[static_cast<size_t>(seq - head_seq_)]; }

  // Emits the oldest item if it is done (with the lock released around `emit`).
  template <typename Emit>
  bool emit_ready(std::unique_lock<std::mutex>& lock, Emit& emit) {
    if (slots_.empty() || !slots_.front().done) return false;
    Item item = std::move(slots_.front().item);
    in_flight_bytes_ -= slots_.front().bytes;
    slots_.pop_front();
    ++head_seq_;
    lock.unlock();
    emit(item);
    lock.lock();
    return true;
  }

  void wait_turn(uint64_t seq) {
    std::unique_lock<std::mutex> lock(mu_);
    turn_cv_.wait(lock, [&] { return turn_ == seq || stop_; });
  }
  void pass_turn(uint64_t seq) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      pass_turn_locked(seq);
    }
    turn_cv_.notify_all();
  }
  // Marks item `seq` as past its section and lets the turn move over every item that is.
  // An item without a section is marked when its work ends, so a worker never waits for
  // earlier items unless it asked for an in-order section: it goes on to the next item.
  void pass_turn_locked(uint64_t seq) {
    slot(seq).turn_passed = true;
    while (turn_ < next_seq_ && slot(turn_).turn_passed) ++turn_;
  }

  // One pool job per submitted item; each takes the oldest item not yet dispatched, so
  // items start in submission order (an in-order section never waits for an item no
  // thread has taken).
  void run_next() {
    std::unique_lock<std::mutex> lock(mu_);
    if (stop_ || next_dispatch_ >= next_seq_) return;
    uint64_t seq = next_dispatch_++;
    // A deque keeps references to its elements valid while others are pushed or popped.
    Item& item = slot(seq).item;
    lock.unlock();
    work_(item, seq);
    lock.lock();
    if (!slot(seq).turn_passed) {
      pass_turn_locked(seq);
      turn_cv_.notify_all();
    }
    slot(seq).done = true;
    done_cv_.notify_all();
  }

  const size_t window_;
  const uint64_t window_bytes_;
  Work work_;
  std::mutex mu_;
  std::condition_variable done_cv_, turn_cv_;
  std::deque<Slot> slots_;       // items head_seq_ .. next_seq_-1
  uint64_t head_seq_ = 0;        // oldest item not yet emitted
  uint64_t next_seq_ = 0;        // next item to be submitted
  uint64_t next_dispatch_ = 0;   // next item a worker will take
  uint64_t turn_ = 0;            // oldest item not yet past its in-order section
  uint64_t in_flight_bytes_ = 0;
  bool stop_ = false;
  ThreadPool pool_;  // last: its threads stop before the state they use goes
};

}  // namespace vitext
