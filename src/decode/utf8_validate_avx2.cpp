// AVX2 UTF-8 validation: the lookup algorithm of Keiser and Lemire ("Validating UTF-8 in
// less than one instruction per byte", 2021). Three 16-entry tables, indexed by the high and
// low nibble of the previous byte and the high nibble of the current one, flag every
// ill-formed two-byte pattern; a separate check requires continuation bytes 2 and 3 bytes
// after 3- and 4-byte leads. Used only to skip the valid prefix quickly: the exact offset and
// the reason of an error come from the scalar validator.
#include <cstddef>
#include <cstdint>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>

namespace vitext::decoding {
namespace {

// Error classes of the pair (previous byte, current byte).
constexpr uint8_t kTooShort = 1 << 0;   // lead then no continuation: 11______ 0_______ / 11______ 11______
constexpr uint8_t kTooLong = 1 << 1;    // ASCII then continuation: 0_______ 10______
constexpr uint8_t kOverlong3 = 1 << 2;  // 11100000 100_____
constexpr uint8_t kTooLarge = 1 << 3;   // 11110100 1001____ / 11110100 101_____ / 111101__ 10______ ...
constexpr uint8_t kSurrogate = 1 << 4;  // 11101101 101_____
constexpr uint8_t kOverlong2 = 1 << 5;  // 1100000_ 10______
constexpr uint8_t kTooLarge1000 = 1 << 6;  // 11110101+ 1000____
constexpr uint8_t kOverlong4 = 1 << 6;  // 11110000 1000____
constexpr uint8_t kTwoConts = 1 << 7;   // 10______ 10______ (fine only inside 3- and 4-byte sequences)
constexpr uint8_t kCarry = kTooShort | kTooLong | kTwoConts;

#define VITEXT_TABLE16(...) _mm256_setr_epi8(__VA_ARGS__, __VA_ARGS__)

}  // namespace

__attribute__((target("avx2"))) size_t valid_utf8_prefix_avx2(const unsigned char* p, size_t n) {
  const __m256i byte_1_high = VITEXT_TABLE16(
      static_cast<char>(kTooLong), static_cast<char>(kTooLong), static_cast<char>(kTooLong),
      static_cast<char>(kTooLong), static_cast<char>(kTooLong), static_cast<char>(kTooLong),
      static_cast<char>(kTooLong), static_cast<char>(kTooLong), static_cast<char>(kTwoConts),
      static_cast<char>(kTwoConts), static_cast<char>(kTwoConts), static_cast<char>(kTwoConts),
      static_cast<char>(kTooShort | kOverlong2), static_cast<char>(kTooShort),
      static_cast<char>(kTooShort | kOverlong3 | kSurrogate),
      static_cast<char>(kTooShort | kTooLarge | kTooLarge1000 | kOverlong4));
  const __m256i byte_1_low = VITEXT_TABLE16(
      static_cast<char>(kCarry | kOverlong3 | kOverlong2 | kOverlong4), static_cast<char>(kCarry | kOverlong2),
      static_cast<char>(kCarry), static_cast<char>(kCarry), static_cast<char>(kCarry | kTooLarge),
      static_cast<char>(kCarry | kTooLarge | kTooLarge1000), static_cast<char>(kCarry | kTooLarge | kTooLarge1000),
      static_cast<char>(kCarry | kTooLarge | kTooLarge1000), static_cast<char>(kCarry | kTooLarge | kTooLarge1000),
      static_cast<char>(kCarry | kTooLarge | kTooLarge1000), static_cast<char>(kCarry | kTooLarge | kTooLarge1000),
      static_cast<char>(kCarry | kTooLarge | kTooLarge1000), static_cast<char>(kCarry | kTooLarge | kTooLarge1000),
      static_cast<char>(kCarry | kTooLarge | kTooLarge1000 | kSurrogate),
      static_cast<char>(kCarry | kTooLarge | kTooLarge1000), static_cast<char>(kCarry | kTooLarge | kTooLarge1000));
  const __m256i byte_2_high = VITEXT_TABLE16(
      static_cast<char>(kTooShort), static_cast<char>(kTooShort), static_cast<char>(kTooShort),
      static_cast<char>(kTooShort), static_cast<char>(kTooShort), static_cast<char>(kTooShort),
      static_cast<char>(kTooShort), static_cast<char>(kTooShort),
      static_cast<char>(kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge1000 | kOverlong4),
      static_cast<char>(kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge),
      static_cast<char>(kTooLong | kOverlong2 | kTwoConts | kSurrogate | kTooLarge),
      static_cast<char>(kTooLong | kOverlong2 | kTwoConts | kSurrogate | kTooLarge), static_cast<char>(kTooShort),
      static_cast<char>(kTooShort), static_cast<char>(kTooShort), static_cast<char>(kTooShort));
  const __m256i nibble = _mm256_set1_epi8(0x0F);
  const __m256i high_bit = _mm256_set1_epi8(static_cast<char>(0x80));
  // Bytes that must not end a block: the last three may start a sequence that needs more.
  const __m256i max_end = _mm256_setr_epi8(
      -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
      -1, static_cast<char>(0xF0 - 1), static_cast<char>(0xE0 - 1), static_cast<char>(0xC0 - 1));

  __m256i prev = _mm256_setzero_si256();
  __m256i prev_incomplete = _mm256_setzero_si256();
  size_t i = 0;
  // Where the scalar validator takes over: the first code point start among the last three
  // bytes before block `at` (a sequence cut at the block end, or the error, begins there).
  auto restart = [&](size_t at) {
    size_t j = at >= 3 ? at - 3 : 0;
    while (j < at && (p[j] & 0xC0) == 0x80) ++j;
    return j;
  };
  for (; i + 32 <= n; i += 32) {
    __m256i in = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + i));
    if (_mm256_movemask_epi8(in) == 0) {  // all ASCII: only a sequence cut at the block end is wrong
      if (!_mm256_testz_si256(prev_incomplete, prev_incomplete)) return restart(i);
      prev = in;
      prev_incomplete = _mm256_setzero_si256();
      continue;
    }
    __m256i shifted = _mm256_permute2x128_si256(prev, in, 0x21);  // [prev.high, in.low]
    __m256i prev1 = _mm256_alignr_epi8(in, shifted, 16 - 1);
    __m256i prev2 = _mm256_alignr_epi8(in, shifted, 16 - 2);
    __m256i prev3 = _mm256_alignr_epi8(in, shifted, 16 - 3);
    __m256i b1h = _mm256_shuffle_epi8(byte_1_high, _mm256_and_si256(_mm256_srli_epi16(prev1, 4), nibble));
    __m256i b1l = _mm256_shuffle_epi8(byte_1_low, _mm256_and_si256(prev1, nibble));
    __m256i b2h = _mm256_shuffle_epi8(byte_2_high, _mm256_and_si256(_mm256_srli_epi16(in, 4), nibble));
    __m256i special = _mm256_and_si256(_mm256_and_si256(b1h, b1l), b2h);
    __m256i third = _mm256_subs_epu8(prev2, _mm256_set1_epi8(static_cast<char>(0xE0 - 0x80)));
    __m256i fourth = _mm256_subs_epu8(prev3, _mm256_set1_epi8(static_cast<char>(0xF0 - 0x80)));
    __m256i must23 = _mm256_and_si256(_mm256_or_si256(third, fourth), high_bit);
    __m256i err = _mm256_xor_si256(must23, special);
    if (!_mm256_testz_si256(err, err)) return restart(i);
    prev = in;
    prev_incomplete = _mm256_subs_epu8(in, max_end);
  }
  return restart(i);  // the scalar validator finishes the tail (and any cut sequence)
}

}  // namespace vitext::decoding

#else

namespace vitext::decoding {
size_t valid_utf8_prefix_avx2(const unsigned char*, size_t) { return 0; }
}  // namespace vitext::decoding

#endif
