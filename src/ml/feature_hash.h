// Feature keys for the linear models (tagger, parser): 64-bit hashes of a template id and
// the strings or small values it combines. Strings are hashed once per word; templates
// combine those hashes, so extracting a feature never allocates.
#pragma once

#include <cstdint>
#include <string_view>

namespace vitext::ml {

// FNV-1a over the bytes, then a finaliser so short strings spread over all 64 bits.
inline uint64_t hash_bytes(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return h;
}

// Order-sensitive combination of two hashes (murmur3 finaliser over a multiply-xor).
inline uint64_t hash_mix(uint64_t a, uint64_t b) {
  uint64_t h = a * 0x9E3779B97F4A7C15ull ^ (b + 0x632BE59BD9B4E019ull + (a << 6) + (a >> 2));
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return h;
}

// A feature key: template id combined with up to three values. Never 0 (0 marks empty
// slots in the model's hash table). The inputs are word hashes or small integers; one
// multiply per input keeps the combination order-sensitive, one finaliser spreads it —
// a parser transition builds over a hundred of these.
inline uint64_t feature_key(uint32_t tmpl, uint64_t a, uint64_t b = 0, uint64_t c = 0) {
  uint64_t h = (uint64_t(tmpl) + 1) * 0x9E3779B97F4A7C15ull;
  h = (h ^ a) * 0xff51afd7ed558ccdull;
  h = (h ^ (h >> 29) ^ b) * 0xc4ceb9fe1a85ec53ull;
  h = (h ^ (h >> 31) ^ c) * 0x9E3779B97F4A7C15ull;
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return h == 0 ? 1 : h;
}

}  // namespace vitext::ml
