// Benchmark of the text core: decode + normalize + tokenize + split_sentences, one thread,
// on a multi-megabyte input built by repeating the text of ../shared/data (the "# text"
// lines of the UD Vietnamese dev and train files and the sample document).
//
//   text_core_bench [--mb N] [--doc-kb K] [--data DIR] [--benchmark_...]
//
//   text_core/baseline            a trivial whitespace split over the same documents
//   text_core/stream              documents of about K KB (default 8, a news article) fed one
//                                 by one through one reused Document, as the CLI's reader does;
//                                 each stage's MB/s is a counter from the same passes
//   text_core/one document        the whole input as one document
// Times are thread CPU time (the machine is shared). At the end: the ratio of the chain to
// the baseline, and peak RSS with the input loaded, after a quarter of the stream and after
// all of it (no growth = memory bounded by the largest document).
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "bench_support.h"
#include "vitext/decode.h"
#include "vitext/document.h"
#include "vitext/normalize.h"
#include "vitext/sentences.h"
#include "vitext/tokenize.h"

namespace {

using vitext::bench::thread_cpu_seconds;

struct StageTimes {
  double decode = 0, normalize = 0, tokenize = 0, sentences = 0;
  double total() const { return decode + normalize + tokenize + sentences; }
};

// Runs the chain on one document, adding each stage's time.
bool run_chain(vitext::Document& doc, StageTimes& t) {
  double t0 = thread_cpu_seconds();
  vitext::Status st = vitext::decode(doc, vitext::DecodeOptions{});
  double t1 = thread_cpu_seconds();
  if (st.ok()) st = vitext::normalize(doc);
  double t2 = thread_cpu_seconds();
  if (st.ok()) st = vitext::tokenize(doc);
  double t3 = thread_cpu_seconds();
  if (st.ok()) st = vitext::split_sentences(doc);
  double t4 = thread_cpu_seconds();
  t.decode += t1 - t0, t.normalize += t2 - t1, t.tokenize += t3 - t2, t.sentences += t4 - t3;
  return st.ok();
}

struct RunResult {
  StageTimes times;
  uint64_t tokens = 0, sentences = 0, errors = 0, bytes = 0;
};

RunResult run_streaming(const std::vector<std::string_view>& docs, size_t count, vitext::Document& doc) {
  RunResult r;
  for (size_t i = 0; i < count; ++i) {
    doc.original.assign(docs[i]);
    if (!run_chain(doc, r.times)) ++r.errors;
    r.tokens += doc.tokens.size();
    r.sentences += doc.sentences.size();
    r.bytes += docs[i].size();
  }
  return r;
}

// The baseline: split on ASCII whitespace, counting tokens.
uint64_t whitespace_split(std::string_view s) {
  uint64_t tokens = 0;
  bool in_token = false;
  for (unsigned char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    tokens += !space && !in_token;
    in_token = !space;
  }
  return tokens;
}

double mb_per_s(uint64_t bytes, double seconds) { return seconds > 0 ? static_cast<double>(bytes) / 1048576.0 / seconds : 0; }

// Seconds per pass of the baseline and of the chain, for the ratio printed at the end.
struct Summary {
  double baseline_s = 0, chain_s = 0, rss_stream = 0;
} summary;

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  using vitext::bench::flag;
  const size_t target_mb = std::strtoul(flag(argc, argv, "--mb", "32").c_str(), nullptr, 10);
  const size_t doc_kb = std::strtoul(flag(argc, argv, "--doc-kb", "8").c_str(), nullptr, 10);
  const auto data = vitext::bench::find_data_dir(flag(argc, argv, "--data", ""));
  if (target_mb == 0 || doc_kb == 0) {
    std::fprintf(stderr, "usage: text_core_bench [--mb N] [--doc-kb K] [--data DIR]\n");
    return 2;
  }
  const std::string text = vitext::bench::corpus_text(data);
  if (text.empty()) {
    std::printf("skipped: data not found (%s)\n", data.string().c_str());
    return 0;
  }
  static const std::string input = vitext::bench::repeat_to(text, target_mb << 20);
  static const std::vector<std::string_view> docs = vitext::bench::cut_documents(input, doc_kb << 10);
  std::printf("input: %.1f MB (%zu KB of distinct text repeated), %zu documents of ~%zu KB\n",
              input.size() / 1048576.0, text.size() >> 10, docs.size(), doc_kb);
  const double rss_loaded = vitext::bench::peak_rss_mb();
  static vitext::Document doc;  // reused across passes, as the CLI's reader does
  run_streaming(docs, docs.size() / 4, doc);
  const double rss_quarter = vitext::bench::peak_rss_mb();

  benchmark::RegisterBenchmark("text_core/baseline", [](benchmark::State& state) {
    uint64_t tokens = 0;
    for (auto _ : state) {
      for (std::string_view d : docs) tokens += whitespace_split(d);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * input.size()));
    state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
  })->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("text_core/stream", [](benchmark::State& state) {
    RunResult all;
    for (auto _ : state) {
      RunResult r = run_streaming(docs, docs.size(), doc);
      state.SetIterationTime(r.times.total());
      all.times.decode += r.times.decode, all.times.normalize += r.times.normalize;
      all.times.tokenize += r.times.tokenize, all.times.sentences += r.times.sentences;
      all.tokens += r.tokens, all.sentences += r.sentences, all.errors += r.errors, all.bytes += r.bytes;
    }
    if (all.errors) state.SkipWithError("a document failed");
    state.SetBytesProcessed(static_cast<int64_t>(all.bytes));
    state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(all.tokens), benchmark::Counter::kIsRate);
    state.counters["decode MB/s"] = mb_per_s(all.bytes, all.times.decode);
    state.counters["normalize MB/s"] = mb_per_s(all.bytes, all.times.normalize);
    state.counters["tokenize MB/s"] = mb_per_s(all.bytes, all.times.tokenize);
    state.counters["sentences MB/s"] = mb_per_s(all.bytes, all.times.sentences);
    summary.chain_s = all.times.total() / static_cast<double>(state.iterations());
    summary.rss_stream = vitext::bench::peak_rss_mb();  // before the one-document run
  })->UseManualTime()->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("text_core/one document", [](benchmark::State& state) {
    uint64_t tokens = 0;
    for (auto _ : state) {
      vitext::Document big;
      big.original = input;
      StageTimes t;
      if (!run_chain(big, t)) state.SkipWithError("the document failed");
      state.SetIterationTime(t.total());
      tokens += big.tokens.size();
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * input.size()));
    state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
  })->UseManualTime()->Unit(benchmark::kMillisecond);
  // The baseline's time per pass, measured again outside the framework for the ratio (CPU time).
  double t0 = thread_cpu_seconds();
  uint64_t sink = 0;
  for (std::string_view d : docs) sink += whitespace_split(d);
  summary.baseline_s = thread_cpu_seconds() - t0;
  benchmark::DoNotOptimize(sink);

  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  if (summary.chain_s > 0)
    std::printf("ratio: %.2f (chain time / whitespace-split time, per pass)\n", summary.chain_s / summary.baseline_s);
  std::printf("peak RSS: %.1f MB with the input loaded, %.1f MB after 1/4 of the stream, %.1f MB after all of it "
              "(growth %.1f MB), %.1f MB after the one-document run\n",
              rss_loaded, rss_quarter, summary.rss_stream, summary.rss_stream - rss_quarter, vitext::bench::peak_rss_mb());
  return 0;
}
