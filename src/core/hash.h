// THE hashing of vitext: one FNV-1a step, one 64-bit finaliser (splitmix64's), one ordered
// combination, and the feature keys of the linear models built from them. Every stage,
// trainer and the corpus tools hash through these.
//
// The embedded models store features by these exact values (the segmenter's syllable keys
// and n-gram keys, the tagger's and parser's feature keys), so no constant or step here may
// change without retraining every model; tests/hash_test.cpp pins the values.
#pragma once

#include <cstdint>
#include <string_view>

namespace vitext::hash {

// FNV-1a over 64 bits: start from kFnvOffset, fold each unit in with fnv1a_step.
inline constexpr uint64_t kFnvOffset = 0xcbf29ce484222325ull;
inline constexpr uint64_t kFnvPrime = 0x100000001b3ull;
constexpr uint64_t fnv1a_step(uint64_t h, uint64_t unit) { return (h ^ unit) * kFnvPrime; }

// The splitmix64 finaliser: a cheap, well-mixing bijection on 64-bit values.
constexpr uint64_t mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  x ^= x >> 31;
  return x;
}

// Order-dependent combination of 64-bit values (syllable keys, n-gram keys, template ids).
constexpr uint64_t combine(uint64_t seed, uint64_t v) {
  return mix64(seed * 0x9e3779b97f4a7c15ull + v + 0x632be59bd9b4e019ull);
}

// A string's hash for the tagger and parser features: FNV-1a over the bytes, then a
// finaliser so short strings spread over all 64 bits.
// Its start value is FNV's offset basis written with the last decimal digit lost
// (14695981039346656037 -> 1469598103934665603); the models were trained with it, so it stays.
inline constexpr uint64_t kBytesSeed = 1469598103934665603ull;
constexpr uint64_t hash_bytes(std::string_view s) {
  uint64_t h = kBytesSeed;
  for (char c : s) h = fnv1a_step(h, static_cast<unsigned char>(c));
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return h;
}

// A feature key of the linear models (tagger, parser): template id combined with up to three
// values (word hashes or small integers). Never 0 (0 marks empty slots in the model's hash
// table). One multiply per input keeps the combination order-sensitive, one finaliser
// spreads it: a parser transition builds over a hundred of these.
constexpr uint64_t feature_key(uint32_t tmpl, uint64_t a, uint64_t b = 0, uint64_t c = 0) {
  uint64_t h = (uint64_t(tmpl) + 1) * 0x9E3779B97F4A7C15ull;
  h = (h ^ a) * 0xff51afd7ed558ccdull;
  h = (h ^ (h >> 29) ^ b) * 0xc4ceb9fe1a85ec53ull;
  h = (h ^ (h >> 31) ^ c) * 0x9E3779B97F4A7C15ull;
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return h == 0 ? 1 : h;
}

}  // namespace vitext::hash
