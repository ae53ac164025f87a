#include "corpus/window_record.h"

#include <ostream>
#include <streambuf>

#include "io/window_json.h"
#include "vitext/windows.h"

namespace vitext {
namespace {

// An ostream's bytes appended straight to a string: the record is not copied out of a
// stringstream at the end (tens of MB for a long document).
class AppendToString : public std::streambuf {
 public:
  explicit AppendToString(std::string& s) : s_(s) {}

 protected:
  int_type overflow(int_type c) override {
    if (c != traits_type::eof()) s_.push_back(static_cast<char>(c));
    return c;
  }
  std::streamsize xsputn(const char* p, std::streamsize n) override {
    s_.append(p, static_cast<size_t>(n));
    return n;
  }

 private:
  std::string& s_;
};

}  // namespace

bool runs_in_windows(const Document& doc) { return doc.original.size() > WindowOptions{}.bytes; }

Status window_record(const std::vector<const Stage*>& stages, Document& doc, OutputFormat format,
                     const WriteOptions& write, bool quality_in_meta, std::string& output, QualitySignals& quality) {
  output.clear();
  // Room for the record as JSON makes it (about 9 bytes a byte of text with words): the
  // string is not moved as it grows, and pages are only touched as they are written.
  output.reserve(doc.original.size() * (format == OutputFormat::kJson ? 10 : 2));
  AppendToString sink(output);
  std::ostream record(&sink);
  JsonOptions jo;
  jo.tokens = write.tokens;
  JsonWindowWriter json(record, jo, -1);
  DocumentWriter writer(record, format, write);
  QualitySignals q;
  Status st = run_windowed(stages, doc, [&](const Document& w) {
    const QualitySignals part = compute_quality(w);
    q.chars += part.chars;
    q.syllables += part.syllables;
    q.valid_syllables += part.valid_syllables;
    q.marked_syllables += part.marked_syllables;
    return format == OutputFormat::kJson ? (json.add(w), Status::Ok()) : writer.window(w);
  });
  if (!st.ok()) {
    output.clear();
    return st;
  }
  q.legacy_encoding = doc.decode.encoding != "utf-8";
  q.invalid_bytes = doc.decode.invalid_bytes;
  quality = q;
  if (format == OutputFormat::kJson) {
    if (quality_in_meta) json.options().extra_meta["quality"] = quality_to_json(q);
    json.finish(doc);
    record << '\n';
  }
  record.flush();
  return Status::Ok();
}

}  // namespace vitext
