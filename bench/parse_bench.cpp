// Tagging and parsing speed in words per second on UD VTB dev, with the tags for parsing from
// the tagger as in the pipeline: one thread in thread CPU time (independent of machine load),
// then one and two threads by the wall clock, sharing the same read-only models. The accurate
// mode (neural parsers voting with the fast one) is measured in the same run when its model is
// embedded or given.
//   parse_bench [DEV.conllu] [--tagger FILE] [--parser FILE] [--beam N] [--accurate FILE|none]
//               [--benchmark_...]
// Defaults: ../shared/data/ud-vtb/vi_vtb-ud-dev.conllu and the embedded models.
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#include "bench_support.h"
#include "vitext/conllu.h"
#include "vitext/parser.h"
#include "vitext/tagger.h"

using namespace vitext;

namespace {

struct Sent {
  std::vector<std::string_view> forms, upos, xpos;
};

// One pass over the sentences per iteration; words/s over the benchmark's time (thread CPU
// time with one thread, wall time with ->UseRealTime()), summed over its threads.
void passes(benchmark::State& state, size_t words, const std::function<void()>& pass) {
  for (auto _ : state) pass();
  state.counters["words/s"] =
      benchmark::Counter(static_cast<double>(state.iterations() * words), benchmark::Counter::kIsRate);
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  using vitext::bench::flag;
  std::vector<std::string> args = vitext::bench::positional(argc, argv);
  const std::string dev = !args.empty() ? args[0]
                                        : (vitext::bench::find_data_dir() / "ud-vtb/vi_vtb-ud-dev.conllu").string();
  const std::string tagger_path = flag(argc, argv, "--tagger", ""), parser_path = flag(argc, argv, "--parser", "");
  const std::string accurate_path = flag(argc, argv, "--accurate", "");
  const int beam = std::atoi(flag(argc, argv, "--beam", "0").c_str());  // 0: the model's own width
  static std::vector<ConlluSentence> sentences;  // the forms below view it
  if (Status s = read_conllu_file(dev, sentences); !s.ok()) {
    std::printf("skipped: data not found (%s)\n", s.message().c_str());
    return 0;
  }
  static Tagger tagger;
  static Parser parser, accurate;
  Status ts = tagger_path.empty() ? Tagger::load_default(tagger) : Tagger::load_file(tagger_path, tagger);
  Status ps = parser_path.empty() ? Parser::load_default(parser) : Parser::load_file(parser_path, parser);
  if (!ts.ok() || !ps.ok()) {
    std::printf("model error: %s %s\n", ts.message().c_str(), ps.message().c_str());
    return 2;
  }
  if (beam > 0) parser.set_beam_width(static_cast<uint32_t>(beam));
  std::printf("parser beam width %u\n", parser.beam_width());
  if (accurate_path != "none") {
    Status as = parser_path.empty() ? Parser::load_default(accurate) : Parser::load_file(parser_path, accurate);
    if (as.ok()) as = accurate.set_mode(ParserMode::kAccurate, accurate_path);
    if (beam > 0) accurate.set_beam_width(static_cast<uint32_t>(beam));
    if (!as.ok()) std::printf("accurate mode not measured: %s\n", as.message().c_str());
  }
  // Tags for parsing come from the tagger, as in the pipeline.
  static std::vector<Sent> sents;
  static std::vector<std::vector<std::string>> tag_store;
  size_t words = 0;
  for (const auto& s : sentences) {
    Sent out;
    for (const auto& w : s.words) out.forms.push_back(w.form);
    std::vector<std::string> upos, xpos;
    tagger.tag(out.forms, upos, xpos);
    tag_store.push_back(std::move(upos));
    tag_store.push_back(std::move(xpos));
    words += out.forms.size();
    sents.push_back(std::move(out));
  }
  for (size_t i = 0; i < sents.size(); ++i) {
    for (const auto& t : tag_store[2 * i]) sents[i].upos.push_back(t);
    for (const auto& t : tag_store[2 * i + 1]) sents[i].xpos.push_back(t);
  }
  std::printf("%zu sentences, %zu words\n", sents.size(), words);

  auto tag_pass = [] {
    std::vector<uint16_t> ids;
    for (const auto& s : sents) tagger.tag_ids(s.forms, ids);
  };
  auto parse_pass_with = [](const Parser& p) {
    std::vector<int> heads;
    std::vector<uint16_t> labels;
    for (const auto& s : sents) p.parse(s.forms, s.upos, s.xpos, heads, labels);
  };
  std::vector<std::pair<std::string, std::function<void()>>> kinds = {
      {"tag", tag_pass}, {"parse", [=] { parse_pass_with(parser); }}};
  if (accurate.accurate()) kinds.emplace_back("parse accurate", [=] { parse_pass_with(accurate); });
  for (const auto& [name, pass] : kinds) {
    benchmark::RegisterBenchmark((name + ", CPU time").c_str(),
                                 [words, pass](benchmark::State& state) { passes(state, words, pass); })
        ->Unit(benchmark::kMillisecond)->MinTime(2.0);
    benchmark::RegisterBenchmark((name + ", wall time").c_str(),
                                 [words, pass](benchmark::State& state) { passes(state, words, pass); })
        ->Threads(1)->Threads(2)->UseRealTime()->Unit(benchmark::kMillisecond)->MinTime(2.0);
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
