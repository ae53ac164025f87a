// Throughput of the normalisation stage alone, single thread, on a multi-MB input built from
// ../shared/data text (the UD treebank's raw sentences and the sample document, repeated), in
// bytes per second of thread CPU time (setting up the Document is not timed):
//   as-is   the text as published (NFC, mostly new-style tones) with tone=new/old/keep
//   nfd     the same text in NFD (every Vietnamese letter decomposed): the worst case
//   normalize_bench [shared-data-dir] [megabytes=32] [--benchmark_...]
#include <utf8proc.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <tuple>

#include "bench_support.h"
#include "vitext/normalize.h"

namespace {

std::string nfd(const std::string& s) {
  utf8proc_uint8_t* out = nullptr;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()),
                        &out, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_DECOMPOSE));
  std::string r(reinterpret_cast<char*>(out), static_cast<size_t>(n > 0 ? n : 0));
  std::free(out);
  return r;
}

// normalize() on a Document as the decode stage leaves it.
void normalize_input(benchmark::State& state, const std::string& input, vitext::ToneStyle tone) {
  vitext::NormalizeOptions options;
  options.tone = tone;
  for (auto _ : state) {
    vitext::Document doc(input);
    doc.text = input;
    doc.map = vitext::OffsetMap::Identity(static_cast<uint32_t>(input.size()));
    double t0 = vitext::bench::thread_cpu_seconds();
    vitext::Status st = vitext::normalize(doc, options);
    state.SetIterationTime(vitext::bench::thread_cpu_seconds() - t0);
    if (!st.ok()) {
      state.SkipWithError(st.message().c_str());
      return;
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * input.size()));
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  std::vector<std::string> args = vitext::bench::positional(argc, argv);
  auto data = vitext::bench::find_data_dir(args.size() > 0 ? args[0] : "");
  size_t megabytes = args.size() > 1 ? std::strtoul(args[1].c_str(), nullptr, 10) : 32;
  std::string base = vitext::bench::corpus_text(data);
  if (base.size() < 1000) {
    std::printf("skipped: data not found under %s\n", data.c_str());
    return 0;
  }
  static const std::string input = vitext::bench::repeat_to(base, megabytes * 1000000);
  static const std::string decomposed = nfd(input);
  std::printf("input: %.1f MB (%zu bytes of shared-data text, repeated); NFD: %.1f MB\n", input.size() / 1e6,
              base.size(), decomposed.size() / 1e6);
  using vitext::ToneStyle;
  for (auto [name, text, tone] : {std::tuple{"as-is, tone=new", &input, ToneStyle::kNew},
                                  std::tuple{"as-is, tone=old", &input, ToneStyle::kOld},
                                  std::tuple{"as-is, tone=keep", &input, ToneStyle::kKeep},
                                  std::tuple{"nfd, tone=new", &decomposed, ToneStyle::kNew}}) {
    benchmark::RegisterBenchmark((std::string("normalize/") + name).c_str(),
                                 [text, tone](benchmark::State& state) { normalize_input(state, *text, tone); })
        ->UseManualTime()->Unit(benchmark::kMillisecond);
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
