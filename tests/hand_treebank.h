// A few hand-written Vietnamese sentences in CoNLL-U, for training tiny models in tests.
#pragma once

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "vitext/conllu.h"

namespace vitext::testing {

inline const char* kHandTreebank =
    "# text = Công an tỉnh bắt đối tượng .\n"
    "1\tCông an\t_\tNOUN\tN\t_\t3\tnsubj\t_\t_\n"
    "2\ttỉnh\t_\tNOUN\tN\t_\t1\tnmod\t_\t_\n"
    "3\tbắt\t_\tVERB\tV\t_\t0\troot\t_\t_\n"
    "4\tđối tượng\t_\tNOUN\tN\t_\t3\tobj\t_\t_\n"
    "5\t.\t_\tPUNCT\tPUNCT\t_\t3\tpunct\t_\t_\n"
    "\n"
    "# text = Ông Lộc nói rất nhanh .\n"
    "1\tÔng\t_\tNOUN\tN\t_\t2\tclf:det\t_\t_\n"
    "2\tLộc\t_\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
    "3\tnói\t_\tVERB\tV\t_\t0\troot\t_\t_\n"
    "4\trất\t_\tADV\tADV\t_\t5\tadvmod\t_\t_\n"
    "5\tnhanh\t_\tADJ\tADJ\t_\t3\txcomp\t_\t_\n"
    "6\t.\t_\tPUNCT\tPUNCT\t_\t3\tpunct\t_\t_\n"
    "\n"
    "# text = Người dân tỉnh nói với công an .\n"
    "1\tNgười dân\t_\tNOUN\tN\t_\t3\tnsubj\t_\t_\n"
    "2\ttỉnh\t_\tNOUN\tN\t_\t1\tnmod\t_\t_\n"
    "3\tnói\t_\tVERB\tV\t_\t0\troot\t_\t_\n"
    "4\tvới\t_\tADP\tPRE\t_\t5\tcase\t_\t_\n"
    "5\tcông an\t_\tNOUN\tN\t_\t3\tobl\t_\t_\n"
    "6\t.\t_\tPUNCT\tPUNCT\t_\t3\tpunct\t_\t_\n"
    "\n"
    "# text = Đối tượng bắt người dân rất nhanh .\n"
    "1\tĐối tượng\t_\tNOUN\tN\t_\t2\tnsubj\t_\t_\n"
    "2\tbắt\t_\tVERB\tV\t_\t0\troot\t_\t_\n"
    "3\tngười dân\t_\tNOUN\tN\t_\t2\tobj\t_\t_\n"
    "4\trất\t_\tADV\tADV\t_\t5\tadvmod\t_\t_\n"
    "5\tnhanh\t_\tADJ\tADJ\t_\t2\txcomp\t_\t_\n"
    "6\t.\t_\tPUNCT\tPUNCT\t_\t2\tpunct\t_\t_\n"
    "\n";

// The sentences of a CoNLL-U text written in a test; a text that does not read fails the test.
inline std::vector<ConlluSentence> parse_conllu(const std::string& text) {
  std::istringstream in(text);
  std::vector<ConlluSentence> out;
  const Status status = read_conllu(in, out);
  EXPECT_TRUE(status.ok()) << status.message();
  return out;
}

inline std::vector<ConlluSentence> hand_treebank() { return parse_conllu(kHandTreebank); }

inline std::vector<std::string_view> forms_of(const ConlluSentence& s) {
  std::vector<std::string_view> forms;
  for (const auto& w : s.words) forms.push_back(w.form);
  return forms;
}

}  // namespace vitext::testing

#include "vitext/document.h"

namespace vitext::testing {

// A one-sentence Document whose words are found left to right in `text`.
inline Document document_of(const std::string& text, const std::vector<std::string>& words) {
  Document doc(text);
  doc.text = text;
  size_t pos = 0;
  for (const auto& w : words) {
    size_t at = text.find(w, pos);
    Word word;
    word.span = word.view = Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + w.size())};
    doc.words.push_back(word);
    pos = at + w.size();
  }
  Sentence s;
  s.span = s.view = Span{0, static_cast<uint32_t>(text.size())};
  s.word_end = static_cast<uint32_t>(words.size());
  doc.sentences.push_back(s);
  return doc;
}

}  // namespace vitext::testing
