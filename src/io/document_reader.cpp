#include "vitext/reader.h"

#include "io/byte_source.h"

#include <nlohmann/json.hpp>

#include <cstring>

namespace vitext {
namespace {

constexpr size_t kChunk = 1 << 16;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A header is one short line. A longer line that starts like one is text: a whole
// article flattened onto one line would otherwise become a title, and the document an
// empty one.
constexpr size_t kMaxHeaderBytes = 4096;

// " date 2023-12 Title" or " date 2023-12-27 Title"; fills date and title.
bool parse_corpus_header(std::string_view line, std::string* date, std::string* title) {
  constexpr std::string_view kPrefix = " date ";
  if (!line.starts_with(kPrefix) || line.size() > kMaxHeaderBytes) return false;
  std::string_view rest = line.substr(kPrefix.size());
  size_t n = 0;
  auto digits = [&](size_t count) {
    for (size_t i = 0; i < count; ++i, ++n)
      if (n >= rest.size() || !is_digit(rest[n])) return false;
    return true;
  };
  if (!digits(4) || n >= rest.size() || rest[n++] != '-' || !digits(2)) return false;
  if (n < rest.size() && rest[n] == '-') {
    ++n;
    if (!digits(2)) return false;
  }
  if (n < rest.size() && rest[n] != ' ') return false;
  if (date) *date = std::string(rest.substr(0, n));
  if (title) *title = n < rest.size() ? std::string(rest.substr(n + 1)) : std::string();
  if (title && !title->empty() && title->back() == '\r') title->pop_back();
  return true;
}

const nlohmann::json* find_path(const nlohmann::json& j, const std::string& path) {
  // "a.b.c" walks nested objects.
  const nlohmann::json* cur = &j;
  size_t start = 0;
  while (true) {
    size_t dot = path.find('.', start);
    std::string key = path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    if (!cur->is_object()) return nullptr;
    auto it = cur->find(key);
    if (it == cur->end()) return nullptr;
    cur = &*it;
    if (dot == std::string::npos) return cur;
    start = dot + 1;
  }
}

// JSON Lines starts with an object whose first key is a string: '{' then '"' or '}'
// (after blank space), and holds no control bytes (binary data may start with '{').
bool looks_like_jsonl(std::string_view head) {
  for (char c : head) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x20 && c != '\n' && c != '\r' && c != '\t') return false;
  }
  size_t first = head.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || head[first] != '{') return false;
  size_t next = head.find_first_not_of(" \t\r\n", first + 1);
  return next != std::string_view::npos && (head[next] == '"' || head[next] == '}');
}

}  // namespace

Status parse_input_format(const std::string& name, InputFormat& out) {
  if (name == "auto") out = InputFormat::kAuto;
  else if (name == "text" || name == "plain") out = InputFormat::kText;
  else if (name == "lines") out = InputFormat::kLines;
  else if (name == "jsonl" || name == "json") out = InputFormat::kJsonl;
  else if (name == "corpus" || name == "web") out = InputFormat::kCorpus;
  else return Status::InvalidArgument("unknown input format '" + name + "' (use auto, text, lines, jsonl or corpus)");
  return Status::Ok();
}

const char* input_format_name(InputFormat f) {
  switch (f) {
    case InputFormat::kAuto: return "auto";
    case InputFormat::kText: return "text";
    case InputFormat::kLines: return "lines";
    case InputFormat::kJsonl: return "jsonl";
    case InputFormat::kCorpus: return "corpus";
  }
  return "text";
}

struct DocumentReader::State {
  bool next(Document& doc, Status& err);
  bool fill();                                  // more bytes into buf_; false at the end
  bool read_line(std::string& line, bool& too_long, uint64_t& line_offset);  // without "\n"
  bool next_text(Document& doc, Status& err);
  bool next_line(Document& doc, Status& err);
  bool next_jsonl(Document& doc, Status& err);
  bool next_corpus(Document& doc, Status& err);
  // Names a document: its id, its source and where in the source it starts.
  void stamp(Document& doc, std::string id, uint64_t offset) const;
  // The error for a document or line over the size limit: `what` is "line is longer",
  // "document is larger", ...
  Status over_limit(std::string_view what, std::string_view after = "") const;

  std::unique_ptr<ByteSource> source_;
  ReaderOptions options_;
  InputFormat format_ = InputFormat::kText;
  std::string name_;
  std::string buf_;
  size_t pos_ = 0;          // read position in buf_
  uint64_t consumed_ = 0;   // stream offset of buf_[0]
  bool eof_ = false;
  uint64_t line_no_ = 0;
  uint64_t doc_count_ = 0;
  bool done_text_ = false;
  bool last_newline_ = false;   // the last line read ended with "\n"
  // corpus: a header line read while finishing the previous document
  bool pending_header_ = false;
  std::string pending_date_, pending_title_;
  bool saw_blank_ = false;
};

