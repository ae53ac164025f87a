// What the benchmarks share: finding ../shared/data, building inputs from its text, cutting
// them into documents, timing a part of an iteration in thread CPU time (Google Benchmark's
// manual time), and peak RSS. Each bench/*_bench.cpp is a Google Benchmark program: every
// --benchmark_* flag works (--benchmark_filter, --benchmark_repetitions, --benchmark_format=json).
#pragma once

#include <benchmark/benchmark.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace vitext::bench {

// ../shared/data: `given` when not empty, else $VITEXT_SHARED_DIR/data, ../shared/data beside
// the source tree (found from the executable, build/<preset>/x), or from the working folder.
std::filesystem::path find_data_dir(const std::string& given = "");

// The value of `--name V` in argv (after benchmark::Initialize took its own flags), or `fallback`.
std::string flag(int argc, char** argv, std::string_view name, const std::string& fallback);
// The arguments that are not `--name V` pairs, in order.
std::vector<std::string> positional(int argc, char** argv);

std::string read_file(const std::filesystem::path& path);
// The raw text of a CoNLL-U file: its "# text =" lines, one sentence per line.
std::string treebank_text(const std::filesystem::path& conllu);
// The text of the shared data: UD VTB dev and train sentences and the sample document
// (empty when the data is missing).
std::string corpus_text(const std::filesystem::path& data);
// `text` repeated until it is at least `bytes` long.
std::string repeat_to(const std::string& text, size_t bytes);
// `input` cut into documents of about `size` bytes, at line ends.
std::vector<std::string_view> cut_documents(std::string_view input, size_t size);

// This thread's CPU time in seconds: the machine is shared, wall time measures the neighbours.
double thread_cpu_seconds();
double peak_rss_mb();

}  // namespace vitext::bench
