#include "bench_support.h"

#include <sys/resource.h>
#include <time.h>

#include <cstdlib>
#include <fstream>
#include <iterator>

namespace vitext::bench {

namespace fs = std::filesystem;

fs::path find_data_dir(const std::string& given) {
  if (!given.empty()) return given;
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

std::string flag(int argc, char** argv, std::string_view name, const std::string& fallback) {
  for (int i = 1; i + 1 < argc; ++i)
    if (argv[i] == name) return argv[i + 1];
  return fallback;
}

std::vector<std::string> positional(int argc, char** argv) {
  std::vector<std::string> out;
  for (int i = 1; i < argc; ++i) {
    if (std::string_view(argv[i]).starts_with("--")) {
      ++i;  // its value
      continue;
    }
    out.emplace_back(argv[i]);
  }
  return out;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string treebank_text(const fs::path& conllu) {
  std::ifstream in(conllu);
  std::string line, out;
  while (std::getline(in, line)) {
    if (!line.starts_with("# text =")) continue;  // the train file has no space after "="
    std::string_view text = std::string_view(line).substr(8);
    if (text.starts_with(' ')) text.remove_prefix(1);
    out.append(text).push_back('\n');
  }
  return out;
}

std::string corpus_text(const fs::path& data) {
  std::string text = treebank_text(data / "ud-vtb/vi_vtb-ud-dev.conllu") + treebank_text(data / "ud-vtb/vi_vtb-ud-train.conllu");
  std::string sample = read_file(data / "samples/thanhhoa-security-2023.txt");
  if (!sample.empty()) text += "\n" + sample + "\n\n";
  return text;
}

std::string repeat_to(const std::string& text, size_t bytes) {
  std::string out;
  if (text.empty()) return out;
  out.reserve(bytes + text.size());
  while (out.size() < bytes) out += text;
  return out;
}

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

double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

double peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // KiB on Linux
}

}  // namespace vitext::bench
