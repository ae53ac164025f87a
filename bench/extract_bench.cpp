// What entity and fact extraction adds to `vitext analyze`: thread CPU time of the pipeline up
// to the parse (decode, normalize, tokenize, sentences, segment, tag, parse) against the
// extraction stage alone, on the same documents. Best of 3 passes.
//   extract_bench [SHARED_DIR]   (default ../shared)
// Inputs: the reference document repeated 100 times as one document, and the `# text` lines of
// UD VTB dev, one document per line. JSON writing is not timed (the CLI does it for both).
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "vitext/document.h"
#include "vitext/extract.h"
#include "vitext/pipeline.h"

using namespace vitext;

namespace {

double thread_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  out = s.str();
  return true;
}

struct Times {
  double until_parse = 1e300, extract = 1e300;
  size_t bytes = 0, facts = 0, entities = 0;
};

Times measure(const Pipeline& until_parse, const Extractor& extractor, const std::vector<std::string>& docs) {
  Times best;
  for (int pass = 0; pass < 3; ++pass) {
    double parse_s = 0, extract_s = 0;
    size_t bytes = 0, facts = 0, entities = 0;
    for (const std::string& text : docs) {
      Document doc;
      doc.original = text;
      double t0 = thread_seconds();
      if (Status s = until_parse.run(doc); !s.ok()) std::fprintf(stderr, "pipeline: %s\n", s.message().c_str());
      double t1 = thread_seconds();
      if (Status s = extractor.apply(doc); !s.ok()) std::fprintf(stderr, "extract: %s\n", s.message().c_str());
      double t2 = thread_seconds();
      parse_s += t1 - t0;
      extract_s += t2 - t1;
      bytes += text.size();
      facts += doc.facts.size();
      entities += doc.entities.size();
    }
    best.until_parse = std::min(best.until_parse, parse_s);
    best.extract = std::min(best.extract, extract_s);
    best.bytes = bytes;
    best.facts = facts;
    best.entities = entities;
  }
  return best;
}

void report(const char* name, const Times& t) {
  double total = t.until_parse + t.extract;
  std::printf("%-36s %7.1f KB  until parse %7.3f s  extraction %6.3f s  = %4.1f%% of the total (%zu entities, %zu facts)\n",
              name, double(t.bytes) / 1024, t.until_parse, t.extract, 100 * t.extract / total, t.entities, t.facts);
}

}  // namespace

int main(int argc, char** argv) {
  std::string shared = argc > 1 ? argv[1] : "../shared";
  std::string sample, conllu;
  if (!read_file(shared + "/data/samples/thanhhoa-security-2023.txt", sample) ||
      !read_file(shared + "/data/ud-vtb/vi_vtb-ud-dev.conllu", conllu)) {
    std::printf("skipped: data not found\n");
    return 0;
  }
  PipelineOptions options;
  options.until = StageId::kParse;
  std::unique_ptr<Pipeline> pipeline;
  if (Status s = Pipeline::create(options, pipeline); !s.ok()) {
    std::fprintf(stderr, "%s\n", s.message().c_str());
    return 2;
  }
  Extractor extractor;
  if (Status s = Extractor::load_default(extractor); !s.ok()) {
    std::fprintf(stderr, "%s\n", s.message().c_str());
    return 2;
  }

  std::string repeated;
  for (int i = 0; i < 100; ++i) repeated += sample + "\n";
  report("reference document x100, one doc", measure(*pipeline, extractor, {repeated}));

  std::vector<std::string> lines;
  std::istringstream in(conllu);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("# text = ", 0) == 0) lines.push_back(line.substr(9));
  }
  report("UD VTB dev, one doc per sentence", measure(*pipeline, extractor, lines));
  return 0;
}
