// Decode throughput: UTF-8 fast path, ASCII, lenient UTF-8 with bad bytes, and legacy
// encodings (auto-detected), on Vietnamese text from ../shared/data, in bytes per second of
// thread CPU time (the copy of the input into the Document is not timed).
//   decode_bench [conllu-or-text-file] [target-MB] [--benchmark_...]
//   (default: the UD train text, repeated to 64 MB)
#include <cstdio>
#include <cstdlib>
#include <string>

#include "bench_support.h"
#include "vitext/decode.h"

namespace {

using vitext::bench::thread_cpu_seconds;

// iconv through a pipe, once, for the legacy inputs (dropping what an encoding cannot hold).
std::string iconv_to(const std::string& charset, const std::string& text) {
  char tmpl[] = "/tmp/vitext_bench_XXXXXX";
  int fd = mkstemp(tmpl);
  if (fd < 0) return {};
  std::string path = tmpl;
  if (FILE* f = fdopen(fd, "wb")) {
    std::fwrite(text.data(), 1, text.size(), f);
    std::fclose(f);
  }
  std::string cmd = "iconv -c -f UTF-8 -t " + charset + " '" + path + "' 2>/dev/null";
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  char buf[1 << 16];
  size_t n;
  while (p && (n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  if (p) pclose(p);
  std::remove(path.c_str());
  return out;
}

void decode_input(benchmark::State& state, const std::string& bytes, const char* from) {
  vitext::DecodeOptions options;
  options.from = from;
  std::string read_as;
  for (auto _ : state) {
    vitext::Document doc(bytes);
    double t0 = thread_cpu_seconds();
    vitext::Status st = vitext::decode(doc, options);
    state.SetIterationTime(thread_cpu_seconds() - t0);
    if (!st.ok()) {
      state.SkipWithError(st.message().c_str());
      return;
    }
    read_as = doc.decode.encoding;
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
  state.SetLabel("read as " + read_as);
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  std::vector<std::string> args = vitext::bench::positional(argc, argv);
  std::string path = !args.empty() && !args[0].empty() ? args[0]
                                     : (vitext::bench::find_data_dir() / "ud-vtb/vi_vtb-ud-train.conllu").string();
  size_t target = (args.size() > 1 ? std::strtoul(args[1].c_str(), nullptr, 10) : 64) << 20;
  std::string base = path.ends_with(".conllu") ? vitext::bench::treebank_text(path) : vitext::bench::read_file(path);
  if (base.empty()) {
    std::printf("skipped: data not found (%s)\n", path.c_str());
    return 0;
  }
  static const std::string text = vitext::bench::repeat_to(base, target);
  std::printf("input: %s repeated to %zu MB\n", path.c_str(), text.size() >> 20);

  static std::string ascii = text;
  for (char& c : ascii) c = (c & 0x80) ? 'a' : c;
  static std::string bad = text;
  for (size_t i = 1000; i < bad.size(); i += 100000) bad[i] = '\xFF';
  static std::vector<std::pair<std::string, std::string>> legacy;
  for (const char* cs : {"VISCII", "TCVN5712-1", "CP1258"}) legacy.emplace_back(cs, iconv_to(cs, text));

  auto add = [](const std::string& name, const std::string& bytes, const char* from) {
    benchmark::RegisterBenchmark(("decode/" + name).c_str(),
                                 [&bytes, from](benchmark::State& state) { decode_input(state, bytes, from); })
        ->UseManualTime()->Unit(benchmark::kMillisecond);
  };
  add("utf-8 auto valid", text, "auto");
  add("ascii auto", ascii, "auto");
  add("utf-8 lenient, 1 bad byte per 100KB", bad, "utf-8");
  for (const auto& [cs, bytes] : legacy) add(cs + " auto", bytes, "auto");
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
