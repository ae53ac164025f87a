#include "vitext/windows.h"

#include <cctype>
#include <string>

#include "pipeline/window_cut.h"
#include "vitext/decode.h"

namespace vitext {
namespace {

// Empties the window's layers, keeping their capacity: the next window reuses the buffers
// (a new Document per window would pay page faults for every layer again).
void reset_window(Document& w, const Document& whole, std::string_view bytes) {
  w.original.assign(bytes);
  w.text.clear();
  w.map = OffsetMap();
  w.meta = whole.meta;
  w.decode = DecodeReport();
  w.sentences.clear();
  w.tokens.clear();
  w.words.clear();
  w.entities.clear();
  w.dates.clear();
  w.facts.clear();
  w.awards.clear();
  w.people.clear();
  w.window = DocumentWindow();
}

void shift(Span& s, uint32_t by) {
  s.start += by;
  s.end += by;
}

// Makes the window's spans and sentence indices count from the start of the whole input.
void shift_layers(Document& w, uint32_t base, uint32_t first_sentence) {
  for (Token& t : w.tokens) shift(t.span, base);
  for (Sentence& s : w.sentences) shift(s.span, base);
  for (Word& x : w.words) shift(x.span, base);
  for (Entity& e : w.entities) {
    shift(e.span, base);
    e.sentence += first_sentence;
  }
  for (DateMention& d : w.dates) {
    shift(d.span, base);
    d.sentence += first_sentence;
  }
  for (Fact& f : w.facts) {
    shift(f.span, base);
    if (!f.phrase_span.empty()) shift(f.phrase_span, base);
    f.sentence += first_sentence;
  }
  for (Award& a : w.awards) {
    shift(a.span, base);
    a.sentence += first_sentence;
  }
  for (Person& p : w.people) {
    for (Span& m : p.mentions) shift(m, base);
    for (uint32_t& s : p.sentences) s += first_sentence;
  }
}

// What the sentence splitter would have said at the window's start had it seen the text
// before it: a new paragraph only after a blank line, and whitespace before the first token.
void join_window_start(Document& w, const std::string& whole, uint32_t base, windows::CutKind cut_before) {
  if (base == 0) return;
  if (!w.sentences.empty()) w.sentences.front().paragraph_start = cut_before == windows::CutKind::kBlankLine;
  if (!w.tokens.empty() && w.tokens.front().span.start == base) {
    const char c = whole[base - 1];
    w.tokens.front().space_before = c == ' ' || c == '\n' || c == '\t' || c == '\r';
  }
}

// The running decode report of the whole input after one more window (its offsets whole-input).
void add_report(DecodeReport& total, const DecodeReport& window, bool first) {
  if (first) {
    total = window;
    return;
  }
  total.invalid_bytes += window.invalid_bytes;
  total.dropped_chars += window.dropped_chars;
  if (total.first_invalid_offset < 0) total.first_invalid_offset = window.first_invalid_offset;
}

// A window's error with its offset into the whole input, in the status and in the message
// ("invalid UTF-8 at byte 17 ..." names the same offset).
Status with_base(const Status& st, uint32_t base) {
  if (st.offset() < 0 || base == 0) return st;
  const int64_t whole = st.offset() + base;
  std::string message = st.message();
  const std::string local = " " + std::to_string(st.offset());
  for (size_t at = message.find(local); at != std::string::npos; at = message.find(local, at + 1)) {
    const size_t end = at + local.size();
    if (end < message.size() && std::isdigit(static_cast<unsigned char>(message[end]))) continue;
    message.replace(at + 1, local.size() - 1, std::to_string(whole));
    break;
  }
  return Status(st.code(), message, whole);
}

}  // namespace

Status run_windowed(const Pipeline& pipeline, Document& doc, const WindowSink& sink, const WindowOptions& options) {
  std::vector<const Stage*> stages;
  for (const auto& stage : pipeline.stages()) stages.push_back(stage.get());
  return run_windowed(stages, doc, sink, options);
}

Status run_windowed(const std::vector<const Stage*>& stages, Document& doc, const WindowSink& sink,
                    const WindowOptions& options) {
  const size_t target = options.bytes ? options.bytes : 1;
  if (doc.original.size() <= target) {
    for (const Stage* stage : stages) {
      if (Status st = stage->apply(doc); !st.ok()) return st;
    }
    return sink(doc);
  }
  Document w;
  DecodeReport total;
  DecodeOptions later_decode;  // the first window's encoding, fixed for the rest
  const DecodeStage* decode_stage = stages.empty() ? nullptr : dynamic_cast<const DecodeStage*>(stages.front());
  if (decode_stage) later_decode = decode_stage->options();
  uint32_t first_sentence = 0;
  windows::CutKind cut_before = windows::CutKind::kEnd;
  for (size_t begin = 0, index = 0; begin < doc.original.size(); ++index) {
    const windows::Cut cut = windows::find_cut(doc.original, begin, target);
    const auto base = static_cast<uint32_t>(begin);
    reset_window(w, doc, std::string_view(doc.original).substr(begin, cut.end - begin));
    for (size_t i = 0; i < stages.size(); ++i) {
      Status st = index > 0 && i == 0 && decode_stage ? decode(w, later_decode) : stages[i]->apply(w);
      if (!st.ok()) return with_base(st, base);
    }
    if (index == 0) later_decode.from = w.decode.encoding;
    if (w.decode.first_invalid_offset >= 0) w.decode.first_invalid_offset += base;
    shift_layers(w, base, first_sentence);
    join_window_start(w, doc.original, base, cut_before);
    add_report(total, w.decode, index == 0);
    w.decode = total;
    w.window = {base, first_sentence, static_cast<uint32_t>(index), cut.end == doc.original.size()};
    if (Status st = sink(w); !st.ok()) return st;
    first_sentence += static_cast<uint32_t>(w.sentences.size());
    cut_before = cut.kind;
    begin = cut.end;
  }
  doc.decode = total;
  return Status::Ok();
}

}  // namespace vitext
