// Word segmentation benchmark: speed, model load time and memory of vitext::Segmenter.
//
//   segment_bench [--mb N] [--doc-kb K] [--threads T] [--model FILE] [--data DIR] [--benchmark_...]
//
// Input: the raw text of ../shared/data (UD VTB `# text` lines and the sample document)
// repeated to N MB (default 16) and cut into documents of about K KB (default 8). Each
// document goes through decode + tokenize + sentences (the text core) and then the
// segmenter, streaming through one reused Document per thread as the CLI does.
//   segment/model_load                  parse + checksum + copy of the arrays (wall time)
//   segment/chain, 1 thread, CPU time   decode + tokenize + sentences + segment, with the
//                                       segmenter's own words/s and MB/s from the same passes,
//                                       and a fixed reference timed in turn with them: greedy
//                                       longest match over the UD VTB train word list, no model
//                                       (bench/lookup_reference.h); the ratios to its words/s
//                                       are the figures that hold on a machine whose speed drifts
//   segment/chain, T threads, wall time T threads sharing the model read-only
// Counters: words/s, tokens/s, bytes/s; peak RSS is printed at the end.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "bench_support.h"
#include "lookup_reference.h"
#include "segment/text_pipeline.h"
#include "vitext/segmenter.h"

namespace {

using vitext::bench::thread_cpu_seconds;

struct Totals {
  uint64_t words = 0, tokens = 0, bytes = 0, errors = 0;
  double prepare_s = 0, segment_s = 0;
};

// Segments documents first, first + stride, ... with one reused Document and workspace.
Totals run(const vitext::Segmenter& seg, const std::vector<std::string_view>& docs, size_t first, size_t stride) {
  Totals t;
  vitext::Document doc;
  vitext::SegmenterWorkspace ws;
  for (size_t i = first; i < docs.size(); i += stride) {
    doc.original.assign(docs[i]);
    double t0 = thread_cpu_seconds();
    vitext::Status st = vitext::train::prepare_for_segmentation(doc);
    double t1 = thread_cpu_seconds();
    if (st.ok()) st = seg.apply(doc, ws);
    double t2 = thread_cpu_seconds();
    t.prepare_s += t1 - t0;
    t.segment_s += t2 - t1;
    t.errors += !st.ok();
    t.words += doc.words.size();
    t.tokens += doc.tokens.size();
    t.bytes += docs[i].size();
  }
  return t;
}

void add(Totals& all, const Totals& t) {
  all.words += t.words, all.tokens += t.tokens, all.bytes += t.bytes, all.errors += t.errors;
  all.prepare_s += t.prepare_s, all.segment_s += t.segment_s;
}

// Rates over the iteration time (kIsRate) and, for the segmenter alone, over its own time.
void set_counters(benchmark::State& state, const Totals& t) {
  state.counters["words/s"] = benchmark::Counter(static_cast<double>(t.words), benchmark::Counter::kIsRate);
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(t.tokens), benchmark::Counter::kIsRate);
  state.SetBytesProcessed(static_cast<int64_t>(t.bytes));
  if (t.errors) state.SkipWithError("a document failed");
}

// One pass over all documents per iteration, timed in thread CPU time: the chain (decode +
// tokenize + sentences + segment) is the iteration time; the segmenter's own rate is a counter
// from the same passes, so the two compare without run-to-run noise.
void one_thread(benchmark::State& state, const vitext::Segmenter& seg, const std::vector<std::string_view>& docs,
                const vitext::bench::LookupReference& reference) {
  Totals all;
  uint64_t reference_words = 0;
  double reference_s = 0;
  for (auto _ : state) {
    const double t0 = thread_cpu_seconds();
    for (std::string_view doc : docs) reference_words += reference.count_words(doc);
    reference_s += thread_cpu_seconds() - t0;
    Totals t = run(seg, docs, 0, 1);
    state.SetIterationTime(t.prepare_s + t.segment_s);
    add(all, t);
  }
  set_counters(state, all);
  const double segmenter_rate = static_cast<double>(all.words) / all.segment_s;
  const double chain_rate = static_cast<double>(all.words) / (all.prepare_s + all.segment_s);
  const double reference_rate = static_cast<double>(reference_words) / reference_s;
  state.counters["segmenter words/s"] = segmenter_rate;
  state.counters["segmenter MB/s"] = static_cast<double>(all.bytes) / 1048576.0 / all.segment_s;
  state.counters["reference words/s"] = reference_rate;
  std::printf("over the reference (longest match, %.0f words/s): segmenter %.2f, chain %.2f\n", reference_rate,
              segmenter_rate / reference_rate, chain_rate / reference_rate);
}

