// Benchmark of the text core: decode + normalize + tokenize + split_sentences, one thread,
// on a multi-megabyte input built by repeating the text of ../shared/data (the "# text"
// lines of the UD Vietnamese dev and train files and the sample document). Reports MB/s,
// tokens/s (on thread CPU time), peak RSS, and the ratio to a trivial whitespace split measured in the same run.
//
//   text_core_bench [--mb N] [--doc-kb K] [--data DIR]
//
// Documents of about K KB (default 8, a news article) are fed one by one through one
// reused Document, as the CLI's reader does, then the whole input is run as one document.
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "vitext/decode.h"
#include "vitext/document.h"
#include "vitext/sentences.h"
#include "vitext/tokenize.h"
#include "vitext/normalize.h"

namespace {

// Time is this thread's CPU time, not wall time: the machines this runs on are shared, and
// CPU time is what a single core spends whatever else runs beside it.
struct Clock {
  using time_point = double;
  static double now() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
  }
};

double seconds_since(Clock::time_point t0) { return Clock::now() - t0; }

double peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

bool read_file(const std::filesystem::path& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return true;
}

// The raw text of a treebank: its "# text =" lines, one sentence per line.
void append_treebank_text(const std::string& conllu, std::string& out) {
  size_t pos = 0;
  while (pos < conllu.size()) {
    size_t eol = conllu.find('\n', pos);
    if (eol == std::string::npos) eol = conllu.size();
    std::string_view line(conllu.data() + pos, eol - pos);
    if (line.starts_with("# text =")) {  // the train file has no space after "="
      std::string_view text = line.substr(8);
      if (text.starts_with(' ')) text.remove_prefix(1);
      out.append(text);
      out.push_back('\n');
    }
    pos = eol + 1;
  }
}

// Splits `input` into documents of about `size` bytes, cut at line ends.
std::vector<std::string_view> cut_documents(std::string_view input, size_t size) {
  std::vector<std::string_view> docs;
  size_t pos = 0;
  while (pos < input.size()) {
    size_t end = std::min(input.size(), pos + size);
    size_t eol = input.find('\n', end);
    end = eol == std::string_view::npos ? input.size() : eol + 1;
    docs.push_back(input.substr(pos, end - pos));
    pos = end;
  }
  return docs;
}

struct StageTimes {
  double decode = 0, normalize = 0, tokenize = 0, sentences = 0;
  double total() const { return decode + normalize + tokenize + sentences; }
};

struct RunResult {
  StageTimes times;
  uint64_t tokens = 0, sentences = 0, errors = 0;
};

// Runs the chain on one document, adding each stage's time.
bool run_chain(vitext::Document& doc, StageTimes& t) {
  auto t0 = Clock::now();
  vitext::Status st = vitext::decode(doc, vitext::DecodeOptions{});
  t.decode += seconds_since(t0);
  t0 = Clock::now();
  if (st.ok()) st = vitext::normalize(doc);
  t.normalize += seconds_since(t0);
  t0 = Clock::now();
  if (st.ok()) st = vitext::tokenize(doc);
  t.tokenize += seconds_since(t0);
  t0 = Clock::now();
  if (st.ok()) st = vitext::split_sentences(doc);
  t.sentences += seconds_since(t0);
  return st.ok();
}

RunResult run_streaming(const std::vector<std::string_view>& docs, size_t count, vitext::Document& doc) {
  RunResult r;
  for (size_t i = 0; i < count; ++i) {
    doc.original.assign(docs[i]);
    if (!run_chain(doc, r.times)) ++r.errors;
    r.tokens += doc.tokens.size();
    r.sentences += doc.sentences.size();
  }
  return r;
}

// The baseline: split on ASCII whitespace with memchr-free byte scanning, counting tokens.
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

// ../shared/data beside the source tree: from $VITEXT_SHARED_DIR, from the executable
// (build/<preset>/text_core_bench), or from the working directory.
std::filesystem::path find_data_dir() {
  namespace fs = std::filesystem;
  std::vector<fs::path> candidates;
  if (const char* env = std::getenv("VITEXT_SHARED_DIR")) candidates.push_back(fs::path(env) / "data");
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) candidates.push_back(exe.parent_path() / ".." / ".." / ".." / "shared" / "data");
  candidates.push_back(fs::path("..") / "shared" / "data");
  for (const fs::path& p : candidates)
    if (fs::is_directory(p, ec)) return p;
  return candidates.back();
}

}  // namespace

