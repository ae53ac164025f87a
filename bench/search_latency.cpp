// Query latency of a search index (vitext/search.h), in process: every query of a file run
// ROUNDS times after one warm-up round, wall time per query, p50 / p99 / max per class.
//   search_latency --db FILE [--db FILE...] --queries bench/search_queries.tsv [--rounds 5] [--limit 10]
// Query file: one query a line, tab-separated: its class (plain, phrase, filtered ...), the
// text, then any filters as name=value (person, entity, type, since, until, fact_unit,
// fact_min, fact_max).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "vitext/search.h"

namespace {

struct Query {
  std::string cls;
  vitext::SearchQuery q;
};

bool set_filter(vitext::SearchQuery& q, const std::string& name, const std::string& v) {
  if (name == "person") q.person = v;
  else if (name == "entity") q.entity = v;
  else if (name == "type") q.entity_type = v;
  else if (name == "since") q.since = v;
  else if (name == "until") q.until = v;
  else if (name == "fact_unit") q.fact_unit = v;
  else if (name == "fact_min") q.fact_min = std::stod(v);
  else if (name == "fact_max") q.fact_max = std::stod(v);
  else return false;
  return true;
}

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  size_t i = std::min(v.size() - 1, static_cast<size_t>(p * double(v.size() - 1) + 0.5));
  return v[i];
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> dbs;
  std::string queries_path;
  int rounds = 5;
  size_t limit = 10;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--db") dbs.push_back(argv[i + 1]);
    else if (a == "--queries") queries_path = argv[i + 1];
    else if (a == "--rounds") rounds = std::stoi(argv[i + 1]);
    else if (a == "--limit") limit = std::stoul(argv[i + 1]);
  }
  if (dbs.empty() || queries_path.empty()) {
    std::cerr << "usage: search_latency --db FILE [--db FILE...] --queries FILE [--rounds N] [--limit N]\n";
    return 2;
  }
  std::vector<Query> queries;
  std::ifstream in(queries_path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::stringstream ss(line);
    for (std::string part; std::getline(ss, part, '\t');) f.push_back(part);
    Query q;
    q.cls = f[0];
    q.q.text = f.size() > 1 ? f[1] : "";
    q.q.limit = limit;
    for (size_t k = 2; k < f.size(); ++k) {
      size_t eq = f[k].find('=');
      if (eq == std::string::npos || !set_filter(q.q, f[k].substr(0, eq), f[k].substr(eq + 1))) {
        std::cerr << "bad filter '" << f[k] << "'\n";
        return 2;
      }
    }
    queries.push_back(std::move(q));
  }
  std::vector<std::unique_ptr<vitext::Index>> indexes;
  std::vector<const vitext::Index*> shards;
  for (const std::string& path : dbs) {
    std::unique_ptr<vitext::Index> ix;
    vitext::Status st = vitext::Index::open(path, vitext::Index::Mode::kRead, ix);
    if (!st.ok()) {
      std::cerr << st.message() << "\n";
      return 2;
    }
    shards.push_back(ix.get());
    indexes.push_back(std::move(ix));
  }
  std::map<std::string, std::vector<double>> ms;
  std::map<std::string, size_t> hits_total;
  for (int round = 0; round <= rounds; ++round) {
    for (const Query& q : queries) {
      std::vector<vitext::SearchHit> hits;
      auto t0 = std::chrono::steady_clock::now();
      vitext::Status st = vitext::search_shards(shards, q.q, hits);
      double t = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
      if (!st.ok()) {
        std::cerr << q.q.text << ": " << st.message() << "\n";
        return 1;
      }
      if (round == 0) {
        hits_total[q.cls] += hits.size();
        continue;  // warm-up: the pages come into the cache
      }
      ms[q.cls].push_back(t);
    }
  }
  std::printf("| queries | runs | hits/query | p50 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|\n");
  for (const auto& [cls, v] : ms) {
    size_t n = v.size() / size_t(rounds);
    std::printf("| %s | %zu | %.1f | %.2f | %.2f | %.2f |\n", cls.c_str(), v.size(), double(hits_total[cls]) / double(n),
                percentile(v, 0.5), percentile(v, 0.99), *std::max_element(v.begin(), v.end()));
  }
  return 0;
}