// T threads share the model read-only, each taking every T-th document; wall time.
void many_threads(benchmark::State& state, const vitext::Segmenter& seg, const std::vector<std::string_view>& docs,
                  int threads) {
  Totals all;
  for (auto _ : state) {
    std::vector<Totals> parts(static_cast<size_t>(threads));
    std::vector<std::thread> pool;
    auto start = std::chrono::steady_clock::now();
    for (int k = 0; k < threads; ++k)
      pool.emplace_back([&, k] { parts[static_cast<size_t>(k)] = run(seg, docs, static_cast<size_t>(k), static_cast<size_t>(threads)); });
    for (auto& th : pool) th.join();
    state.SetIterationTime(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    for (const Totals& t : parts) add(all, t);
  }
  set_counters(state, all);
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  using vitext::bench::flag;
  const size_t mb = std::strtoul(flag(argc, argv, "--mb", "16").c_str(), nullptr, 10);
  const size_t doc_kb = std::strtoul(flag(argc, argv, "--doc-kb", "8").c_str(), nullptr, 10);
  const int threads = std::atoi(
      flag(argc, argv, "--threads", std::to_string(std::max(2u, std::thread::hardware_concurrency()))).c_str());
  static const std::string model_path = flag(argc, argv, "--model", "");
  const auto data = vitext::bench::find_data_dir(flag(argc, argv, "--data", ""));

  static vitext::Segmenter seg;
  vitext::Status st = model_path.empty() ? vitext::Segmenter::load_default(seg)
                                         : vitext::Segmenter::load_file(model_path, seg);
  if (!st.ok()) {
    std::fprintf(stderr, "segment_bench: %s\n", st.message().c_str());
    return 2;
  }
  const double rss_model = vitext::bench::peak_rss_mb();
  std::string text = vitext::bench::corpus_text(data);
  if (text.empty()) {
    std::printf("skipped: data not found (%s)\n", data.string().c_str());
    return 0;
  }
  static const std::string input = vitext::bench::repeat_to(text, mb << 20);
  static const std::vector<std::string_view> docs = vitext::bench::cut_documents(input, doc_kb << 10);
  static vitext::bench::LookupReference reference;
  if (!reference.load(data / "ud-vtb/vi_vtb-ud-train.conllu")) {
    std::printf("skipped: data not found (%s)\n", data.string().c_str());
    return 0;
  }
  std::printf("input: %.1f MB in %zu documents of ~%zu KB; peak RSS after loading the model %.1f MB\n",
              input.size() / 1048576.0, docs.size(), doc_kb, rss_model);

  benchmark::RegisterBenchmark("segment/model_load", [](benchmark::State& state) {
    for (auto _ : state) {
      vitext::Segmenter fresh;
      vitext::Status s = model_path.empty() ? vitext::Segmenter::load_default(fresh)
                                            : vitext::Segmenter::load_file(model_path, fresh);
      if (!s.ok()) state.SkipWithError(s.message().c_str());
    }
  })->UseRealTime()->Unit(benchmark::kMillisecond);
  run(seg, docs, 0, 8);  // warm up caches and the workspace
  benchmark::RegisterBenchmark("segment/chain, 1 thread, CPU time", [](benchmark::State& state) {
    one_thread(state, seg, docs, reference);
  })->UseManualTime()->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark(("segment/chain, " + std::to_string(threads) + " threads, wall time").c_str(),
                               [threads](benchmark::State& state) { many_threads(state, seg, docs, threads); })
      ->UseManualTime()->Unit(benchmark::kMillisecond);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  std::printf("peak RSS: %.1f MB (model, %.0f MB input, per-thread documents)\n", vitext::bench::peak_rss_mb(),
              input.size() / 1048576.0);
  return 0;
}
