// Tagging and parsing speed in words per second: one thread per CPU second (independent
// of machine load), then one and two threads by the wall clock, sharing the same
// read-only models.
// The accurate mode (neural parsers voting with the fast one) is measured in the same run
// when its model is embedded or given.
//   parse_bench [DEV.conllu] [--tagger FILE] [--parser FILE] [--beam N] [--accurate FILE|none]
// Defaults: ../shared/data/ud-vtb/vi_vtb-ud-dev.conllu and the embedded models.
#include <time.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "vitext/conllu.h"
#include "vitext/parser.h"
#include "vitext/tagger.h"

using namespace vitext;

namespace {

struct Sent {
  std::vector<std::string_view> forms, upos, xpos;
};

template <typename Work>
double words_per_second(int threads, size_t words_per_pass, Work&& work) {
  const auto start = std::chrono::steady_clock::now();
  const double min_seconds = 2.0;
  std::vector<size_t> passes(static_cast<size_t>(threads), 0);
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) {
    pool.emplace_back([&, t] {
      while (std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() < min_seconds) {
        work();
        ++passes[static_cast<size_t>(t)];
      }
    });
  }
  for (auto& th : pool) th.join();
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  size_t total = 0;
  for (size_t p : passes) total += p;
  return double(total * words_per_pass) / seconds;
}

double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

// Words per second of CPU time on this thread: what one core does, even when other
// processes share the machine (wall-clock rates then fall with the share we get).
template <typename Work>
double words_per_cpu_second(size_t words_per_pass, Work&& work) {
  const double start = thread_cpu_seconds();
  size_t passes = 0;
  while (thread_cpu_seconds() - start < 2.0) {
    work();
    ++passes;
  }
  return double(passes * words_per_pass) / (thread_cpu_seconds() - start);
}

}  // namespace

int main(int argc, char** argv) {
  std::string dev = "../shared/data/ud-vtb/vi_vtb-ud-dev.conllu", tagger_path, parser_path, accurate_path;
  int beam = 0;  // 0: the model's own width
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--tagger") && i + 1 < argc) tagger_path = argv[++i];
    else if (!std::strcmp(argv[i], "--parser") && i + 1 < argc) parser_path = argv[++i];
    else if (!std::strcmp(argv[i], "--beam") && i + 1 < argc) beam = std::atoi(argv[++i]);
    else if (!std::strcmp(argv[i], "--accurate") && i + 1 < argc) accurate_path = argv[++i];
    else dev = argv[i];
  }
  std::vector<ConlluSentence> sentences;
  if (Status s = read_conllu_file(dev, sentences); !s.ok()) {
    std::printf("skipped: data not found (%s)\n", s.message().c_str());
    return 0;
  }
  Tagger tagger;
  Parser parser;
  Status ts = tagger_path.empty() ? Tagger::load_default(tagger) : Tagger::load_file(tagger_path, tagger);
  Status ps = parser_path.empty() ? Parser::load_default(parser) : Parser::load_file(parser_path, parser);
  if (!ts.ok() || !ps.ok()) {
    std::printf("model error: %s %s\n", ts.message().c_str(), ps.message().c_str());
    return 2;
  }
  if (beam > 0) parser.set_beam_width(static_cast<uint32_t>(beam));
  std::printf("parser beam width %u\n", parser.beam_width());
  Parser accurate;
  if (accurate_path != "none") {
    Status as = parser_path.empty() ? Parser::load_default(accurate) : Parser::load_file(parser_path, accurate);
    if (as.ok()) as = accurate.set_mode(ParserMode::kAccurate, accurate_path);
    if (beam > 0) accurate.set_beam_width(static_cast<uint32_t>(beam));
    if (!as.ok()) std::printf("accurate mode not measured: %s\n", as.message().c_str());
  }
  // Tags for parsing come from the tagger, as in the pipeline.
  std::vector<Sent> sents;
  std::vector<std::vector<std::string>> tag_store;
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
  auto tag_pass = [&] {
    std::vector<uint16_t> ids;
    for (const auto& s : sents) tagger.tag_ids(s.forms, ids);
  };
  auto parse_pass_with = [&](const Parser& p) {
    std::vector<int> heads;
    std::vector<uint16_t> labels;
    for (const auto& s : sents) p.parse(s.forms, s.upos, s.xpos, heads, labels);
  };
  auto parse_pass = [&] { parse_pass_with(parser); };
  auto accurate_pass = [&] { parse_pass_with(accurate); };
  std::printf("%zu sentences, %zu words\n", sents.size(), words);
  std::printf("tagging, 1 thread, per CPU second: %.0f words/s\n", words_per_cpu_second(words, tag_pass));
  std::printf("parsing, 1 thread, per CPU second: %.0f words/s\n", words_per_cpu_second(words, parse_pass));
  for (int threads : {1, 2}) {
    std::printf("tagging, %d thread%s: %.0f words/s\n", threads, threads > 1 ? "s" : "",
                words_per_second(threads, words, tag_pass));
    std::printf("parsing, %d thread%s: %.0f words/s\n", threads, threads > 1 ? "s" : "",
                words_per_second(threads, words, parse_pass));
  }
  if (accurate.accurate()) {
    std::printf("accurate parsing, 1 thread, per CPU second: %.0f words/s\n", words_per_cpu_second(words, accurate_pass));
    std::printf("accurate parsing, 2 threads: %.0f words/s\n", words_per_second(2, words, accurate_pass));
  }
  return 0;
}
