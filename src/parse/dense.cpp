#include "parse/dense.h"

// On x86-64 each kernel is compiled for AVX2 + FMA and for the baseline, the matrix product
// also for AVX-512, and the first call picks by what the processor supports (GCC's target_clones would pick by processor
// model name, which misses newer models).
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define VITEXT_DENSE_DISPATCH 1
#define VITEXT_INLINE inline __attribute__((always_inline))
#else
#define VITEXT_INLINE inline
#endif

namespace vitext::parse {
namespace {

typedef float Vec8 __attribute__((vector_size(32), aligned(4)));    // unaligned loads and stores
typedef float Vec16 __attribute__((vector_size(64), aligned(4)));   // AVX-512 only

// y[R rows, 2 vectors of columns from k] += x[R rows] * wt[., the same columns]: 2R
// accumulators stay in registers while the inputs stream past, so each weight load feeds R
// multiply-adds. Every output is y + x[0] w[0] + x[1] w[1] + ... in this order whatever the
// vector width and R, so all paths give the same floats.
template <typename V, int R>
VITEXT_INLINE void block(const float* x, size_t in, const float* wt, size_t out, size_t k, float* y) {
  constexpr size_t kLanes = sizeof(V) / sizeof(float);
  V acc[R][2];
  for (int r = 0; r < R; ++r) {
    __builtin_memcpy(&acc[r][0], y + r * out + k, sizeof(V));
    __builtin_memcpy(&acc[r][1], y + r * out + k + kLanes, sizeof(V));
  }
  for (size_t j = 0; j < in; ++j) {
    V w0, w1;
    __builtin_memcpy(&w0, wt + j * out + k, sizeof(V));
    __builtin_memcpy(&w1, wt + j * out + k + kLanes, sizeof(V));
    for (int r = 0; r < R; ++r) {
      const float a = x[r * in + j];
      acc[r][0] += a * w0;
      acc[r][1] += a * w1;
    }
  }
  for (int r = 0; r < R; ++r) {
    __builtin_memcpy(y + r * out + k, &acc[r][0], sizeof(V));
    __builtin_memcpy(y + r * out + k + kLanes, &acc[r][1], sizeof(V));
  }
}

template <int R>
VITEXT_INLINE void leftover_columns(const float* x, size_t in, const float* wt, size_t out, size_t k, float* y) {
  for (; k < out; ++k)
    for (int r = 0; r < R; ++r) {
      float sum = y[r * out + k];
      for (size_t j = 0; j < in; ++j) sum += x[r * in + j] * wt[j * out + k];
      y[r * out + k] = sum;
    }
}

// The column strips [k, end) of width 2 vectors of V; returns where they stop.
template <typename V, int kRows = 4>
VITEXT_INLINE size_t strips(const float* x, size_t rows, size_t in, const float* wt, size_t out, size_t k, float* y) {
  constexpr size_t kWidth = 2 * sizeof(V) / sizeof(float);
  // Column strips outside, rows inside: one strip of wt (in x kWidth floats) stays in the
  // L1/L2 cache while every row uses it, so a weight matrix larger than L2 is read from
  // memory once.
  for (; k + kWidth <= out; k += kWidth) {
    size_t t = 0;
    for (; t + kRows <= rows; t += kRows) block<V, kRows>(x + t * in, in, wt, out, k, y + t * out);
    if constexpr (kRows > 4)
      for (; t + 4 <= rows; t += 4) block<V, 4>(x + t * in, in, wt, out, k, y + t * out);
    for (; t < rows; ++t) block<V, 1>(x + t * in, in, wt, out, k, y + t * out);
  }
  return k;
}

VITEXT_INLINE void leftovers(const float* x, size_t rows, size_t in, const float* wt, size_t out, size_t k, float* y) {
  if (k >= out) return;
  size_t t = 0;
  for (; t + 4 <= rows; t += 4) leftover_columns<4>(x + t * in, in, wt, out, k, y + t * out);
  for (; t < rows; ++t) leftover_columns<1>(x + t * in, in, wt, out, k, y + t * out);
}

VITEXT_INLINE void matmul_add_body(const float* x, size_t rows, size_t in, const float* wt, size_t out, float* y) {
  leftovers(x, rows, in, wt, out, strips<Vec8>(x, rows, in, wt, out, 0, y), y);
}

VITEXT_INLINE float dot_body(const float* a, const float* b, size_t n) {
  // Eight partial sums: independent chains the compiler can keep in one vector register.
  float s[8] = {0, 0, 0, 0, 0, 0, 0, 0};
  size_t i = 0;
  for (; i + 8 <= n; i += 8)
    for (size_t k = 0; k < 8; ++k) s[k] += a[i + k] * b[i + k];
  float total = ((s[0] + s[1]) + (s[2] + s[3])) + ((s[4] + s[5]) + (s[6] + s[7]));
  for (; i < n; ++i) total += a[i] * b[i];
  return total;
}

// e^x for x in [-87, 87] (clamped): x = k ln 2 + r with |r| <= ln 2 / 2, e^r by its Taylor
// polynomial to degree 6, 2^k put into the exponent bits. No branches or calls, so loops
// over it vectorise.
VITEXT_INLINE float exp_poly(float x) {
  x = x < -87.0f ? -87.0f : x;
  x = x > 87.0f ? 87.0f : x;
  // Adding 1.5 * 2^23 rounds to an integer (in round-to-nearest), without a call to floor.
  const float k = (x * 1.44269504f + 12582912.0f) - 12582912.0f;
  const float r = (x - k * 0.693145751953125f) - k * 1.428606765330187e-06f;
  float p = 1.0f / 720;
  p = p * r + 1.0f / 120;
  p = p * r + 1.0f / 24;
  p = p * r + 1.0f / 6;
  p = p * r + 0.5f;
  p = p * r + 1.0f;
  p = p * r + 1.0f;
  const int bits = (static_cast<int>(k) + 127) << 23;
  float scale;
  __builtin_memcpy(&scale, &bits, sizeof scale);
  return p * scale;
}

VITEXT_INLINE float sigmoid(float x) { return 1.0f / (1.0f + exp_poly(-x)); }
VITEXT_INLINE float tanh_exp(float x) { return 2.0f / (1.0f + exp_poly(-2.0f * x)) - 1.0f; }

VITEXT_INLINE void lstm_cell_body(const float* g, float* c, float* h, size_t n) {
  for (size_t k = 0; k < n; ++k) {
    const float in = sigmoid(g[k]), forget = sigmoid(g[n + k]), candidate = tanh_exp(g[2 * n + k]),
                output = sigmoid(g[3 * n + k]);
    const float cell = forget * c[k] + in * candidate;
    c[k] = cell;
    h[k] = output * tanh_exp(cell);
  }
}

void matmul_add_baseline(const float* x, size_t rows, size_t in, const float* wt, size_t out, float* y) {
  matmul_add_body(x, rows, in, wt, out, y);
}
float dot_baseline(const float* a, const float* b, size_t n) { return dot_body(a, b, n); }
void lstm_cell_baseline(const float* g, float* c, float* h, size_t n) { lstm_cell_body(g, c, h, n); }

#ifdef VITEXT_DENSE_DISPATCH
__attribute__((target("avx2,fma"))) void matmul_add_avx2(const float* x, size_t rows, size_t in, const float* wt,
                                                         size_t out, float* y) {
  matmul_add_body(x, rows, in, wt, out, y);
}
__attribute__((target("avx2,fma"))) float dot_avx2(const float* a, const float* b, size_t n) {
  return dot_body(a, b, n);
}
__attribute__((target("avx512f,avx2,fma"))) void lstm_cell_avx512(const float* g, float* c, float* h, size_t n) {
  lstm_cell_body(g, c, h, n);
}
__attribute__((target("avx2,fma"))) void lstm_cell_avx2(const float* g, float* c, float* h, size_t n) {
  lstm_cell_body(g, c, h, n);
}
// 32-column strips of 8 rows at a time (16 of the 32 vector registers accumulate), then one
// of 16 columns where 16 are left.
__attribute__((target("avx512f,avx2,fma"))) void matmul_add_avx512(const float* x, size_t rows, size_t in,
                                                                   const float* wt, size_t out, float* y) {
  leftovers(x, rows, in, wt, out, strips<Vec8>(x, rows, in, wt, out, strips<Vec16, 8>(x, rows, in, wt, out, 0, y), y), y);
}
bool has_avx2() { return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"); }
bool has_avx512() { return has_avx2() && __builtin_cpu_supports("avx512f"); }
#endif

}  // namespace

void matmul_add(const float* x, size_t rows, size_t in, const float* wt, size_t out, float* y) {
#ifdef VITEXT_DENSE_DISPATCH
  static const auto kernel = has_avx512() ? matmul_add_avx512 : has_avx2() ? matmul_add_avx2 : matmul_add_baseline;
#else
  static const auto kernel = matmul_add_baseline;
#endif
  kernel(x, rows, in, wt, out, y);
}

float dot(const float* a, const float* b, size_t n) {
#ifdef VITEXT_DENSE_DISPATCH
  static const auto kernel = has_avx2() ? dot_avx2 : dot_baseline;
#else
  static const auto kernel = dot_baseline;
#endif
  return kernel(a, b, n);
}

void lstm_cell(const float* g, float* c, float* h, size_t n) {
#ifdef VITEXT_DENSE_DISPATCH
  static const auto kernel = has_avx512() ? lstm_cell_avx512 : has_avx2() ? lstm_cell_avx2 : lstm_cell_baseline;
#else
  static const auto kernel = lstm_cell_baseline;
#endif
  kernel(g, c, h, n);
}

}  // namespace vitext::parse
