#include "vitext/offset_map.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "core/view_builder.h"

namespace vitext {
namespace {

TEST(OffsetMap, IdentityMapsEveryOffset) {
  OffsetMap m = OffsetMap::Identity(10);
  for (uint32_t i = 0; i <= 10; ++i) {
    EXPECT_EQ(m.to_original_start(i), i);
    EXPECT_EQ(m.to_original_end(i), i);
  }
  EXPECT_TRUE(m.is_identity());
}

TEST(OffsetMap, AtomicPieceRoundsOutward) {
  // "ab" copied, "XYZ" (3 view bytes) replaces 1 original byte at 2, "cd" copied.
  ViewBuilder b;
  b.copy(0, "ab");
  b.replace(2, 1, "XYZ");
  b.copy(3, "cd");
  OffsetMap m = b.take_map();
  EXPECT_EQ(m.view_size(), 7u);
  EXPECT_EQ(m.to_original_start(2), 2u);
  EXPECT_EQ(m.to_original_start(3), 2u);  // inside the atomic run
  EXPECT_EQ(m.to_original_end(3), 3u);    // rounds up to the run's end
  EXPECT_EQ(m.to_original_start(5), 3u);
  EXPECT_EQ(m.to_original(Span{0, 7}), (Span{0, 5}));
  EXPECT_EQ(m.to_original(Span{5, 7}), (Span{3, 5}));
}

TEST(OffsetMap, DroppedBytesAreSkipped) {
  // "a" + dropped 3 bytes (a zero-width space) + "b".
  ViewBuilder b;
  b.copy(0, "a");
  b.replace(1, 3, "");
  b.copy(4, "b");
  OffsetMap m = b.take_map();
  EXPECT_EQ(m.view_size(), 2u);
  EXPECT_EQ(m.to_original(Span{1, 2}), (Span{4, 5}));
  EXPECT_EQ(m.to_original(Span{0, 1}), (Span{0, 1}));
}

TEST(OffsetMap, ComposeFollowsBothMaps) {
  // inner: middle "aXXb" from original "a?b" (1 byte -> 2 bytes).
  ViewBuilder inner;
  inner.copy(0, "a");
  inner.replace(1, 1, "XX");
  inner.copy(2, "b");
  OffsetMap in = inner.take_map();
  // outer: view "aXXb" copies the middle except it drops the leading "a".
  ViewBuilder outer;
  outer.replace(0, 1, "");
  outer.copy(1, "XXb");
  OffsetMap out = outer.take_map().compose(in);
  EXPECT_EQ(out.view_size(), 3u);
  EXPECT_EQ(out.to_original(Span{0, 2}), (Span{1, 2}));
  EXPECT_EQ(out.to_original(Span{2, 3}), (Span{2, 3}));
  EXPECT_EQ(out.to_original(Span{0, 3}), (Span{1, 3}));
}

TEST(OffsetMap, CopiedPiecesMerge) {
  ViewBuilder b;
  b.copy(0, "abc");
  b.copy(3, "def");
  EXPECT_EQ(b.take_map().pieces().size(), 1u);
}

// A linear-scan reference for a span's original offsets: the non-empty pieces tile the view.
Span reference_to_original(const OffsetMap& m, Span v) {
  auto piece_of = [&](uint32_t offset) -> const OffsetMap::Piece& {
    for (const OffsetMap::Piece& p : m.pieces())
      if (p.view_len > 0 && p.view_start <= offset && offset < p.view_start + p.view_len) return p;
    ADD_FAILURE() << "no piece holds view byte " << offset;
    return m.pieces().front();
  };
  auto start = [&](uint32_t offset) -> uint32_t {
    if (offset >= m.view_size()) return m.orig_size();
    const OffsetMap::Piece& p = piece_of(offset);
    return p.copied ? p.orig_start + (offset - p.view_start) : p.orig_start;
  };
  if (v.empty()) return {start(v.start), start(v.start)};
  const OffsetMap::Piece& last = piece_of(v.end - 1);
  uint32_t end = last.copied ? last.orig_start + (v.end - last.view_start) : last.orig_start + last.orig_len;
  return {start(v.start), end};
}

TEST(OffsetMap, CursorAgreesWithTheSearchInAnyOrder) {
  std::mt19937 rng(7);
  for (int trial = 0; trial < 200; ++trial) {
    ViewBuilder b;
    uint32_t orig = 0;
    int pieces = 1 + static_cast<int>(rng() % 40);
    for (int k = 0; k < pieces; ++k) {
      uint32_t len = rng() % 6;
      switch (rng() % 3) {
        case 0: b.copy(orig, std::string(len + 1, 'a')); orig += len + 1; break;
        case 1: b.replace(orig, len + 1, std::string(rng() % 4 + 1, 'X')); orig += len + 1; break;
        default: b.replace(orig, len + 1, ""); orig += len + 1; break;  // dropped bytes
      }
    }
    OffsetMap m = b.take_map();
    if (m.view_size() == 0) continue;
    // In text order, as the tokenizer uses it, then in random order.
    std::vector<Span> spans;
    for (uint32_t s = 0; s < m.view_size(); s += 1 + rng() % 3)
      spans.push_back({s, std::min<uint32_t>(m.view_size(), s + rng() % 4)});
    OffsetMap::Cursor in_order(m);
    for (Span v : spans) {
      ASSERT_EQ(in_order.to_original(v), reference_to_original(m, v)) << v.start << "-" << v.end;
      ASSERT_EQ(m.to_original(v), reference_to_original(m, v));
    }
    std::shuffle(spans.begin(), spans.end(), rng);
    OffsetMap::Cursor shuffled(m);
    for (Span v : spans) ASSERT_EQ(shuffled.to_original(v), reference_to_original(m, v));
  }
}

}  // namespace
}  // namespace vitext
