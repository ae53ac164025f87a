#include "io/document_json.h"

#include "io/extract_json.h"

#include <iterator>

namespace vitext {

std::string_view surface(const Document& doc, Span span, Span view) {
  if (doc.decode.encoding == "utf-8") return doc.original_of(span);
  return doc.view_of(view);
}

namespace {

// Everything but "sentences": small whatever the document's size.
nlohmann::json document_head_json(const Document& doc) {
  using nlohmann::json;
  json j = json::object();
  j["id"] = doc.meta.id;
  json meta = json::object();
  if (!doc.meta.date.empty()) meta["date"] = doc.meta.date;
  if (!doc.meta.title.empty()) meta["title"] = doc.meta.title;
  meta["encoding"] = doc.decode.encoding;
  if (doc.decode.encoding != "utf-8") meta["encoding_confidence"] = doc.decode.confidence;
  if (doc.decode.invalid_bytes > 0) {
    meta["invalid_bytes"] = doc.decode.invalid_bytes;
    meta["first_invalid_offset"] = doc.decode.first_invalid_offset;
  }
  if (doc.decode.dropped_chars > 0) meta["dropped_chars"] = doc.decode.dropped_chars;
  if (!doc.meta.source.empty()) {
    meta["source"] = doc.meta.source;
    meta["source_offset"] = doc.meta.source_offset;
  }
  meta["bytes"] = doc.original.size();
  j["meta"] = std::move(meta);
  add_extraction_json(doc, j);
  j["errors"] = json::array();
  return j;
}

nlohmann::json sentence_json(const Document& doc, const Sentence& s, const JsonOptions& options) {
  using nlohmann::json;
  json js = {{"start", s.span.start}, {"end", s.span.end}, {"text", surface(doc, s.span, s.view)}};
  if (options.tokens) {
    json tokens = json::array();
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      const Token& tok = doc.tokens[t];
      tokens.push_back({{"start", tok.span.start},
                        {"end", tok.span.end},
                        {"form", surface(doc, tok.span, tok.view)},
                        {"kind", token_kind_name(tok.kind)}});
    }
    js["tokens"] = std::move(tokens);
  }
  if (options.words && s.word_end > s.word_begin) {
    json words = json::array();
    for (uint32_t w = s.word_begin; w < s.word_end; ++w) {
      const Word& word = doc.words[w];
      json jw = {{"start", word.span.start}, {"end", word.span.end}, {"form", surface(doc, word.span, word.view)}};
      if (!word.upos.empty()) jw["upos"] = word.upos;
      if (!word.xpos.empty()) jw["xpos"] = word.xpos;
      if (word.head >= 0) {
        jw["head"] = word.head;
        jw["deprel"] = word.deprel;
      }
      words.push_back(std::move(jw));
    }
    js["words"] = std::move(words);
  }
  return js;
}

}  // namespace

nlohmann::json document_to_json(const Document& doc, const JsonOptions& options) {
  nlohmann::json j = document_head_json(doc);
  nlohmann::json sentences = nlohmann::json::array();
  for (const Sentence& s : doc.sentences) sentences.push_back(sentence_json(doc, s, options));
  j["sentences"] = std::move(sentences);
  return j;
}

void write_document_json_line(std::ostream& out, const Document& doc, const JsonOptions& options) {
  // nlohmann::json writes an object's keys in sorted order and "sentences" sorts after every
  // other key of the head, so the head without its closing brace, then the sentences, give
  // exactly the bytes of the whole tree.
  nlohmann::json head_json = document_head_json(doc);
  if (!head_json.empty() && std::prev(head_json.end()).key() > "sentences") {
    out << dump_json_line(document_to_json(doc, options));  // a key added after "sentences"
    return;
  }
  std::string head = dump_json_line(head_json);
  head.pop_back();  // '}'
  out << head << ",\"sentences\":[";
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    if (i) out << ',';
    out << dump_json_line(sentence_json(doc, doc.sentences[i], options));
  }
  out << "]}";
}

nlohmann::json error_record(const std::string& id, const Status& error) {
  nlohmann::json j = {{"id", id}, {"error", error.message()}};
  if (error.offset() >= 0) j["offset"] = error.offset();
  return j;
}

std::string dump_json_line(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace vitext
