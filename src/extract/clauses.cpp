// Clause boundaries within a sentence: what a fact's or an award's phrase spans.
#include <algorithm>
#include "extract/context.h"
#include "extract/fold.h"

namespace vitext::extract {
namespace {

bool is_boundary(const TokenIndex& p, size_t i, bool comma) {
  // "..." is one token (an ellipsis), a stop like ".".
  return p.punct(i, ';') || p.punct(i, ':') || p.punct(i, '.') || p.punct(i, '!') || p.punct(i, '?') ||
         (i < p.size() && p[i].kind == PieceKind::kPunct && p.str(i) == "...") ||
         (comma && p.punct(i, ','));
}

}  // namespace

const std::string& Work::key(const char* literal) const {
  auto it = keys_.find(literal);
  if (it == keys_.end()) it = keys_.emplace(literal, fold_phrase(literal)).first;
  return it->second;
}

bool Work::is(size_t i, const char* literal) const {
  std::string_view k = key(literal);
  // Compare piece by piece: the key is the pieces' keys joined by single spaces.
  for (size_t j = i;; ++j) {
    if (j >= p.size()) return false;
    std::string_view pk = p.key(j);
    if (k.substr(0, pk.size()) != pk) return false;
    k.remove_prefix(pk.size());
    if (k.empty()) return true;
    if (k[0] != ' ') return false;
    k.remove_prefix(1);
  }
}

uint32_t clause_start(const Work& w, uint32_t i, bool stop_at_comma) {
  uint32_t s = w.p[i].sentence;
  while (i > 0 && w.p[i - 1].sentence == s && !is_boundary(w.p, i - 1, stop_at_comma)) --i;
  return i;
}

uint32_t clause_end(const Work& w, uint32_t i, bool stop_at_comma) {
  if (i >= w.p.size()) return static_cast<uint32_t>(w.p.size());
  uint32_t s = w.p[i].sentence;
  while (i < w.p.size() && w.p[i].sentence == s && !is_boundary(w.p, i, stop_at_comma)) ++i;
  return i;
}

uint32_t skip_clause_openers(const Work& w, uint32_t b, uint32_t e) {
  static const char* const kOpeners[] = {"trong đó", "đồng thời", "ngoài ra", "bên cạnh đó", "đã", "đang",
                                         "sẽ", "cũng", "còn", "và", "trong năm"};
  for (bool again = true; again && b < e;) {
    again = false;
    if (w.p.punct(b, ',')) {
      ++b;
      again = true;
      continue;
    }
    for (const char* o : kOpeners) {
      const std::string& key = w.key(o);
      size_t n = 1 + static_cast<size_t>(std::count(key.begin(), key.end(), ' '));
      if (b + n <= e && w.is(b, o)) {
        b += static_cast<uint32_t>(n);
        again = true;
        break;
      }
    }
  }
  return b;
}

}  // namespace vitext::extract
