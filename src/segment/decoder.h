// Best B/I tag sequence for a sentence under a first-order model: per-unit scores for
// tag I (tag B scores 0), which may depend on the tag before (after_b: the unit before
// starts a word; after_i: it continues one), a 2x2 transition table, and optional forced tags.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace vitext::segment {

enum Tag : uint8_t { kBegin = 0, kInside = 1 };
// Forced tag per unit: kFree lets the model choose.
inline constexpr int8_t kFree = -1;

// tags[0] is always kBegin; the end of the sentence scores as a transition into kBegin. `forced` may be null. `back` is scratch (resized as needed).
void viterbi(const float* after_b, const float* after_i, const int8_t* forced, size_t n, const float (&trans)[2][2], uint8_t* tags,
             std::vector<uint8_t>& back);

}  // namespace vitext::segment
