#include "io/json_compact.h"

#include <charconv>
#include <cstdint>

#include "decode/utf8_validate.h"

namespace vitext {
namespace {

// The helpers take the member's whole lead-in as one literal (`,"start":`): one append each.
void append_number(std::string& out, std::string_view lead, int64_t v) {
  char buf[64];
  lead.copy(buf, lead.size());
  const auto r = std::to_chars(buf + lead.size(), buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

void append_member(std::string& out, std::string_view lead, std::string_view text, bool known_valid = false) {
  out += lead;
  append_json_string(out, text, known_valid);
}

}  // namespace

void append_json_string(std::string& out, std::string_view s, bool known_valid) {
  if (!known_valid && decoding::valid_utf8_prefix(s) != s.size()) {
    // nlohmann::json's own replacement of invalid sequences, rare enough to pay for the tree.
    out += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  size_t run = 0;  // start of the bytes not yet copied
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 15];
    }
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

void append_sentence_json(std::string& out, const Document& doc, const Sentence& s, const JsonOptions& options) {
  // The text of a span is valid UTF-8 unless decoding met invalid bytes (then the original
  // bytes of UTF-8 input may hold some); the check per word is then skipped.
  const bool valid = doc.decode.encoding != "utf-8" || doc.decode.invalid_bytes == 0;
  // Members in nlohmann::json's (sorted) key order.
  append_number(out, "{\"end\":", s.span.end);
  append_number(out, ",\"start\":", s.span.start);
  append_member(out, ",\"text\":", surface(doc, s.span, s.view), valid);
  if (options.tokens) {
    out += ",\"tokens\":[";
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      const Token& tok = doc.tokens[t];
      append_number(out, t > s.token_begin ? ",{\"end\":" : "{\"end\":", tok.span.end);
      append_member(out, ",\"form\":", surface(doc, tok.span, tok.view), valid);
      append_member(out, ",\"kind\":", token_kind_name(tok.kind));
      append_number(out, ",\"start\":", tok.span.start);
      out += '}';
    }
    out += ']';
  }
  if (options.words && s.word_end > s.word_begin) {
    out += ",\"words\":[";
    for (uint32_t w = s.word_begin; w < s.word_end; ++w) {
      const Word& word = doc.words[w];
      out += w > s.word_begin ? ",{" : "{";
      if (word.head >= 0) {
        append_member(out, "\"deprel\":", word.deprel);
        out += ',';
      }
      append_number(out, "\"end\":", word.span.end);
      append_member(out, ",\"form\":", surface(doc, word.span, word.view), valid);
      if (word.head >= 0) append_number(out, ",\"head\":", word.head);
      append_number(out, ",\"start\":", word.span.start);
      if (!word.upos.empty()) append_member(out, ",\"upos\":", word.upos);
      if (!word.xpos.empty()) append_member(out, ",\"xpos\":", word.xpos);
      out += '}';
    }
    out += ']';
  }
  out += '}';
}

}  // namespace vitext
