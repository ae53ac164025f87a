// What entity and fact extraction adds to `vitext analyze`: thread CPU time of the pipeline up
// to the parse (decode, normalize, tokenize, sentences, segment, tag, parse) against the
// extraction stage alone, on the same documents and passes.
//   extract_bench [SHARED_DIR] [--benchmark_...]   (default ../shared)
// Inputs: the reference document repeated 100 times as one document, and the `# text` lines of
// UD VTB dev, one document per line. JSON writing is not timed (the CLI does it for both).
// Each input gives two rows: "until parse" and "extraction" (iteration time = that part's CPU
// time); the extraction row's counter "share %" is its part of the total.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "bench_support.h"
#include "vitext/document.h"
#include "vitext/extract.h"
#include "vitext/pipeline.h"

using namespace vitext;

namespace {

struct Part {
  double until_parse = 0, extract = 0;
  size_t bytes = 0, facts = 0, entities = 0;
};

Part one_pass(const Pipeline& until_parse, const Extractor& extractor, const std::vector<std::string>& docs,
              benchmark::State& state) {
  Part p;
  for (const std::string& text : docs) {
    Document doc;
    doc.original = text;
    double t0 = bench::thread_cpu_seconds();
    if (Status s = until_parse.run(doc); !s.ok()) state.SkipWithError(s.message().c_str());
    double t1 = bench::thread_cpu_seconds();
    if (Status s = extractor.apply(doc); !s.ok()) state.SkipWithError(s.message().c_str());
    double t2 = bench::thread_cpu_seconds();
    p.until_parse += t1 - t0;
    p.extract += t2 - t1;
    p.bytes += text.size();
    p.facts += doc.facts.size();
    p.entities += doc.entities.size();
  }
  return p;
}

void measure(benchmark::State& state, const Pipeline& until_parse, const Extractor& extractor,
             const std::vector<std::string>& docs, bool report_extraction) {
  Part all;
  for (auto _ : state) {
    Part p = one_pass(until_parse, extractor, docs, state);
    state.SetIterationTime(report_extraction ? p.extract : p.until_parse);
    all.until_parse += p.until_parse, all.extract += p.extract, all.bytes += p.bytes;
    all.facts = p.facts, all.entities = p.entities;
  }
  state.SetBytesProcessed(static_cast<int64_t>(all.bytes));
  if (report_extraction) {
    state.counters["share %"] = 100 * all.extract / (all.extract + all.until_parse);
    state.counters["entities"] = static_cast<double>(all.entities);
    state.counters["facts"] = static_cast<double>(all.facts);
  }
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  std::vector<std::string> args = bench::positional(argc, argv);
  const std::string shared = !args.empty() ? args[0] : bench::find_data_dir().parent_path().string();
  const std::string sample = bench::read_file(shared + "/data/samples/thanhhoa-security-2023.txt");
  const std::string dev_text = bench::treebank_text(shared + "/data/ud-vtb/vi_vtb-ud-dev.conllu");
  if (sample.empty() || dev_text.empty()) {
    std::printf("skipped: data not found\n");
    return 0;
  }
  PipelineOptions options;
  options.until = StageId::kParse;
  static std::unique_ptr<Pipeline> pipeline;
  if (Status s = Pipeline::create(options, pipeline); !s.ok()) {
    std::fprintf(stderr, "%s\n", s.message().c_str());
    return 2;
  }
  static Extractor extractor;
  if (Status s = Extractor::load_default(extractor); !s.ok()) {
    std::fprintf(stderr, "%s\n", s.message().c_str());
    return 2;
  }
  static std::vector<std::string> repeated(1), lines;
  for (int i = 0; i < 100; ++i) repeated[0] += sample + "\n";
  for (size_t pos = 0, eol; pos < dev_text.size(); pos = eol + 1) {
    eol = dev_text.find('\n', pos);
    lines.push_back(dev_text.substr(pos, eol - pos));
  }
  for (const auto& [name, docs] : {std::pair{"reference document x100, one doc", &repeated},
                                   std::pair{"UD VTB dev, one doc per sentence", &lines}}) {
    for (bool extraction : {false, true}) {
      benchmark::RegisterBenchmark((std::string(name) + (extraction ? "/extraction" : "/until parse")).c_str(),
                                   [docs, extraction](benchmark::State& state) {
                                     measure(state, *pipeline, extractor, *docs, extraction);
                                   })
          ->UseManualTime()->Unit(benchmark::kMillisecond);
    }
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
