// `vitext segment`: word segmentation of raw text.
//
// Formats (docs in `vitext segment --help`):
//   underscore  the input's line structure kept: one output line per input line, words
//               separated by one space, the spaces inside a word written as "_"
//               ("Công_an tỉnh Thanh_Hóa"); words are the original bytes otherwise.
//   conllu      one block per sentence; FORM keeps the word's inner spaces; MISC holds
//               TokenRange=start:end (byte offsets into the input).
//   json        one JSON object per input document (JSON Lines, docs/format.md).
//   tsv         start, end and form of each word, one per line; blank line after a sentence.
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

#include "commands.h"
#include "input_options.h"
#include "io/document_json.h"
#include "segment/text_pipeline.h"
#include "vitext/segmenter.h"

namespace vitext::cli {
namespace {

struct SegmentOptions {
  InputOptions input;
  std::string format = "underscore";
  std::string model;
  std::string user_dict;
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// The word's original bytes with each run of white space replaced by `joiner`.
void append_form(std::string& out, std::string_view word, char joiner) {
  bool in_space = false;
  for (char c : word) {
    if (is_space(c)) {
      if (!in_space) out += joiner;
      in_space = true;
    } else {
      out += c;
      in_space = false;
    }
  }
}

void write_underscore(const Document& doc, std::string& out) {
  uint32_t prev_end = 0;
  bool line_has_words = false;
  for (const Word& w : doc.words) {
    size_t newlines = 0;
    for (uint32_t k = prev_end; k < w.span.start; ++k) newlines += doc.original[k] == '\n';
    if (newlines) {
      out.append(newlines, '\n');
      line_has_words = false;
    } else if (line_has_words) {
      out += ' ';
    }
    append_form(out, surface(doc, w.span, w.view), '_');
    line_has_words = true;
    prev_end = w.span.end;
  }
  size_t newlines = 0;
  for (uint32_t k = prev_end; k < doc.original.size(); ++k) newlines += doc.original[k] == '\n';
  out.append(newlines, '\n');
  if (!out.empty() && out.back() != '\n') out += '\n';
}

void write_conllu(const Document& doc, size_t doc_index, std::string& out) {
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sent = doc.sentences[s];
    if (sent.word_begin == sent.word_end) continue;
    out += "# sent_id = " + std::to_string(doc_index + 1) + "-" + std::to_string(s + 1) + "\n# text = ";
    append_form(out, surface(doc, sent.span, sent.view), ' ');
    out += '\n';
    for (uint32_t i = sent.word_begin; i < sent.word_end; ++i) {
      const Word& w = doc.words[i];
      out += std::to_string(i - sent.word_begin + 1) + '\t';
      append_form(out, surface(doc, w.span, w.view), ' ');
      out += "\t_\t_\t_\t_\t_\t_\t_\tTokenRange=" + std::to_string(w.span.start) + ':' + std::to_string(w.span.end) +
             '\n';
    }
    out += '\n';
  }
}

void write_tsv(const Document& doc, std::string& out) {
  for (const Sentence& sent : doc.sentences) {
    for (uint32_t i = sent.word_begin; i < sent.word_end; ++i) {
      const Word& w = doc.words[i];
      out += std::to_string(w.span.start) + '\t' + std::to_string(w.span.end) + '\t';
      append_form(out, surface(doc, w.span, w.view), ' ');
      out += '\n';
    }
    if (sent.word_end > sent.word_begin) out += '\n';
  }
}

int run_segment(const SegmentOptions& o) {
  Segmenter segmenter;
  Status s = o.model.empty() ? Segmenter::load_default(segmenter) : Segmenter::load_file(o.model, segmenter);
  if (s.ok() && !o.user_dict.empty()) s = segmenter.with_user_dictionary_file(o.user_dict, segmenter);
  if (!s.ok()) {
    std::cerr << "vitext segment: " << s.message() << "\n";
    return kExitUsage;
  }
  SegmenterWorkspace workspace;
  std::string out;
  size_t index = 0;
  int code = for_each_document(
      o.input,
      [&](Document& doc) {
        Status st = vitext::train::prepare_for_segmentation(doc);
        if (st.ok()) st = segmenter.apply(doc, workspace);
        if (!st.ok()) return st;
        out.clear();
        if (o.format == "json") {
          // Written a sentence at a time: a long document never becomes one JSON tree.
          write_document_json_line(std::cout, doc);
          std::cout << '\n';
        } else if (o.format == "conllu") write_conllu(doc, index, out);
        else if (o.format == "tsv") write_tsv(doc, out);
        else write_underscore(doc, out);
        ++index;
        std::cout << out;
        return Status::Ok();
      },
      [&](const Document& doc, const Status& error) {
        if (o.format == "json") std::cout << dump_json_line(error_record(doc.meta.id, error)) << '\n';
      });
  std::cout.flush();
  return code;
}

}  // namespace

void add_segment_command(CLI::App& root, Action& action) {
  auto o = std::make_shared<SegmentOptions>();
  o->input.format = "text";  // a file is one document unless asked otherwise
  auto* sub = root.add_subcommand("segment", "Split Vietnamese text into words (Công_an tỉnh Thanh_Hóa)");
  add_input_options(sub, o->input);
  sub->add_option("--format", o->format,
                  "underscore: one output line per input line, syllables of a word joined by '_'; "
                  "conllu; json (JSON Lines, byte offsets); tsv (start, end, form)")
      ->check(CLI::IsMember({"underscore", "conllu", "json", "tsv"}))
      ->capture_default_str();
  sub->add_option("--model", o->model, "Segmenter model file (default: the embedded model)");
  sub->add_option("--user-dict", o->user_dict, "User dictionary: one multi-syllable word per line");
  sub->callback([&action, o] { action = [o] { return run_segment(*o); }; });
}

}  // namespace vitext::cli
