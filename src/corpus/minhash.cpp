#include "corpus/minhash.h"

#include <utf8proc.h>

#include <cmath>
#include <limits>

#include "core/fold.h"
#include "core/hash.h"
#include "core/utf8.h"

namespace vitext {
namespace {

using hash::kFnvOffset;
using hash::fnv1a_step;

bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool is_word_char(char32_t c) {
  if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9');
  auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) || cat == UTF8PROC_CATEGORY_MN ||
         cat == UTF8PROC_CATEGORY_MC || cat == UTF8PROC_CATEGORY_ND;
}

// Hashes of the lowercased syllables of `text`, in order.
std::vector<uint64_t> syllable_hashes(std::string_view text) {
  std::vector<uint64_t> out;
  uint64_t h = kFnvOffset;
  bool in_word = false;
  size_t i = 0;
  while (i < text.size()) {
    char32_t c = utf8::next(text, i);
    if (is_word_char(c)) {
      c = fold::lower(c);
      h = fnv1a_step(h, c);
      in_word = true;
    } else if (in_word) {
      out.push_back(hash::mix64(h));
      h = kFnvOffset;
      in_word = false;
    }
  }
  if (in_word) out.push_back(hash::mix64(h));
  return out;
}

}  // namespace

uint64_t exact_text_hash(std::string_view text) {
  uint64_t h = kFnvOffset;
  bool pending_space = false, started = false;
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    if (is_space(c)) {
      pending_space = started;
      continue;
    }
    if (pending_space) h = fnv1a_step(h, ' ');
    pending_space = false;
    started = true;
    h = fnv1a_step(h, c);
  }
  return hash::mix64(h);
}

void minhash_signature(std::string_view text, const MinHashOptions& options, std::vector<uint32_t>& out) {
  const int n = options.num_perm;
  out.assign(static_cast<size_t>(n), std::numeric_limits<uint32_t>::max());
  std::vector<uint64_t> syl = syllable_hashes(text);
  if (syl.empty()) return;
  const size_t k = static_cast<size_t>(std::max(1, options.shingle));
  const size_t count = syl.size() >= k ? syl.size() - k + 1 : 1;
  const size_t width = std::min(k, syl.size());
  // The i-th hash function is multiply-shift with odd multiplier a_i and offset b_i, both
  // derived from a fixed seed: the same text gives the same signature on every machine.
  std::vector<uint64_t> a(static_cast<size_t>(n)), b(static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) {
    a[static_cast<size_t>(i)] = hash::mix64(0x9e3779b97f4a7c15ull * static_cast<uint64_t>(2 * i + 1)) | 1u;
    b[static_cast<size_t>(i)] = hash::mix64(0x7f4a7c159e3779b9ull + static_cast<uint64_t>(i));
  }
  for (size_t s = 0; s < count; ++s) {
    uint64_t x = 0x51ed270b27b5ab5bull;
    for (size_t j = 0; j < width; ++j) x = hash::mix64(x ^ syl[s + j]);
    for (int i = 0; i < n; ++i) {
      auto v = static_cast<uint32_t>((a[static_cast<size_t>(i)] * x + b[static_cast<size_t>(i)]) >> 32);
      if (v < out[static_cast<size_t>(i)]) out[static_cast<size_t>(i)] = v;
    }
  }
}

double estimate_similarity(const uint32_t* a, const uint32_t* b, int num_perm) {
  int same = 0;
  for (int i = 0; i < num_perm; ++i) same += a[i] == b[i];
  return num_perm > 0 ? double(same) / double(num_perm) : 0.0;
}

LshBands choose_lsh_bands(double threshold, int num_perm) {
  // Probability that a pair of similarity s shares at least one band: 1 - (1 - s^r)^b.
  auto collide = [](double s, int b, int r) { return 1.0 - std::pow(1.0 - std::pow(s, r), b); };
  auto integrate = [](auto f, double lo, double hi) {
    const int steps = 200;
    double h = (hi - lo) / steps, sum = 0;
    for (int i = 0; i < steps; ++i) sum += f(lo + (i + 0.5) * h) * h;
    return sum;
  };
  LshBands best;
  double best_err = std::numeric_limits<double>::max();
  for (int b = 1; b <= num_perm; ++b) {
    for (int r = 1; b * r <= num_perm; ++r) {
      double fp = integrate([&](double s) { return collide(s, b, r); }, 0.0, threshold);
      double fn = integrate([&](double s) { return 1.0 - collide(s, b, r); }, threshold, 1.0);
      // Missed duplicates are costlier than extra candidates (those are verified anyway).
      double err = 0.3 * fp + 0.7 * fn;
      if (err < best_err) {
        best_err = err;
        best = {b, r};
      }
    }
  }
  return best;
}

}  // namespace vitext
