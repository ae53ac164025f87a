#include "document_output.h"

#include <fstream>
#include <iostream>

#include "commands.h"

namespace vitext::cli {

CLI::Option* add_format_option(CLI::App* app, std::string& format, const std::string& help) {
  return app->add_option("-f,--format", format, help)
      ->check(CLI::IsMember(output_format_names()))
      ->capture_default_str();
}

int run_and_write(const InputOptions& input, const Pipeline& pipeline, const std::string& output,
                  const std::string& format_name, const WriteOptions& options) {
  OutputFormat format;
  if (Status st = parse_output_format(format_name, format); !st.ok()) {
    std::cerr << "vitext: " << st.message() << "\n";
    return kExitUsage;
  }
  std::ofstream file;
  if (output != "-") {
    file.open(output, std::ios::binary);
    if (!file) {
      std::cerr << "vitext: cannot write " << output << "\n";
      return kExitUsage;
    }
  }
  std::ostream& out = output == "-" ? std::cout : file;
  std::ios::sync_with_stdio(false);
  int code = for_each_document(
      input,
      [&](Document& doc) {
        Status st = pipeline.run(doc);
        if (st.ok()) write_document(out, doc, format, options);
        return st;
      },
      [&](const Document& doc, const Status& err) { write_error(out, doc.meta.id, err, format, options); });
  out.flush();
  if (!out) {
    std::cerr << "vitext: write error (disk full?)\n";
    return kExitUsage;
  }
  return code;
}

}  // namespace vitext::cli
