// Throughput of the normalisation stage alone, single thread, on a multi-MB input built
// from ../shared/data text (the UD treebank's raw sentences and the sample news document,
// repeated). Run from the repository root:
//   build/release/normalize_bench [shared-data-dir=../shared/data] [megabytes=32]
// Prints MB/s (input bytes per second of this thread's CPU time, best of 5 runs; CPU time
// so that other processes on a shared machine do not distort it) for:
//   as-is   the text as published (NFC, mostly new-style tones) with tone=new/old/keep
//   nfd     the same text in NFD (every Vietnamese letter decomposed): the worst case
#include <utf8proc.h>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "vitext/normalize.h"

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Raw sentences of a CoNLL-U file (its "# text = " lines), one per line.
std::string conllu_text(const std::string& path) {
  std::ifstream in(path);
  std::string line, out;
  const std::string prefix = "# text =";  // the train file has no space after "="
  while (std::getline(in, line)) {
    if (line.compare(0, prefix.size(), prefix) == 0) out += line.substr(line.size() > prefix.size() && line[prefix.size()] == 0x20 ? prefix.size() + 1 : prefix.size()) + "\n";
  }
  return out;
}

std::string nfd(const std::string& s) {
  utf8proc_uint8_t* out = nullptr;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()),
                        &out, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_DECOMPOSE));
  std::string r(reinterpret_cast<char*>(out), static_cast<size_t>(n > 0 ? n : 0));
  std::free(out);
  return r;
}

double thread_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Best-of-5 MB/s of normalize() on a Document as the decode stage leaves it.
double megabytes_per_second(const std::string& input, const vitext::NormalizeOptions& options) {
  double best = 1e30;
  for (int rep = 0; rep < 5; ++rep) {
    vitext::Document doc(input);
    doc.text = input;
    doc.map = vitext::OffsetMap::Identity(static_cast<uint32_t>(input.size()));
    double t0 = thread_seconds();
    vitext::Status st = vitext::normalize(doc, options);
    double t1 = thread_seconds();
    if (!st.ok()) {
      std::fprintf(stderr, "normalize failed: %s\n", st.message().c_str());
      std::exit(1);
    }
    best = std::min(best, t1 - t0);
  }
  return static_cast<double>(input.size()) / 1e6 / best;
}

}  // namespace

int main(int argc, char** argv) {
  std::string data = argc > 1 ? argv[1] : "../shared/data";
  size_t megabytes = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 32;
  std::string base = conllu_text(data + "/ud-vtb/vi_vtb-ud-train.conllu") +
                     conllu_text(data + "/ud-vtb/vi_vtb-ud-dev.conllu") +
                     read_file(data + "/samples/thanhhoa-security-2023.txt");
  if (base.size() < 1000) {
    std::fprintf(stderr, "skipped: data not found under %s\n", data.c_str());
    return 0;
  }
  std::string input;
  while (input.size() < megabytes * 1000000) input += base;
  std::printf("input: %.1f MB (%zu bytes of ../shared/data text, repeated)\n", input.size() / 1e6, base.size());

  vitext::NormalizeOptions tone_new, tone_old, tone_keep;
  tone_old.tone = vitext::ToneStyle::kOld;
  tone_keep.tone = vitext::ToneStyle::kKeep;
  std::printf("as-is, tone=new : %7.1f MB/s\n", megabytes_per_second(input, tone_new));
  std::printf("as-is, tone=old : %7.1f MB/s\n", megabytes_per_second(input, tone_old));
  std::printf("as-is, tone=keep: %7.1f MB/s\n", megabytes_per_second(input, tone_keep));
  std::string decomposed = nfd(input);
  std::printf("nfd,   tone=new : %7.1f MB/s (%.1f MB of NFD input)\n", megabytes_per_second(decomposed, tone_new),
              decomposed.size() / 1e6);
  return 0;
}
