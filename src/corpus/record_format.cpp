#include "corpus/record_format.h"

#include <sstream>

// TODO(corpus): drop the guard once the CoNLL-U writer is on main.
#include "io/document_conllu.h"

namespace vitext {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Appends `s` with every whitespace run turned into `joiner` and outer whitespace dropped.
void append_joined(std::string& out, std::string_view s, char joiner) {
  bool pending = false, started = false;
  for (char c : s) {
    if (is_space(c)) {
      pending = started;
      continue;
    }
    if (pending) out.push_back(joiner);
    pending = false;
    started = true;
    out.push_back(c);
  }
}

}  // namespace

Status parse_output_format(const std::string& name, OutputFormat& out) {
  if (name == "json" || name == "jsonl") out = OutputFormat::kJson;
  else if (name == "conllu") out = OutputFormat::kConllu;
  else if (name == "text" || name == "underscore") out = OutputFormat::kText;
  else return Status::InvalidArgument("unknown output format '" + name + "' (use jsonl, conllu or text)");
  return Status::Ok();
}

std::string underscore_text(const Document& doc) {
  std::string out;
  if (doc.sentences.empty()) {
    append_joined(out, doc.text, ' ');
    if (!out.empty()) out.push_back('\n');
  }
  for (const Sentence& s : doc.sentences) {
    size_t before = out.size();
    if (s.word_end > s.word_begin) {
      for (uint32_t w = s.word_begin; w < s.word_end; ++w) {
        if (out.size() > before) out.push_back(' ');
        const Word& word = doc.words[w];
        append_joined(out, surface(doc, word.span, word.view), '_');
      }
    } else {
      append_joined(out, surface(doc, s.span, s.view), ' ');
    }
    if (out.size() > before) out.push_back('\n');
  }
  out.push_back('\n');
  return out;
}

std::string format_document(const Document& doc, const nlohmann::json& json, OutputFormat format) {
  switch (format) {
    case OutputFormat::kJson:
      return dump_json_line(json) + "\n";
    case OutputFormat::kConllu: {
      std::ostringstream os;
      write_document_conllu(os, doc);
      return os.str();
    }
    case OutputFormat::kText:
      return underscore_text(doc);
  }
  return {};
}

std::string format_rejected(const nlohmann::json& record, const std::string& id, const std::string& reason,
                            OutputFormat format) {
  switch (format) {
    case OutputFormat::kJson:
      return dump_json_line(record) + "\n";
    case OutputFormat::kConllu: {
      std::string line = "# error = " + id + ": " + reason;
      for (char& c : line)
        if (c == '\n' || c == '\r') c = ' ';
      return line + "\n\n";
    }
    case OutputFormat::kText:
      return {};
  }
  return {};
}

}  // namespace vitext
