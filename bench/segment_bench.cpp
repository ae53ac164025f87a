// Word segmentation benchmark: speed, model load time and memory of vitext::Segmenter.
//
//   segment_bench [--mb N] [--doc-kb K] [--threads T] [--model FILE] [--data DIR]
//
// Input: the raw text of ../shared/data (UD VTB `# text` lines and the sample document)
// repeated to N MB (default 16) and cut into documents of about K KB (default 8). Each
// document goes through decode + tokenize + sentences (the text core) and then the
// segmenter, streaming through one reused Document per thread as the CLI does.
// Single-thread rates use this thread's CPU time (the machine is shared); the
// multi-threaded run reports wall time with the model shared read-only by all threads.
#include <sys/resource.h>
#include <time.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "core/embedded_models.h"
#include "segment/text_pipeline.h"
#include "vitext/segmenter.h"

namespace {

double cpu_now() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}
double wall_now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
double peak_rss_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
}

// Raw sentences of the shared data, one per line.
std::string corpus_text(const std::filesystem::path& data) {
  std::string text, line;
  for (const char* name : {"ud-vtb/vi_vtb-ud-train.conllu", "ud-vtb/vi_vtb-ud-dev.conllu"}) {
    std::ifstream in(data / name);
    while (std::getline(in, line))
      if (line.rfind("# text = ", 0) == 0) text.append(line, 9).push_back('\n');
  }
  std::ifstream sample(data / "samples/thanhhoa-security-2023.txt");
  while (std::getline(sample, line)) text.append(line).push_back('\n');
  return text;
}

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
    double t0 = cpu_now();
    vitext::Status st = vitext::train::prepare_for_segmentation(doc);
    double t1 = cpu_now();
    if (st.ok()) st = seg.apply(doc, ws);
    double t2 = cpu_now();
    t.prepare_s += t1 - t0;
    t.segment_s += t2 - t1;
    t.errors += !st.ok();
    t.words += doc.words.size();
    t.tokens += doc.tokens.size();
    t.bytes += docs[i].size();
  }
  return t;
}

}  // namespace

int main(int argc, char** argv) {
  size_t mb = 16, doc_kb = 8;
  unsigned threads = std::max(2u, std::thread::hardware_concurrency());
  std::string model_path;
  std::filesystem::path data = std::filesystem::path(__FILE__).parent_path().parent_path() / ".." / "shared" / "data";
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string flag = argv[i];
    if (flag == "--mb") mb = std::strtoul(argv[i + 1], nullptr, 10);
    else if (flag == "--doc-kb") doc_kb = std::strtoul(argv[i + 1], nullptr, 10);
    else if (flag == "--threads") threads = static_cast<unsigned>(std::strtoul(argv[i + 1], nullptr, 10));
    else if (flag == "--model") model_path = argv[i + 1];
    else if (flag == "--data") data = argv[i + 1];
  }
  if (!std::filesystem::exists(data)) data = "../shared/data";  // run from the repository root

  // Model load: parse + checksum + copy of the arrays, best and mean of 10.
  vitext::Segmenter seg;
  double load_best = 1e30, load_sum = 0;
  for (int rep = 0; rep < 10; ++rep) {
    double t0 = wall_now();
    vitext::Status st = model_path.empty() ? vitext::Segmenter::load_default(seg)
                                           : vitext::Segmenter::load_file(model_path, seg);
    double dt = wall_now() - t0;
    if (!st.ok()) {
      std::fprintf(stderr, "segment_bench: %s\n", st.message().c_str());
      return 2;
    }
    load_best = std::min(load_best, dt);
    load_sum += dt;
  }
  const size_t model_bytes = model_path.empty() ? vitext::embedded::find("segmenter").size()
                                                : std::filesystem::file_size(model_path);
  const double rss_model = peak_rss_mb();

  std::string text = corpus_text(data);
  if (text.empty()) {
    std::printf("skipped: data not found (%s)\n", data.string().c_str());
    return 0;
  }
  std::string input;
  while (input.size() < (mb << 20)) input += text;
  std::vector<std::string_view> docs;
  for (size_t pos = 0; pos < input.size();) {
    size_t end = input.find('\n', std::min(input.size(), pos + (doc_kb << 10)));
    end = end == std::string::npos ? input.size() : end + 1;
    docs.emplace_back(input.data() + pos, end - pos);
    pos = end;
  }
  std::printf("model: %.1f MB, load %.1f ms (best of 10), %.1f ms (mean); peak RSS after load %.1f MB\n",
              model_bytes / 1048576.0, load_best * 1e3, load_sum / 10 * 1e3, rss_model);
  std::printf("input: %.1f MB in %zu documents of ~%zu KB\n", input.size() / 1048576.0, docs.size(), doc_kb);

  run(seg, docs, 0, 8);  // warm up caches and the workspace
  Totals best;
  for (int rep = 0; rep < 3; ++rep) {
    Totals t = run(seg, docs, 0, 1);
    if (rep == 0 || t.segment_s < best.segment_s) best = t;
  }
  const double in_mb = best.bytes / 1048576.0;
  std::printf("1 thread, segmenter only: %.2f M words/s, %.2f M tokens/s, %.1f MB/s (%llu words, %.3f s CPU)\n",
              best.words / best.segment_s / 1e6, best.tokens / best.segment_s / 1e6, in_mb / best.segment_s,
              static_cast<unsigned long long>(best.words), best.segment_s);
  const double chain = best.prepare_s + best.segment_s;
  std::printf("1 thread, decode+tokenize+sentences+segment: %.2f M words/s, %.1f MB/s\n",
              best.words / chain / 1e6, in_mb / chain);

  // Many threads, one shared model.
  std::vector<Totals> parts(threads);
  std::vector<std::thread> pool;
  double w0 = wall_now();
  for (unsigned k = 0; k < threads; ++k) pool.emplace_back([&, k] { parts[k] = run(seg, docs, k, threads); });
  for (auto& th : pool) th.join();
  double wall = wall_now() - w0;
  uint64_t words = 0, errors = best.errors;
  for (const auto& p : parts) {
    words += p.words;
    errors += p.errors;
  }
  std::printf("%u threads, shared model, full chain: %.2f M words/s, %.1f MB/s wall (%u hardware threads)\n", threads,
              words / wall / 1e6, input.size() / 1048576.0 / wall, std::thread::hardware_concurrency());
  std::printf("peak RSS: %.1f MB (model, %.0f MB input, per-thread documents); errors: %llu\n", peak_rss_mb(),
              input.size() / 1048576.0, static_cast<unsigned long long>(errors));
  return errors ? 1 : 0;
}
