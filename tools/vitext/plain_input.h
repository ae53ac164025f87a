// Minimal input for the text-core commands (sentences, tokenize) until the shared input
// handling (tools/vitext/input_options.h) lands: each file, or stdin, is one document
// whose bytes are used as given (view == original).
#pragma once

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "commands.h"
#include "vitext/document.h"
#include "vitext/sentences.h"
#include "vitext/tokenize.h"

namespace vitext::cli {

// Calls `fn(Document&)` for each input. Returns false (after a message on stderr) when a
// file cannot be read.
template <typename Fn>
bool for_each_plain_document(const std::vector<std::string>& files, Fn&& fn) {
  std::vector<std::string> names = files.empty() ? std::vector<std::string>{"-"} : files;
  bool ok = true;
  Document doc;
  for (const std::string& name : names) {
    std::string bytes;
    if (name == "-") {
      bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    } else {
      std::ifstream in(name, std::ios::binary);
      if (!in) {
        std::cerr << "vitext: cannot read " << name << ": no such file or not readable\n";
        ok = false;
        continue;
      }
      bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    doc.original = std::move(bytes);
    doc.text = doc.original;
    doc.map = OffsetMap::Identity(static_cast<uint32_t>(doc.text.size()));
    doc.meta = DocumentMeta{};
    doc.meta.source = name;
    fn(doc);
  }
  return ok;
}

// Tokenises and splits each input into sentences, then calls `write(const Document&)`.
// Returns the exit code: usage error when a file was unreadable, some-errors when a
// document failed (reported on stderr), ok otherwise.
template <typename Write>
int run_text_core(const std::vector<std::string>& files, const SentenceOptions& options, Write&& write) {
  bool all_ok = true;
  bool read_ok = for_each_plain_document(files, [&](Document& doc) {
    Status st = tokenize(doc);
    if (st.ok()) st = split_sentences(doc, options);
    if (!st.ok()) {
      std::cerr << "vitext: " << doc.meta.source << ": " << st.message() << "\n";
      all_ok = false;
      return;
    }
    write(static_cast<const Document&>(doc));
  });
  if (!read_ok) return kExitUsage;
  return all_ok ? kExitOk : kExitSomeErrors;
}

}  // namespace vitext::cli
