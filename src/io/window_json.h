// JSON of a document analysed window by window (include/vitext/windows.h): still one JSON
// object per input document, written as the windows come, so a 100 MB document never holds
// all its sentences in memory, nor its JSON.
//
// A document that ran whole (one window) is written exactly as write_document_json writes
// it. A longer one has the same members with the same contents, in another order: "id",
// then "sentences" (written window by window), then the rest in the usual order ("awards",
// "dates", "entities", "errors", "facts", "meta", "people"): the extraction layers and the
// decode counts in "meta" are only complete after the last window. Until then the extraction
// items wait in temporary files, one per layer (memory stays flat however many there are).
#pragma once

#include <cstdio>
#include <ostream>
#include <string>
#include <vector>

#include "io/document_json.h"
#include "vitext/document.h"
#include "vitext/status.h"

namespace vitext {

class JsonLayout;

class JsonWindowWriter {
 public:
  // indent < 0: one line (JSON Lines), as write_document_json.
  JsonWindowWriter(std::ostream& out, const JsonOptions& options, int indent)
      : out_(out), options_(options), indent_(indent) {}
  ~JsonWindowWriter();
  JsonWindowWriter(const JsonWindowWriter&) = delete;
  JsonWindowWriter& operator=(const JsonWindowWriter&) = delete;

  // The next window of the current document (the first one starts it).
  void add(const Document& window);
  // After the last window: `whole` is the document run_windowed was given (its meta and
  // the whole input's decode report). Nothing to do for a document that ran whole. When
  // a window failed after others were written, `error` closes the object as the one
  // member of "errors" (the sentences written so far stay).
  void finish(const Document& whole, const Status& error = Status::Ok());
  // extra_meta may change until finish() (the corpus runner's quality is known only then).
  JsonOptions& options() { return options_; }
  // Some windows of a document are written and finish() is due.
  bool open() const { return windowed_; }

 private:
  struct Spill {
    std::string key;
    std::FILE* file = nullptr;  // compact items, one per line
    // Items kept in memory instead: when no temporary file could be made, or once a write to
    // it failed (then the whole lines it held were read back first). Nothing is lost either way.
    std::string held;
    size_t items = 0;
  };
  static void keep(Spill& spill, const std::string& line);
  void write_spill(JsonLayout& layout, Spill& spill);
  void close_spills();

  std::ostream& out_;
  JsonOptions options_;
  int indent_;
  bool windowed_ = false;   // the current document came in several windows
  bool any_sentence_ = false;
  std::vector<Spill> spills_;
};

}  // namespace vitext
