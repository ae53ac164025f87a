// The one writer of each output format (include/vitext/writers.h). The word formats are
// built a sentence (underscore: a line) at a time in a small buffer and then written, so a
// large document is never held twice.
#include "vitext/writers.h"

#include <algorithm>
#include <array>
#include <memory>
#include <sstream>
#include <utility>

#include "core/name_table.h"
#include "io/document_conllu.h"
#include "io/document_json.h"
#include "io/extract_json.h"
#include "io/window_json.h"

namespace vitext {
namespace {

constexpr std::array<std::pair<OutputFormat, std::string_view>, 6> kFormats{{
    {OutputFormat::kJson, "json"},
    {OutputFormat::kJson, "jsonl"},
    {OutputFormat::kConllu, "conllu"},
    {OutputFormat::kTsv, "tsv"},
    {OutputFormat::kUnderscore, "underscore"},
    {OutputFormat::kText, "text"},
}};

// The length in bytes of the white space character at s[i], or 0. Besides ASCII white space,
// the Unicode spaces the normalize stage reads as ' ' (NBSP, U+2000..U+200A, U+202F, U+205F,
// U+3000): a word may hold one between its syllables, and a reader must see it joined.
inline size_t space_at(std::string_view s, size_t i) {
  const auto b = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  switch (b(0)) {
    case ' ': case '\t': case '\n': case '\r': case '\f': case '\v': return 1;
    case 0xC2: return b(1) == 0xA0 ? 2 : 0;
    case 0xE2:
      if (b(1) == 0x80 && (b(2) <= 0x8A || b(2) == 0xAF) && b(2) >= 0x80) return 3;
      return b(1) == 0x81 && b(2) == 0x9F ? 3 : 0;
    case 0xE3: return b(1) == 0x80 && b(2) == 0x80 ? 3 : 0;
    default: return 0;
  }
}

// Appends `s` with white space at either end dropped and each inner run written as `joiner`:
// "Công an" -> "Công_an" (joiner '_'), a sentence over two lines -> one line (joiner ' ').
void append_joined(std::string& out, std::string_view s, char joiner) {
  bool pending = false, started = false;
  for (size_t i = 0; i < s.size();) {
    if (size_t n = space_at(s, i)) {
      pending = started;
      i += n;
      continue;
    }
    size_t end = i + 1;  // the run of bytes up to the next space, appended at once
    while (end < s.size() && !space_at(s, end)) ++end;
    if (pending) out.push_back(joiner);
    pending = false;
    started = true;
    out.append(s.data() + i, end - i);
    i = end;
  }
}

void append_word(std::string& out, const Document& doc, const Word& w, char joiner) {
  append_joined(out, surface(doc, w.span, w.view), joiner);
}

void flush(std::ostream& out, std::string& buffer) {
  out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  buffer.clear();
}

// Line breaks in the original bytes [from, to) (whole-input offsets: `doc` may be a window).
size_t count_newlines(const Document& doc, uint32_t from, uint32_t to) {
  const auto begin = doc.original.begin();
  return static_cast<size_t>(std::count(begin + (from - doc.window.base), begin + (to - doc.window.base), '\n'));
}

// The line structure of the original input, with its words. `line_has_words` carries the
// open line from one window of a document to the next (include/vitext/windows.h).
void write_underscore(std::ostream& out, const Document& doc, bool& line_has_words) {
  std::string line;
  uint32_t prev_end = doc.window.base;
  for (const Word& w : doc.words) {
    if (size_t newlines = count_newlines(doc, prev_end, w.span.start)) {
      line.append(newlines, '\n');
      flush(out, line);
      line_has_words = false;
    } else if (line_has_words) {
      line += ' ';
    }
    append_word(line, doc, w, '_');
    line_has_words = true;
    prev_end = w.span.end;
  }
  if (size_t newlines = count_newlines(doc, prev_end, doc.window.base + static_cast<uint32_t>(doc.original.size()))) {
    line.append(newlines, '\n');
    line_has_words = false;
  }
  if (doc.window.last && line_has_words) line += '\n';
  flush(out, line);
}

// One sentence per line (its words; its text when it has none; the whole text when there
// are no sentences), a blank line after the document.
void write_text(std::ostream& out, const Document& doc) {
  std::string line;
  if (doc.sentences.empty()) {
    append_joined(line, doc.text, ' ');
    if (!line.empty()) line.push_back('\n');
  }
  for (const Sentence& s : doc.sentences) {
    if (s.word_end > s.word_begin) {
      for (uint32_t w = s.word_begin; w < s.word_end; ++w) {
        if (w > s.word_begin) line.push_back(' ');
        append_word(line, doc, doc.words[w], '_');
      }
    } else {
      append_joined(line, surface(doc, s.span, s.view), ' ');
    }
    if (!line.empty()) line.push_back('\n');
    flush(out, line);
  }
  if (!doc.window.last) return;  // the blank line ends the whole document
  line.push_back('\n');
  flush(out, line);
}

void write_tsv(std::ostream& out, const Document& doc) {
  std::string line;
  for (const Sentence& sent : doc.sentences) {
    for (uint32_t i = sent.word_begin; i < sent.word_end; ++i) {
      const Word& w = doc.words[i];
      line += std::to_string(w.span.start) + '\t' + std::to_string(w.span.end) + '\t';
      append_word(line, doc, w, ' ');
      line += '\n';
    }
    if (sent.word_end > sent.word_begin) line += '\n';
    flush(out, line);
  }
}

}  // namespace

Status parse_output_format(std::string_view name, OutputFormat& out) {
  if (value_in(kFormats, name, out)) return Status::Ok();
  return Status::InvalidArgument("unknown output format '" + std::string(name) +
                                 "' (use json, conllu, tsv, underscore or text)");
}

std::string_view output_format_name(OutputFormat format) { return name_in(kFormats, format); }

const std::vector<std::string>& output_format_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> all;
    for (const auto& entry : kFormats) all.emplace_back(entry.second);
    return all;
  }();
  return names;
}

