#include "segment/syllable_stats.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <string_view>
#include <unordered_map>

#include "core/hash.h"
#include "segment/syllable_key.h"

namespace vitext::train {
namespace {

struct PairCounts {
  uint64_t left = 0, right = 0;
  uint64_t news = 0, rdr_total = 0, rdr_joined = 0;
};

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || line[i] == '\t') {
      out.push_back(line.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

// A decimal count; false for anything else (empty, signs, letters, more than 18 digits).
bool to_count(std::string_view s, uint64_t& v) {
  if (s.empty() || s.size() > 18) return false;
  v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<uint64_t>(c - '0');
  }
  return true;
}

// Share of the pair's occurrences RDR joins: never, rarely, ..., always.
uint8_t join_bucket(uint64_t joined, uint64_t total) {
  if (joined == 0) return 1;
  if (joined == total) return 7;
  const double rate = static_cast<double>(joined) / static_cast<double>(total);
  return rate < 0.1 ? 2 : rate < 0.4 ? 3 : rate < 0.6 ? 4 : rate < 0.9 ? 5 : 6;
}

}  // namespace

Status pack_syllable_stats(const std::vector<std::string>& files, const SyllableStatsOptions& options,
                           segment::FingerprintMap& out, size_t& pairs) {
  std::unordered_map<uint64_t, uint64_t> unigram;
  std::unordered_map<uint64_t, PairCounts> pair;
  uint64_t unigram_total = 0;
  for (const auto& path : files) {
    std::ifstream in(path);
    if (!in) return Status::IoError("cannot read syllable statistics " + path);
    std::string line;
    size_t line_number = 0;
    // A wrong file would otherwise train a model without the features, silently.
    auto bad_line = [&] {
      return Status::InvalidArgument(path + ":" + std::to_string(line_number) +
                                     ": not a syllable-statistics line (u SYLLABLE COUNT, p LEFT RIGHT COUNT or "
                                     "r LEFT RIGHT TOTAL JOINED, tab-separated; train/segment_stats.sh)");
    };
    while (std::getline(in, line)) {
      ++line_number;
      if (line.empty()) continue;
      const auto f = split_tabs(line);
      uint64_t c = 0, joined = 0;
      if (f.size() == 3 && f[0] == "u") {
        if (!to_count(f[2], c)) return bad_line();
        unigram[segment::fold_syllable(f[1]).key] += c;
        unigram_total += c;
        continue;
      }
      const bool news = f.size() == 4 && f[0] == "p" && to_count(f[3], c);
      const bool rdr = f.size() == 5 && f[0] == "r" && to_count(f[3], c) && to_count(f[4], joined) && joined <= c;
      if (!news && !rdr) return bad_line();
      const uint64_t a = segment::fold_syllable(f[1]).key, b = segment::fold_syllable(f[2]).key;
      PairCounts& p = pair[hash::combine(a, b)];
      p.left = a;
      p.right = b;
      if (news) {
        p.news += c;
      } else {
        p.rdr_total += c;
        p.rdr_joined += joined;
      }
    }
  }
  std::vector<std::pair<uint64_t, uint8_t>> packed;
  for (const auto& [key, p] : pair) {
    uint8_t v = 0;
    if (p.rdr_total >= options.min_rdr) v |= join_bucket(p.rdr_joined, p.rdr_total);
    const uint64_t ca = unigram.count(p.left) ? unigram[p.left] : 0, cb = unigram.count(p.right) ? unigram[p.right] : 0;
    if (p.news >= options.min_news && ca && cb) {
      const double pmi = std::log(static_cast<double>(p.news) * static_cast<double>(unigram_total) /
                                  (static_cast<double>(ca) * static_cast<double>(cb)));
      const int pmi_bucket = std::clamp(static_cast<int>(std::floor(pmi / 1.5)), -1, 5) + 2;
      const int count_bucket = p.news < 20 ? 1 : p.news < 500 ? 2 : 3;
      v |= static_cast<uint8_t>((pmi_bucket << 3) | (count_bucket << 6));
    }
    if (v) packed.emplace_back(key, v);
  }
  std::sort(packed.begin(), packed.end());  // the table's layout must not depend on hash-map order
  pairs = packed.size();
  out = segment::FingerprintMap::build(packed);
  return Status::Ok();
}

}  // namespace vitext::train
