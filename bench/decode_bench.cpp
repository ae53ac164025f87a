// Decode throughput: UTF-8 fast path, lenient UTF-8 with bad bytes, and each legacy
// encoding (explicit and auto-detected), on Vietnamese text from ../shared/data.
// Usage: decode_bench [conllu-or-text-file] [target-MB]   (default: the UD train text, 64 MB)
#include <algorithm>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "vitext/decode.h"

namespace {

std::string read_text(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::string line, out;
  bool conllu = path.ends_with(".conllu");
  while (std::getline(f, line)) {
    if (conllu) {
      if (line.rfind("# text =", 0) != 0) continue;
      line.erase(0, line.size() > 8 && line[8] == ' ' ? 9 : 8);
    }
    out += line + "\n";
  }
  return out;
}

// iconv through a pipe, once, for the legacy inputs (dropping what an encoding cannot hold).
std::string iconv_to(const std::string& charset, const std::string& text) {
  char tmpl[] = "/tmp/vitext_bench_XXXXXX";
  int fd = mkstemp(tmpl);
  if (fd < 0) return {};
  std::string path = tmpl;
  { std::ofstream(path, std::ios::binary) << text; }
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

// ../shared beside the source tree (__FILE__ may be relative to the build folder), or beside
// the current folder.
std::string default_input() {
  const std::string rel = "/../shared/data/ud-vtb/vi_vtb-ud-train.conllu";
  std::string here = __FILE__;
  std::string root = here.substr(0, here.rfind("/bench/"));
  for (const std::string& p : {root + rel, std::string(".") + rel})
    if (std::ifstream(p)) return p;
  return root + rel;
}

// CPU time of this process: the machine is shared, wall time would measure the neighbours.
double cpu_seconds() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

void run(const char* label, const std::string& bytes, const char* from) {
  vitext::DecodeOptions o;
  o.from = from;
  double best = 1e9;
  std::string enc;
  for (int rep = 0; rep < 3; ++rep) {
    vitext::Document doc(bytes);
    double t0 = cpu_seconds();
    vitext::Status st = vitext::decode(doc, o);
    double t1 = cpu_seconds();
    if (!st.ok()) {
      std::printf("%-28s error: %s\n", label, st.message().c_str());
      return;
    }
    best = std::min(best, t1 - t0);
    enc = doc.decode.encoding;
  }
  std::printf("%-28s %8.1f MB/s (CPU time)  (%zu MB, read as %s)\n", label, static_cast<double>(bytes.size()) / 1e6 / best,
              bytes.size() >> 20, enc.c_str());
}

}  // namespace

int main(int argc, char** argv) {
  std::string path = argc > 1 ? argv[1] : default_input();
  size_t target = (argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 64) << 20;
  std::string base = read_text(path);
  if (base.empty()) {
    std::fprintf(stderr, "no text in %s\n", path.c_str());
    return 2;
  }
  std::string text;
  while (text.size() < target) text += base;
  std::printf("input: %s repeated to %zu MB\n", path.c_str(), text.size() >> 20);

  std::string ascii;
  for (char c : text) ascii.push_back((c & 0x80) ? 'a' : c);
  run("utf-8 (auto, valid)", text, "auto");
  run("ascii (auto)", ascii, "auto");
  std::string bad = text;
  for (size_t i = 1000; i < bad.size(); i += 100000) bad[i] = '\xFF';
  run("utf-8 lenient, 1 bad/100KB", bad, "utf-8");
  for (const char* cs : {"VISCII", "TCVN5712-1", "CP1258"}) {
    std::string legacy = iconv_to(cs, text);
    run((std::string(cs) + " (auto)").c_str(), legacy, "auto");
  }
  return 0;
}
