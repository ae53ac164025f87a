#include "input_options.h"

#include <glob.h>

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "commands.h"

namespace vitext::cli {

void add_input_options(CLI::App* app, InputOptions& o) {
  app->add_option("inputs", o.inputs, "Input files, folders or globs (default: standard input; '-' for stdin)");
  app->add_option("--input-format", o.format,
                  "auto | text (a file is one document) | lines (a line is a document) | jsonl | corpus "
                  "(' date YYYY-MM Title' header, blank line, body)")
      ->capture_default_str();
  app->add_option("--field", o.field, "JSONL: the field holding the text (a.b for nested)")->capture_default_str();
  app->add_option("--id-field", o.id_field, "JSONL: the field holding the document id")->capture_default_str();
  app->add_option("--max-bytes", o.max_bytes, "Larger documents are reported as errors and skipped")->capture_default_str();
  app->add_flag("-q,--quiet", o.quiet, "Do not report per-document errors on stderr");
}

Status expand_inputs(const std::vector<std::string>& inputs, std::vector<std::string>& out) {
  namespace fs = std::filesystem;
  out.clear();
  if (inputs.empty()) {
    out.push_back("-");
    return Status::Ok();
  }
  for (const std::string& in : inputs) {
    std::error_code ec;
    if (in == "-") {
      out.push_back(in);
    } else if (fs::is_directory(in, ec)) {
      std::vector<std::string> files;
      for (auto it = fs::recursive_directory_iterator(in, ec); !ec && it != fs::recursive_directory_iterator();
           it.increment(ec)) {
        if (it->is_regular_file(ec)) files.push_back(it->path().string());
      }
      if (ec) return Status::IoError("cannot list folder " + in + ": " + ec.message());
      std::sort(files.begin(), files.end());
      out.insert(out.end(), files.begin(), files.end());
    } else if (fs::exists(in, ec)) {
      out.push_back(in);
    } else if (in.find_first_of("*?[") != std::string::npos) {
      glob_t g{};
      int rc = ::glob(in.c_str(), 0, nullptr, &g);
      if (rc == 0) {
        for (size_t i = 0; i < g.gl_pathc; ++i) out.emplace_back(g.gl_pathv[i]);
      }
      globfree(&g);
      if (rc != 0) return Status::IoError("no file matches " + in);
    } else {
      return Status::IoError("no such file or folder: " + in);
    }
  }
  return Status::Ok();
}

int for_each_document(const InputOptions& options, const std::function<Status(Document&)>& process,
                      const std::function<void(const Document&, const Status&)>& on_error, RunSummary* summary) {
  RunSummary local;
  RunSummary& sum = summary ? *summary : local;
  ReaderOptions ro;
  Status st = parse_input_format(options.format, ro.format);
  if (!st.ok()) {
    std::cerr << "vitext: " << st.message() << "\n";
    return kExitUsage;
  }
  ro.text_field = options.field;
  ro.id_field = options.id_field;
  ro.max_document_bytes = std::min<uint64_t>(options.max_bytes, 0xFFFFFFF0ull);
  std::vector<std::string> files;
  st = expand_inputs(options.inputs, files);
  if (!st.ok()) {
    std::cerr << "vitext: " << st.message() << "\n";
    return kExitUsage;
  }
  auto report = [&](const Document& doc, const Status& err) {
    ++sum.errors;
    if (!options.quiet) {
      std::cerr << "vitext: " << doc.meta.id << ": " << err.message();
      if (err.offset() >= 0) std::cerr << " (byte " << err.offset() << ")";
      std::cerr << "; skipped\n";
    }
    if (on_error) on_error(doc, err);
  };
  Document doc;
  for (const std::string& file : files) {
    std::unique_ptr<DocumentReader> reader;
    st = DocumentReader::open(file, ro, reader);
    if (!st.ok()) {
      std::cerr << "vitext: " << st.message() << "\n";
      sum.fatal = true;
      continue;
    }
    Status record_error;
    while (reader->next(doc, record_error)) {
      ++sum.documents;
      sum.bytes += doc.original.size();
      if (!record_error.ok()) {
        report(doc, record_error);
        continue;
      }
      Status result = process(doc);
      if (!result.ok()) {
        report(doc, result);
        continue;
      }
      ++sum.ok;
    }
    if (!reader->stream_status().ok()) {
      std::cerr << "vitext: " << reader->stream_status().message() << "\n";
      sum.fatal = true;
    }
  }
  if (sum.fatal) return kExitUsage;
  return sum.errors > 0 ? kExitSomeErrors : kExitOk;
}

}  // namespace vitext::cli
