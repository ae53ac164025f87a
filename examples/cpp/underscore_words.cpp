// Reads text on standard input and prints, for each line, its words with the syllables of
// each word joined by underscores: "Công an tỉnh Thanh Hóa" -> "Công_an tỉnh Thanh_Hóa".
// Uses only the installed public headers (vitext/...).
#include <iostream>
#include <memory>
#include <string>

#include "vitext/pipeline.h"

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
    vitext::Document doc(line);
    if (vitext::Status st = pipeline->run(doc); !st.ok()) {
      std::cerr << "vitext: " << st.message() << "\n";
      return 1;
    }
    std::string out;
    for (const vitext::Word& word : doc.words) {
      if (!out.empty()) out += ' ';
      for (char c : doc.original_of(word.span)) out += (c == ' ' ? '_' : c);
    }
    std::cout << out << "\n";
  }
  return 0;
}
