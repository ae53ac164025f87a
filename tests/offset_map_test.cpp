#include "vitext/offset_map.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace vitext
