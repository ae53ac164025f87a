// The one hash (core/hash.h) keeps the exact values the embedded models were trained with.
// The expected numbers were computed from the formulas before the mixers were merged into
// one header; a change here means every model must be retrained.
#include <gtest/gtest.h>

#include "core/hash.h"

namespace vitext {
namespace {

TEST(Hash, Mix64IsSplitmixFinaliser) {
  EXPECT_EQ(hash::mix64(0), 0u);
  EXPECT_EQ(hash::mix64(1), 0x5692161d100b05e5ull);
  EXPECT_EQ(hash::mix64(0x123456789abcdefull), 0xb2c058e4ebb5112cull);
}

TEST(Hash, CombineIsOrderedAndPinned) {
  EXPECT_EQ(hash::combine(0x51ab1e5, 42), 0x20b24ee88d45b514ull);
  EXPECT_EQ(hash::combine(1, 2), 0x30883360cc68d7b1ull);
  EXPECT_NE(hash::combine(1, 2), hash::combine(2, 1));
}

TEST(Hash, BytesAndFeatureKeysArePinned) {
  EXPECT_EQ(hash::hash_bytes(""), 0xe36f5519ee926a53ull);
  EXPECT_EQ(hash::hash_bytes("<s>"), 0x208aed047d12f9b6ull);
  EXPECT_EQ(hash::hash_bytes("công"), 0x979c86a2c10e9b59ull);
  EXPECT_EQ(hash::feature_key(0, 0), 0x250eea60c609d53full);
  EXPECT_EQ(hash::feature_key(7, hash::hash_bytes("<s>"), 3, 5), 0x82f8d6fe58391e3cull);
  EXPECT_EQ(hash::fnv1a_step(hash::kFnvOffset, 'a'), 0xaf63dc4c8601ec8cull);
}

// The values are compile-time constants: features of fixed strings cost nothing at run time.
static_assert(hash::hash_bytes("<s>") == 0x208aed047d12f9b6ull);

}  // namespace
}  // namespace vitext
