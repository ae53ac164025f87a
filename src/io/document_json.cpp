#include "io/document_json.h"

#include "io/extract_json.h"
#include "io/json_compact.h"
#include "io/json_layers.h"

namespace vitext {

std::string_view surface(const Document& doc, Span span, Span view) {
  if (doc.decode.encoding == "utf-8") return doc.original_of(span);
  return doc.view_of(view);
}

// Everything but the layers (sentences, entities, facts ...): small whatever the document's size.
nlohmann::json document_head_json(const Document& doc, const JsonOptions& options) {
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
  for (const auto& [key, value] : options.extra_meta.items()) meta[key] = value;
  j["meta"] = std::move(meta);
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

namespace {

// The layers that grow with the document, each described item by item.
std::vector<JsonLayer> document_layers(const Document& doc, const JsonOptions& options) {
  std::vector<JsonLayer> layers = extraction_layers(doc);
  const Document* d = &doc;
  layers.push_back({"sentences", doc.sentences.size(),
                    [d, options](size_t i) { return sentence_json(*d, d->sentences[i], options); },
                    [d, options](size_t i, std::string& out) {
                      append_sentence_json(out, *d, d->sentences[i], options);
                    }});
  return layers;
}

}  // namespace

nlohmann::json document_to_json(const Document& doc, const JsonOptions& options) {
  nlohmann::json j = document_head_json(doc, options);
  add_layers(document_layers(doc, options), j);
  return j;
}

void write_document_json(std::ostream& out, const Document& doc, const JsonOptions& options, int indent) {
  write_object(out, document_head_json(doc, options), document_layers(doc, options), indent);
}

void write_document_json_line(std::ostream& out, const Document& doc, const JsonOptions& options) {
  write_document_json(out, doc, options, -1);
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