DocumentReader::DocumentReader() : s_(std::make_unique<State>()) {}
DocumentReader::~DocumentReader() = default;
const Status& DocumentReader::stream_status() const { return s_->source_->status(); }
InputFormat DocumentReader::format() const { return s_->format_; }
const std::string& DocumentReader::name() const { return s_->name_; }
bool DocumentReader::next(Document& doc, Status& err) { return s_->next(doc, err); }

Status DocumentReader::open(const std::string& path, const ReaderOptions& options, std::unique_ptr<DocumentReader>& out) {
  std::unique_ptr<ByteSource> source;
  Status st = open_byte_source(path, source);
  if (!st.ok()) return st;
  return open(std::move(source), path == "-" ? "stdin" : path, options, out);
}

Status DocumentReader::open_memory(std::string bytes, const std::string& name, const ReaderOptions& options,
                                   std::unique_ptr<DocumentReader>& out) {
  return open(memory_byte_source(std::move(bytes)), name, options, out);
}

Status DocumentReader::open(std::unique_ptr<ByteSource> source, const std::string& name, const ReaderOptions& options,
                            std::unique_ptr<DocumentReader>& out) {
  std::unique_ptr<DocumentReader> r(new DocumentReader());
  r->s_->source_ = std::move(source);
  r->s_->options_ = options;
  r->s_->name_ = name;
  r->s_->format_ = options.format;
  if (r->s_->format_ == InputFormat::kAuto) {
    // Look at the first bytes (after a UTF-8 BOM and leading blank space for JSON).
    while (r->s_->buf_.size() < 64 && r->s_->fill()) {
    }
    std::string_view head(r->s_->buf_);
    if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
    size_t nl = head.find('\n');
    if (parse_corpus_header(head.substr(0, nl == std::string_view::npos ? head.size() : nl), nullptr, nullptr) ||
        (head.starts_with(" date ") && nl == std::string_view::npos)) {
      r->s_->format_ = InputFormat::kCorpus;
    } else {
      r->s_->format_ = looks_like_jsonl(head) ? InputFormat::kJsonl : InputFormat::kText;
    }
  }
  out = std::move(r);
  return Status::Ok();
}

bool DocumentReader::State::fill() {
  if (eof_) return false;
  if (pos_ > 0 && pos_ >= buf_.size() / 2) {  // drop consumed bytes so memory stays bounded
    buf_.erase(0, pos_);
    consumed_ += pos_;
    pos_ = 0;
  }
  size_t old = buf_.size();
  buf_.resize(old + kChunk);
  size_t got = source_->read(buf_.data() + old, kChunk);
  buf_.resize(old + got);
  if (got == 0) eof_ = true;
  return got > 0;
}

bool DocumentReader::State::read_line(std::string& line, bool& too_long, uint64_t& line_offset) {
  line.clear();
  too_long = false;
  line_offset = consumed_ + pos_;
  while (true) {
    const char* start = buf_.data() + pos_;
    const void* nl = std::memchr(start, '\n', buf_.size() - pos_);
    size_t avail = nl ? static_cast<size_t>(static_cast<const char*>(nl) - start) : buf_.size() - pos_;
    if (!too_long) {
      if (line.size() + avail > options_.max_document_bytes) {
        too_long = true;
        line.clear();
      } else {
        line.append(start, avail);
      }
    }
    pos_ += avail;
    if (nl) {
      ++pos_;
      ++line_no_;
      last_newline_ = true;
      return true;
    }
    if (!fill()) {
      if (line.empty() && !too_long && line_offset == consumed_ + pos_) return false;
      ++line_no_;
      last_newline_ = false;
      return true;
    }
  }
}

bool DocumentReader::State::next(Document& doc, Status& err) {
  doc = Document();
  err = Status::Ok();
  switch (format_) {
    case InputFormat::kText: return next_text(doc, err);
    case InputFormat::kLines: return next_line(doc, err);
    case InputFormat::kJsonl: return next_jsonl(doc, err);
    case InputFormat::kCorpus:
    case InputFormat::kAuto: return next_corpus(doc, err);
  }
  return false;
}

void DocumentReader::State::stamp(Document& doc, std::string id, uint64_t offset) const {
  doc.meta.id = std::move(id);
  doc.meta.source = name_;
  doc.meta.source_offset = offset;
}

Status DocumentReader::State::over_limit(std::string_view what, std::string_view after) const {
  return Status::InvalidInput(std::string(what) + " than the limit of " + std::to_string(options_.max_document_bytes) +
                              " bytes" + std::string(after));
}

