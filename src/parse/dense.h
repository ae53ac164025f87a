// Dense float kernels for the neural parser (src/parse/biaffine_*): the few loops that hold
// nearly all of its arithmetic, written so that the compiler vectorises them, and compiled on
// x86-64 for AVX2 + FMA and the baseline (the matrix product also for AVX-512), the one the
// processor supports picked at the first call.
#pragma once

#include <cstddef>

namespace vitext::parse {

// y[rows x out] += x[rows x in] * wt[in x out], all row-major. wt is a weight matrix stored
// transposed (input-major), so each step is a contiguous multiply-add over `out` floats.
void matmul_add(const float* x, size_t rows, size_t in, const float* wt, size_t out, float* y);

// The dot product of a and b (n floats).
float dot(const float* a, const float* b, size_t n);

// One LSTM step for n units from their gate pre-activations g (input, forget, cell, output:
// 4n floats, PyTorch's order): c = sigmoid(f) c + sigmoid(i) tanh(g), h = sigmoid(o) tanh(c).
// exp is a polynomial (relative error under 2e-7) that vectorises, unlike libm's.
void lstm_cell(const float* g, float* c, float* h, size_t n);

}  // namespace vitext::parse
