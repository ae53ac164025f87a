#include "io/document_conllu.h"

#include <string>
#include <string_view>

#include "decode/utf8_validate.h"

namespace vitext {
namespace {

// CoNLL-U fields and comments are single lines without tabs: fold any whitespace run
// (a word may span a line break) into one space.
std::string one_line(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == '\t' || c == '\n' || c == '\r' || c == ' ') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// The original bytes when they are UTF-8 (CoNLL-U is UTF-8); otherwise (legacy
// encodings, invalid bytes) the normalised view of the same span.
std::string text_of(const Document& doc, Span span, Span view) {
  std::string_view original = doc.original_of(span);
  if (decoding::valid_utf8_prefix(original) == original.size()) return one_line(original);
  return one_line(doc.view_of(view));
}

const std::string& or_underscore(const std::string& v) {
  static const std::string underscore = "_";
  return v.empty() ? underscore : v;
}

void write_words(std::ostream& out, const Document& doc, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) {
    const Word& w = doc.words[i];
    const std::string form = text_of(doc, w.span, w.view);
    out << (i - begin + 1) << '\t' << (form.empty() ? std::string_view("_") : std::string_view(form)) << "\t_\t" << or_underscore(w.upos) << '\t' << or_underscore(w.xpos)
        << "\t_\t" << (w.head < 0 ? std::string("_") : std::to_string(w.head)) << '\t' << or_underscore(w.deprel)
        << "\t_\t";
    out << "TokenRange=" << w.span.start << ':' << w.span.end;
    if (i + 1 < doc.words.size() && doc.words[i + 1].span.start == w.span.end) out << "|SpaceAfter=No";
    out << '\n';
  }
  out << '\n';
}

}  // namespace

void write_document_conllu(std::ostream& out, const Document& doc) {
  std::string prefix = doc.meta.id;
  if (!prefix.empty()) prefix.push_back('-');
  if (doc.sentences.empty()) {
    if (doc.words.empty()) return;
    out << "# sent_id = " << prefix << 1 << '\n';
    out << "# text = " << one_line(doc.original) << '\n';
    write_words(out, doc, 0, doc.words.size());
    return;
  }
  for (size_t k = 0; k < doc.sentences.size(); ++k) {
    const Sentence& s = doc.sentences[k];
    if (s.word_begin >= s.word_end || s.word_end > doc.words.size()) continue;
    // A window of a long document (include/vitext/windows.h) goes on numbering its sentences.
    const size_t number = doc.window.first_sentence + k + 1;
    if (number == 1 && !doc.meta.id.empty()) out << "# newdoc id = " << doc.meta.id << '\n';
    if (s.paragraph_start) out << "# newpar\n";
    out << "# sent_id = " << prefix << number << '\n';
    out << "# text = " << text_of(doc, s.span, s.view) << '\n';
    write_words(out, doc, s.word_begin, s.word_end);
  }
}

}  // namespace vitext