void write_document(std::ostream& out, const Document& doc, OutputFormat format, const WriteOptions& options) {
  switch (format) {
    case OutputFormat::kJson: {
      JsonOptions jo;
      jo.tokens = options.tokens;
      write_document_json(out, doc, jo, options.indent);
      out << '\n';
      return;
    }
    case OutputFormat::kConllu: write_document_conllu(out, doc); return;
    case OutputFormat::kTsv: write_tsv(out, doc); return;
    case OutputFormat::kUnderscore: {
      bool line_has_words = false;
      write_underscore(out, doc, line_has_words);
      return;
    }
    case OutputFormat::kText: write_text(out, doc); return;
  }
}

struct DocumentWriter::State {
  State(std::ostream& o, OutputFormat f, const WriteOptions& w) : out(o), format(f), options(w), json(o, json_options(w), w.indent) {}
  static JsonOptions json_options(const WriteOptions& w) {
    JsonOptions jo;
    jo.tokens = w.tokens;
    return jo;
  }
  std::ostream& out;
  OutputFormat format;
  WriteOptions options;
  JsonWindowWriter json;
  bool line_has_words = false;  // underscore: the last window left a line open
};

DocumentWriter::DocumentWriter(std::ostream& out, OutputFormat format, const WriteOptions& options)
    : state_(std::make_unique<State>(out, format, options)) {}
DocumentWriter::~DocumentWriter() = default;

Status DocumentWriter::window(const Document& w) {
  State& s = *state_;
  const bool whole = w.window.index == 0 && w.window.last;
  if (whole) {
    write_document(s.out, w, s.format, s.options);
  } else if (s.format == OutputFormat::kJson) {
    s.json.add(w);
  } else if (s.format == OutputFormat::kUnderscore) {
    if (w.window.index == 0) s.line_has_words = false;
    write_underscore(s.out, w, s.line_has_words);
  } else {
    write_document(s.out, w, s.format, s.options);
  }
  return Status::Ok();
}

bool DocumentWriter::finish(const Document& doc, const Status& result) {
  State& s = *state_;
  if (!s.json.open()) return false;
  s.json.finish(doc, result);
  s.out << '\n';
  return !result.ok();
}

std::string format_document(const Document& doc, OutputFormat format, const WriteOptions& options) {
  std::ostringstream out;
  write_document(out, doc, format, options);
  return std::move(out).str();
}

void write_error(std::ostream& out, std::string_view id, const Status& error, OutputFormat format,
                 const WriteOptions& options) {
  if (format == OutputFormat::kJson) {
    out << error_record(std::string(id), error).dump(options.indent, ' ', false,
                                                       nlohmann::json::error_handler_t::replace)
        << '\n';
  } else if (format == OutputFormat::kConllu) {
    std::string line = "# error = " + std::string(id) + ": " + error.message();
    std::replace_if(line.begin(), line.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
    out << line << "\n\n";
  }
}

void write_fact_lines(std::ostream& out, const Document& doc) {
  for (const JsonLayer& layer : extraction_layers(doc)) {
    if (layer.key != "facts") continue;
    for (size_t i = 0; i < layer.size; ++i) {
      nlohmann::json fact = layer.item(i);
      fact["id"] = doc.meta.id;
      out << dump_json_line(fact) << '\n';
    }
  }
}

}  // namespace vitext