bool DocumentReader::State::next_text(Document& doc, Status& err) {
  if (done_text_) return false;
  done_text_ = true;
  bool too_long = false;
  while (fill()) {
    if (buf_.size() - pos_ > options_.max_document_bytes) {
      too_long = true;
      pos_ = buf_.size();  // discard, keep reading to the end
    }
  }
  // open() may have read the whole input already (format detection): check it too.
  if (buf_.size() - pos_ > options_.max_document_bytes) too_long = true;
  doc.meta.id = name_;
  doc.meta.source = name_;
  if (too_long) {
    err = over_limit("document is larger", " (--max-bytes)");
    return true;
  }
  // The buffer is the whole document: hand it over rather than copy it, and keep no
  // capacity of its size while the document is processed.
  if (pos_ > 0) buf_.erase(0, pos_);
  doc.original = std::move(buf_);
  buf_ = std::string();
  pos_ = 0;
  return true;
}

bool DocumentReader::State::next_line(Document& doc, Status& err) {
  std::string line;
  bool too_long;
  uint64_t offset;
  if (!read_line(line, too_long, offset)) return false;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  stamp(doc, name_ + ":" + std::to_string(line_no_), offset);
  if (too_long) {
    err = over_limit("line is longer");
    return true;
  }
  doc.original = std::move(line);
  return true;
}

bool DocumentReader::State::next_jsonl(Document& doc, Status& err) {
  std::string line;
  bool too_long;
  uint64_t offset;
  do {
    if (!read_line(line, too_long, offset)) return false;
  } while (!too_long && line.find_first_not_of(" \t\r") == std::string::npos);  // skip blank lines
  stamp(doc, name_ + ":" + std::to_string(line_no_), offset);
  if (too_long) {
    err = over_limit("JSON line is longer");
    return true;
  }
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& e) {
    err = Status::InvalidInput(std::string("malformed JSON: ") + e.what(), static_cast<int64_t>(e.byte));
    return true;
  } catch (const nlohmann::json::exception& e) {
    // Well-formed but unreadable, e.g. a number too large for a double (1e999).
    err = Status::InvalidInput(std::string("unreadable JSON: ") + e.what());
    return true;
  }
  if (const nlohmann::json* id = find_path(j, options_.id_field)) {
    // An empty id names nothing: the line-based one stays.
    if (id->is_string() && !id->get_ref<const std::string&>().empty()) doc.meta.id = id->get<std::string>();
    else if (id->is_number()) doc.meta.id = id->dump();
  }
  const nlohmann::json* text = find_path(j, options_.text_field);
  if (text == nullptr || !text->is_string()) {
    err = Status::InvalidInput("no string field '" + options_.text_field + "' (choose one with --field)");
    return true;
  }
  doc.original = text->get<std::string>();
  for (const char* key : {"date", "title"}) {
    if (auto it = j.find(key); it != j.end() && it->is_string()) {
      (std::string(key) == "date" ? doc.meta.date : doc.meta.title) = it->get<std::string>();
    }
  }
  return true;
}

bool DocumentReader::State::next_corpus(Document& doc, Status& err) {
  std::string line;
  bool too_long;
  uint64_t offset;
  // Find the header (a file may start with stray blank lines; text before the first
  // header becomes a document of its own so that nothing read is dropped).
  std::string date, title;
  bool have_header = false;
  if (pending_header_) {
    date = pending_date_;
    title = pending_title_;
    have_header = true;
    pending_header_ = false;
  }
  uint64_t body_offset = 0;
  bool body_started = false;
  std::string body;
  bool body_too_long = false;
  bool any = have_header;
  while (read_line(line, too_long, offset)) {
    any = true;
    std::string d, t;
    if (!too_long && parse_corpus_header(line, &d, &t)) {
      if (!have_header && !body_started) {
        date = d;
        title = t;
        have_header = true;
        continue;
      }
      pending_header_ = true;
      pending_date_ = d;
      pending_title_ = t;
      break;
    }
    if (!body_started) {
      // The blank line after the header is layout, not text.
      if (have_header && !saw_blank_ && line.find_first_not_of("\r") == std::string::npos) {
        saw_blank_ = true;
        continue;
      }
      body_started = true;
      body_offset = offset;
    }
    if (too_long || body.size() + line.size() + 1 > options_.max_document_bytes) {
      body_too_long = true;
      body.clear();
      continue;
    }
    if (!body_too_long) {
      body += line;
      body += '\n';
    }
  }
  saw_blank_ = false;
  if (!any) return false;
  ++doc_count_;
  stamp(doc, name_ + "#" + std::to_string(doc_count_), body_offset);
  doc.meta.date = date;
  doc.meta.title = title;
  if (body_too_long) {
    err = over_limit("document is larger");
    return true;
  }
  // The final "\n" was added per line; drop it when the input had none.
  if (!body.empty() && !pending_header_ && !last_newline_) body.pop_back();
  doc.original = std::move(body);
  return true;
}

}  // namespace vitext
