// Reads text on standard input and prints, for each line, its words with the syllables of
// each word joined by underscores: "Công an tỉnh Thanh Hóa" -> "Công_an tỉnh Thanh_Hóa".
// Uses only the installed public headers (vitext/...); the words are written by the same
// underscore writer as `vitext segment`.
#include <iostream>
#include <memory>
#include <string>

#include "vitext/pipeline.h"
#include "vitext/writers.h"

int main() {
  vitext::PipelineOptions options;
  options.until = vitext::StageId::kSegment;
  std::unique_ptr<vitext::Pipeline> pipeline;
  if (vitext::Status st = vitext::Pipeline::create(options, pipeline); !st.ok()) {
    std::cerr << "vitext: " << st.message() << "\n";
    return 1;
  }
  std::string line;
  while (std::getline(std::cin, line)) {
    // A line at a time, with its line break: the underscore writer keeps the input's lines,
    // so an empty line stays an empty line.
    vitext::Document doc(line + "\n");
    if (vitext::Status st = pipeline->run(doc); !st.ok()) {
      std::cerr << "vitext: " << st.message() << "\n";
      return 1;
    }
    vitext::write_document(std::cout, doc, vitext::OutputFormat::kUnderscore);
  }
  return 0;
}
