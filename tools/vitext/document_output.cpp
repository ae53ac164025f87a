#include "document_output.h"

#include <fstream>
#include <iostream>
#include <utility>

#include "commands.h"
#include "vitext/windows.h"

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
  // A long document runs and is written a window at a time: memory stays flat as input grows.
  DocumentWriter writer(out, format, options);
  bool error_written = false;
  int code = for_each_document(
      input,
      [&](Document& doc) {
        Status st = run_windowed(pipeline, doc, [&](const Document& window) { return writer.window(window); });
        error_written = writer.finish(doc, st);
        return st;
      },
      [&](const Document& doc, const Status& err) {
        if (!std::exchange(error_written, false)) write_error(out, doc.meta.id, err, format, options);
      });
  out.flush();
  if (!out) {
    std::cerr << "vitext: write error (disk full?)\n";
    return kExitUsage;
  }
  return code;
}

}  // namespace vitext::cli
