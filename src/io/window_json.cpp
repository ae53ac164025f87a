#include "io/window_json.h"

#include <algorithm>

#include "io/extract_json.h"
#include "io/json_compact.h"
#include "io/json_layers.h"

namespace vitext {

JsonWindowWriter::~JsonWindowWriter() { close_spills(); }

void JsonWindowWriter::close_spills() {
  for (Spill& s : spills_)
    if (s.file) std::fclose(s.file);
  spills_.clear();
}

void JsonWindowWriter::add(const Document& w) {
  if (w.window.index == 0 && w.window.last) {
    write_document_json(out_, w, options_, indent_);
    return;
  }
  JsonLayout layout(out_, indent_);
  if (w.window.index == 0) {
    windowed_ = true;
    any_sentence_ = false;
    close_spills();
    out_ << '{';
    layout.element(true, 1);
    layout.key("id");
    layout.value(w.meta.id, 1);
    layout.element(false, 1);
    layout.key("sentences");
    out_ << '[';
  }
  std::string compact;
  for (const Sentence& s : w.sentences) {
    layout.element(!any_sentence_, 2);
    if (indent_ < 0) {
      compact.clear();
      append_sentence_json(compact, w, s, options_);
      out_ << compact;
    } else {
      layout.value(sentence_json(w, s, options_), 2);
    }
    any_sentence_ = true;
  }
  const std::vector<JsonLayer> extraction = extraction_layers(w);
  if (!extraction.empty() && spills_.empty()) {
    for (const JsonLayer& l : extraction) spills_.push_back({l.key, std::tmpfile(), {}, 0});
  }
  for (size_t k = 0; k < extraction.size(); ++k) {
    Spill& spill = spills_[k];
    for (size_t i = 0; i < extraction[k].size; ++i) {
      // Compact JSON holds no raw line break: one item per line.
      std::string line = dump_json_line(extraction[k].item(i));
      line.push_back('\n');
      keep(spill, line);
      ++spill.items;
    }
  }
}

void JsonWindowWriter::keep(Spill& spill, const std::string& line) {
  if (spill.file && std::fwrite(line.data(), 1, line.size(), spill.file) == line.size()) return;
  if (spill.file) {  // the disk is full or failing: its whole lines come back to memory
    std::rewind(spill.file);
    char buf[1 << 14];
    for (size_t n; (n = std::fread(buf, 1, sizeof buf, spill.file)) > 0;) spill.held.append(buf, n);
    spill.held.resize(spill.held.rfind('\n') + 1);  // npos + 1 == 0: no whole line
    std::fclose(spill.file);
    spill.file = nullptr;
  }
  spill.held += line;
}

// A layer's items back from its file (then from memory), as an array two levels deep.
void JsonWindowWriter::write_spill(JsonLayout& layout, Spill& spill) {
  if (spill.items == 0) {
    out_ << "[]";
    return;
  }
  out_ << '[';
  std::string line;
  char buf[1 << 14];
  bool first = true;
  auto item = [&] {
    layout.element(first, 2);
    first = false;
    if (indent_ < 0) out_ << line;
    else layout.value(nlohmann::json::parse(line), 2);
    line.clear();
  };
  auto feed = [&](const char* bytes, size_t n) {
    for (size_t i = 0; i < n; ++i) {
      if (bytes[i] == '\n') item();
      else line.push_back(bytes[i]);
    }
  };
  if (spill.file) {
    std::rewind(spill.file);
    for (size_t n; (n = std::fread(buf, 1, sizeof buf, spill.file)) > 0;) feed(buf, n);
  }
  feed(spill.held.data(), spill.held.size());
  layout.close(']', 1);
}

void JsonWindowWriter::finish(const Document& whole, const Status& error) {
  if (!windowed_) return;
  windowed_ = false;
  JsonLayout layout(out_, indent_);
  if (any_sentence_) layout.close(']', 1);
  else out_ << ']';
  nlohmann::json rest = document_head_json(whole, options_);
  rest.erase("id");
  if (!error.ok()) {
    nlohmann::json e = error_record(whole.meta.id, error);
    e.erase("id");
    rest["errors"].push_back(std::move(e));
  }
  // The remaining members in nlohmann::json's (sorted) key order.
  std::vector<std::string> keys;
  for (auto it = rest.begin(); it != rest.end(); ++it) keys.push_back(it.key());
  for (const Spill& s : spills_) keys.push_back(s.key);
  std::sort(keys.begin(), keys.end());
  for (const std::string& key : keys) {
    layout.element(false, 1);
    layout.key(key);
    auto spill = std::find_if(spills_.begin(), spills_.end(), [&](const Spill& s) { return s.key == key; });
    if (spill != spills_.end()) write_spill(layout, *spill);
    else layout.value(rest[key], 1);
  }
  layout.close('}', 0);
  close_spills();
}

}  // namespace vitext