int main(int argc, char** argv) {
  size_t target_mb = 32, doc_kb = 8;
  std::filesystem::path data = find_data_dir();
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string_view flag = argv[i];
    if (flag == "--mb") target_mb = std::strtoul(argv[i + 1], nullptr, 10);
    else if (flag == "--doc-kb") doc_kb = std::strtoul(argv[i + 1], nullptr, 10);
    else if (flag == "--data") data = argv[i + 1];
  }
  if (target_mb == 0 || doc_kb == 0) {
    std::fprintf(stderr, "usage: text_core_bench [--mb N] [--doc-kb K] [--data DIR]\n");
    return 2;
  }

  std::string text, file;
  for (const char* name : {"ud-vtb/vi_vtb-ud-dev.conllu", "ud-vtb/vi_vtb-ud-train.conllu"})
    if (read_file(data / name, file)) append_treebank_text(file, text);
  if (read_file(data / "samples/thanhhoa-security-2023.txt", file)) text += "\n" + file + "\n\n";
  if (text.empty()) {
    std::printf("skipped: data not found (%s)\n", data.string().c_str());
    return 0;
  }
  std::string input;
  input.reserve(target_mb << 20);
  while (input.size() < (target_mb << 20)) input += text;
  const double mb = static_cast<double>(input.size()) / (1 << 20);
  const std::vector<std::string_view> docs = cut_documents(input, doc_kb << 10);
  std::printf("input: %.1f MB (%zu KB of distinct text repeated), %zu documents of ~%zu KB\n", mb,
              text.size() >> 10, docs.size(), doc_kb);
  const double rss_before = peak_rss_mb();

  // Baseline, best of 3.
  double base_best = 1e30;
  uint64_t base_tokens = 0;
  for (int rep = 0; rep < 3; ++rep) {
    auto t0 = Clock::now();
    base_tokens = 0;
    for (std::string_view d : docs) base_tokens += whitespace_split(d);
    base_best = std::min(base_best, seconds_since(t0));
  }

  // Streaming: a quarter of the documents first, to show that memory does not grow.
  vitext::Document doc;
  run_streaming(docs, docs.size() / 4, doc);
  const double rss_quarter = peak_rss_mb();
  RunResult best;
  double best_total = 1e30;
  for (int rep = 0; rep < 3; ++rep) {
    RunResult r = run_streaming(docs, docs.size(), doc);
    if (r.times.total() < best_total) {
      best_total = r.times.total();
      best = r;
    }
  }
  const double rss_streaming = peak_rss_mb();

  // The whole input as one document.
  StageTimes one;
  vitext::Document big;
  big.original = input;
  bool big_ok = run_chain(big, one);
  const uint64_t big_tokens = big.tokens.size();
  big = vitext::Document();
  const double rss_big = peak_rss_mb();

  auto rate = [&](double s) { return s > 0 ? mb / s : 0.0; };
  std::printf("\nstreaming (%zu documents, one reused Document), best of 3:\n", docs.size());
  std::printf("  decode     %8.1f MB/s\n", rate(best.times.decode));
  std::printf("  normalize  %8.1f MB/s\n", rate(best.times.normalize));
  std::printf("  tokenize   %8.1f MB/s\n", rate(best.times.tokenize));
  std::printf("  sentences  %8.1f MB/s\n", rate(best.times.sentences));
  std::printf("  chain      %8.1f MB/s   %.1f M tokens/s   (%llu tokens, %llu sentences, %llu errors)\n",
              rate(best_total), best.tokens / best_total / 1e6, static_cast<unsigned long long>(best.tokens),
              static_cast<unsigned long long>(best.sentences), static_cast<unsigned long long>(best.errors));
  std::printf("  baseline   %8.1f MB/s   (whitespace split, %llu tokens)\n", rate(base_best),
              static_cast<unsigned long long>(base_tokens));
  std::printf("  ratio      %8.2f       (chain time / baseline time)\n", best_total / base_best);
  std::printf("\none document of %.1f MB: chain %.1f MB/s, %llu tokens%s\n", mb, rate(one.total()),
              static_cast<unsigned long long>(big_tokens), big_ok ? "" : " (error)");
  std::printf("\npeak RSS: %.1f MB with the input loaded, %.1f MB after 1/4 of the stream, %.1f MB after all of it "
              "(growth %.1f MB), %.1f MB after the one-document run\n",
              rss_before, rss_quarter, rss_streaming, rss_streaming - rss_quarter, rss_big);
  return 0;
}
