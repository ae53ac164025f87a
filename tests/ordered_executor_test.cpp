// OrderedExecutor: output in submission order, in-order sections in sequence order, and
// workers that never wait for earlier items they do not depend on.
#include "corpus/ordered_executor.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

namespace vitext {
namespace {

struct Item {
  int value = 0;
  int result = 0;
};

TEST(OrderedExecutor, EmitsInSubmissionOrderWhateverTheWorkTakes) {
  std::mt19937 rng(7);
  std::vector<int> sleeps(300);
  for (int& s : sleeps) s = static_cast<int>(rng() % 200);
  std::vector<int> emitted;
  {
    OrderedExecutor<Item> ex(3, 8, 1 << 20, [&](Item& it, uint64_t) {
      std::this_thread::sleep_for(std::chrono::microseconds(sleeps[it.value]));
      it.result = it.value * 2;
    });
    auto emit = [&](Item& it) { emitted.push_back(it.result); };
    for (int i = 0; i < 300; ++i) ex.submit(Item{i, 0}, 1, emit);
    ex.finish(emit);
  }
  ASSERT_EQ(emitted.size(), 300u);
  for (int i = 0; i < 300; ++i) EXPECT_EQ(emitted[i], 2 * i);
}

TEST(OrderedExecutor, InOrderSectionsRunInSequenceEvenWhenSomeItemsSkipThem) {
  std::vector<int> order;  // written only inside sections, which never overlap
  OrderedExecutor<Item>* self = nullptr;
  std::mt19937 rng(3);
  std::vector<int> sleeps(200);
  for (int& s : sleeps) s = static_cast<int>(rng() % 100);
  {
    OrderedExecutor<Item> ex(4, 16, 1 << 20, [&](Item& it, uint64_t seq) {
      std::this_thread::sleep_for(std::chrono::microseconds(sleeps[it.value]));
      if (it.value % 3 == 0) return;  // no section for these
      self->in_order(seq, [&] { order.push_back(it.value); });
    });
    self = &ex;
    auto emit = [](Item&) {};
    for (int i = 0; i < 200; ++i) ex.submit(Item{i, 0}, 1, emit);
    ex.finish(emit);
  }
  std::vector<int> expected;
  for (int i = 0; i < 200; ++i)
    if (i % 3 != 0) expected.push_back(i);
  EXPECT_EQ(order, expected);
}

// A slow first item must not stall the other worker: it keeps taking later items (up to
// the window). Item 0 waits until items 1-5 have all been worked on; if finishing an item
// made its worker wait for the items before it, item 1's worker would stop after item 1
// and item 0 would wait until the guard below gives up.
TEST(OrderedExecutor, ASlowItemDoesNotHoldBackTheOtherWorkers) {
  std::mutex mu;
  std::condition_variable cv;
  int finished_later = 0;
  bool all_seen = false;
  {
    OrderedExecutor<Item> ex(2, 16, 1 << 20, [&](Item& it, uint64_t) {
      std::unique_lock<std::mutex> lock(mu);
      if (it.value == 0) {
        all_seen = cv.wait_for(lock, std::chrono::seconds(30), [&] { return finished_later >= 5; });
      } else {
        ++finished_later;
        cv.notify_all();
      }
    });
    auto emit = [](Item&) {};
    for (int i = 0; i < 6; ++i) ex.submit(Item{i, 0}, 1, emit);
    ex.finish(emit);
  }
  EXPECT_TRUE(all_seen);
}

}  // namespace
}  // namespace vitext
