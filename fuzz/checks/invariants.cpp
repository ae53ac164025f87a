#include "fuzz/checks/invariants.h"

#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "decode/utf8_validate.h"
#include "io/document_conllu.h"
#include "io/document_json.h"
#include "core/fold.h"
#include "core/syllable.h"
#include "core/utf8.h"
#include "core/word_key.h"
#include "fuzz/checks/check.h"
#include "tokens/char_class.h"

namespace vitext::fuzz {
namespace {

// The view offset falls strictly inside a rewritten (atomic) piece of the map: a span
// starting or ending there is rounded out to the whole piece (OffsetMap::to_original).
bool inside_atomic_piece(const OffsetMap& map, uint32_t view_offset) {
  for (const OffsetMap::Piece& p : map.pieces())
    if (!p.copied && p.view_start < view_offset && view_offset < p.view_start + p.view_len) return true;
  return false;
}

std::string span_str(Span s) { return "[" + std::to_string(s.start) + "," + std::to_string(s.end) + ")"; }

bool char_start(std::string_view text, uint32_t i) {
  return i == text.size() || !utf8::is_continuation(static_cast<unsigned char>(text[i]));
}

// A span of the original and the matching view span of one annotation.
void check_span_pair(const Document& doc, Span span, Span view, const char* what) {
  FUZZ_CHECK(span.start <= span.end && span.end <= doc.original.size(), std::string(what) + " span " + span_str(span));
  FUZZ_CHECK(view.start <= view.end && view.end <= doc.text.size(), std::string(what) + " view " + span_str(view));
  FUZZ_CHECK(char_start(doc.text, view.start) && char_start(doc.text, view.end),
             std::string(what) + " view cuts a character " + span_str(view));
}

bool wordlike(TokenKind kind) {
  return kind == TokenKind::kSyllable || kind == TokenKind::kAcronym || kind == TokenKind::kNumber;
}

// Token t of `word` is a hyphen written tight between two words or numbers of the same
// word ("Wai-kru", "GD-ĐT", "1.500-2.000"), which the segmenter joins.
bool tight_hyphen(const Document& doc, const Word& word, uint32_t t) {
  if (t <= word.token_begin || t + 1 >= word.token_end) return false;
  const Token& tok = doc.tokens[t];
  const Token& next = doc.tokens[t + 1];
  return tok.kind == TokenKind::kPunct && doc.view_of(tok.view) == "-" && !tok.space_before && !next.space_before &&
         wordlike(doc.tokens[t - 1].kind) && wordlike(next.kind);
}

}  // namespace

Split split_selector(std::string_view data) {
  if (data.empty()) return {};
  return {static_cast<unsigned char>(data[0]), data.substr(1)};
}

void check_valid_utf8(std::string_view text) {
  size_t bad = decoding::valid_utf8_prefix(text);
  FUZZ_CHECK(bad == text.size(), "invalid UTF-8 at view byte " + std::to_string(bad));
}

void check_view_map(const Document& doc) {
  check_valid_utf8(doc.text);
  const OffsetMap& map = doc.map;
  if (map.pieces().empty()) {
    // No map: the view is the original itself (or both are empty).
    FUZZ_CHECK(doc.text.empty() || doc.text == doc.original, "no map but the view differs from the original");
    return;
  }
  FUZZ_CHECK(map.view_size() == doc.text.size(),
             std::to_string(map.view_size()) + " != " + std::to_string(doc.text.size()));
  FUZZ_CHECK(map.orig_size() <= doc.original.size(),
             std::to_string(map.orig_size()) + " > " + std::to_string(doc.original.size()));
  uint32_t view_at = 0, orig_at = 0;
  for (const OffsetMap::Piece& p : map.pieces()) {
    FUZZ_CHECK(p.view_start == view_at, "view pieces are not contiguous at " + std::to_string(view_at));
    FUZZ_CHECK(p.orig_start >= orig_at, "original pieces go backwards at " + std::to_string(p.orig_start));
    FUZZ_CHECK(p.orig_start + p.orig_len <= doc.original.size(), "piece beyond the original");
    if (p.copied) {
      FUZZ_CHECK(p.view_len == p.orig_len, "copied piece changes length");
      FUZZ_CHECK(doc.text.compare(p.view_start, p.view_len, doc.original, p.orig_start, p.orig_len) == 0,
                 "copied piece at view " + std::to_string(p.view_start) + " differs from the original");
    }
    view_at += p.view_len;
    orig_at = p.orig_start + p.orig_len;
  }
  // Every character of the view maps inside the original, monotonically.
  uint32_t prev_start = 0, prev_end = 0;
  const auto n = static_cast<uint32_t>(doc.text.size());
  for (uint32_t i = 0; i < n;) {
    uint32_t j = i + 1;
    while (j < n && !char_start(doc.text, j)) ++j;
    Span o = map.to_original(Span{i, j});
    FUZZ_CHECK(o.start <= o.end && o.end <= doc.original.size(), "view " + span_str({i, j}) + " -> " + span_str(o));
    FUZZ_CHECK(o.start >= prev_start && o.end >= prev_end, "map goes backwards at view " + std::to_string(i));
    FUZZ_CHECK(o.start >= prev_end || o.start == prev_start, "view characters overlap in the original at " +
                                                                  std::to_string(i));
    prev_start = o.start;
    prev_end = o.end;
    i = j;
  }
  Span all = map.to_original(Span{0, n});
  FUZZ_CHECK(all.end <= doc.original.size(), "whole view maps beyond the original");
}

void check_text_core(const Document& doc) {
  std::string bytes, key, lowered;
  for (const Token& t : doc.tokens) {
    const std::string_view form = doc.view_of(t.view);
    bytes.clear();
    lowered.clear();
    for (size_t i = 0; i < form.size();) {
      const utf8::Decoded d = utf8::decode(form, i);
      FUZZ_CHECK(d.valid, "the view holds invalid UTF-8 at " + std::to_string(t.view.start + i));
      utf8::append(bytes, d.cp);
      utf8::append(lowered, fold::lower(d.cp));
      i += d.len;
      const utf8::Decoded back = utf8::decode_before(form, i);
      FUZZ_CHECK(back.valid && back.cp == d.cp && back.len == d.len, "decode_before disagrees with decode");
    }
    FUZZ_CHECK(bytes == form, "UTF-8 written back differs from what was read");
    key = word_key(form);
    if (form == "LBKT" || form == "RBKT") continue;  // the treebank's bracket names
    const bool single_spaced = key.find("  ") == std::string::npos && key.find('_') == std::string::npos &&
                               (key.empty() || (key.front() != ' ' && key.back() != ' '));
    FUZZ_CHECK(single_spaced, "word key '" + key + "' is not single-spaced");
    FUZZ_CHECK(word_key(lowered) == key, "the word key depends on case");
    // Lower-casing may turn a foreign letter into a Vietnamese one (K KELVIN SIGN -> k), never
    // the other way: what spells in any case spells alike in lower case.
    viet::Spelling as_written, in_lower;
    const bool spells = viet::spell(form, as_written);
    if (spells) {
      FUZZ_CHECK(viet::spell(lowered, in_lower) && as_written.view() == in_lower.view() && as_written.tone == in_lower.tone,
                 "spelling depends on case");
    }
    FUZZ_CHECK(!is_vietnamese_syllable_any_form(form) || spells, "a Vietnamese syllable that does not spell");
  }
}

void check_tokens(const Document& doc) {
  const std::string_view text = doc.text;
  uint32_t at = 0;  // view end of the previous token
  uint32_t orig_at = 0;
  for (size_t k = 0; k < doc.tokens.size(); ++k) {
    const Token& t = doc.tokens[k];
    check_span_pair(doc, t.span, t.view, "token");
    FUZZ_CHECK(!t.view.empty(), "empty token " + std::to_string(k));
    FUZZ_CHECK(t.view.start >= at, "token " + std::to_string(k) + " overlaps the one before");
    // Two tokens share original bytes only when they split one rewritten run between them.
    FUZZ_CHECK(t.span.start >= orig_at || inside_atomic_piece(doc.map, t.view.start),
               "token " + std::to_string(k) + " overlaps the one before in the original");
    if (!doc.map.pieces().empty())
      FUZZ_CHECK(t.span == doc.map.to_original(t.view), "token span is not the image of its view");
    // Only white space between tokens: no byte of the text is lost.
    bool gap = t.view.start > at;
    for (size_t i = at; i < t.view.start;) {
      size_t before = i;
      char32_t cp = utf8::next(text, i);
      FUZZ_CHECK(tokens::classify(cp) == tokens::CharClass::kSpace,
                 "non-space byte " + std::to_string(before) + " belongs to no token");
    }
    FUZZ_CHECK(t.space_before == gap, "space_before of token " + std::to_string(k));
    at = t.view.end;
    orig_at = t.span.end;
  }
  for (size_t i = at; i < text.size();) {
    size_t before = i;
    char32_t cp = utf8::next(text, i);
    FUZZ_CHECK(tokens::classify(cp) == tokens::CharClass::kSpace,
               "non-space byte " + std::to_string(before) + " after the last token");
  }
}

void check_sentences(const Document& doc, uint32_t max_tokens) {
  if (doc.tokens.empty()) {
    FUZZ_CHECK(doc.sentences.empty(), "sentences without tokens");
    return;
  }
  FUZZ_CHECK(!doc.sentences.empty(), "tokens without sentences");
  uint32_t next = 0;
  for (size_t k = 0; k < doc.sentences.size(); ++k) {
    const Sentence& s = doc.sentences[k];
    check_span_pair(doc, s.span, s.view, "sentence");
    FUZZ_CHECK(s.token_begin == next, "sentence " + std::to_string(k) + " does not start where the last ended");
    FUZZ_CHECK(s.token_end > s.token_begin, "empty sentence " + std::to_string(k));
    FUZZ_CHECK(s.token_end <= doc.tokens.size(), "sentence beyond the tokens");
    if (max_tokens > 0) FUZZ_CHECK(s.token_end - s.token_begin <= max_tokens, "sentence longer than max_tokens");
    const Token& first = doc.tokens[s.token_begin];
    const Token& last = doc.tokens[s.token_end - 1];
    FUZZ_CHECK(s.view.start <= first.view.start && s.view.end >= last.view.end, "sentence view misses its tokens");
    FUZZ_CHECK(s.span.start <= first.span.start && s.span.end >= last.span.end, "sentence span misses its tokens");
    if (k > 0) FUZZ_CHECK(s.view.start >= doc.sentences[k - 1].view.end, "sentences overlap");
    next = s.token_end;
  }
  FUZZ_CHECK(next == doc.tokens.size(), "tokens after the last sentence");
}

void check_words(const Document& doc) {
  uint32_t next_word = 0;
  for (size_t k = 0; k < doc.sentences.size(); ++k) {
    const Sentence& s = doc.sentences[k];
    FUZZ_CHECK(s.word_begin == next_word, "words of sentence " + std::to_string(k) + " do not follow on");
    FUZZ_CHECK(s.word_end <= doc.words.size(), "sentence words beyond the words");
    uint32_t next_token = s.token_begin;
    for (uint32_t w = s.word_begin; w < s.word_end; ++w) {
      const Word& word = doc.words[w];
      check_span_pair(doc, word.span, word.view, "word");
      FUZZ_CHECK(word.token_begin == next_token, "word " + std::to_string(w) + " skips or repeats tokens");
      FUZZ_CHECK(word.token_end > word.token_begin && word.token_end <= s.token_end,
                 "word " + std::to_string(w) + " token range");
      const Token& first = doc.tokens[word.token_begin];
      const Token& last = doc.tokens[word.token_end - 1];
      FUZZ_CHECK(word.view.start == first.view.start && word.view.end == last.view.end, "word view is not its tokens'");
      FUZZ_CHECK(word.span.start == first.span.start && word.span.end == last.span.end, "word span is not its tokens'");
      if (word.token_end - word.token_begin > 1) {
        // Syllables join; an abbreviation ("TP", "GS", an acronym) keeps the period written
        // against it ("TP."); a tight hyphen joins the words or numbers on either side of it.
        // No other typed token is ever part of a longer word.
        uint32_t joined_end = word.token_end;
        const Token& tail = doc.tokens[word.token_end - 1];
        if (tail.kind == TokenKind::kPunct && doc.view_of(tail.view) == "." && !tail.space_before) {
          --joined_end;
          const TokenKind abbr = doc.tokens[joined_end - 1].kind;
          FUZZ_CHECK(abbr == TokenKind::kSyllable || abbr == TokenKind::kAcronym,
                     "a period attached to a " + std::string(token_kind_name(abbr)) + " in word " + std::to_string(w));
          if (abbr == TokenKind::kAcronym) --joined_end;
        }
        for (uint32_t t = word.token_begin; t < joined_end; ++t) {
          const bool by_hyphen = tight_hyphen(doc, word, t) || (t > word.token_begin && tight_hyphen(doc, word, t - 1)) ||
                                 (t + 1 < word.token_end && tight_hyphen(doc, word, t + 1));
          FUZZ_CHECK(doc.tokens[t].kind == TokenKind::kSyllable || by_hyphen,
                     "typed token " + std::string(token_kind_name(doc.tokens[t].kind)) + " glued into word " +
                         std::to_string(w));
        }
        FUZZ_CHECK(doc.view_of(word.view).find('\n') == std::string_view::npos,
                   "word " + std::to_string(w) + " crosses a line break");
      }
      next_token = word.token_end;
    }
    FUZZ_CHECK(s.word_begin == s.word_end || next_token == s.token_end, "sentence tokens without a word");
    next_word = s.word_end;
  }
  FUZZ_CHECK(next_word == doc.words.size(), "words outside the sentences");
}

void check_trees(const Document& doc) {
  for (const Sentence& s : doc.sentences) {
    const int n = static_cast<int>(s.word_end - s.word_begin);
    int roots = 0;
    for (int i = 0; i < n; ++i) {
      const Word& w = doc.words[s.word_begin + i];
      FUZZ_CHECK(!w.upos.empty() && !w.deprel.empty(), "word " + std::to_string(s.word_begin + i) + " untagged");
      FUZZ_CHECK(w.head >= 0 && w.head <= n, "head " + std::to_string(w.head) + " out of range");
      FUZZ_CHECK(w.head != i + 1, "word is its own head");
      roots += w.head == 0;
      // Following heads reaches the root within n steps: no cycle.
      int at = i + 1, steps = 0;
      while (at != 0 && steps <= n) {
        at = doc.words[s.word_begin + at - 1].head;
        ++steps;
      }
      FUZZ_CHECK(at == 0, "cycle through word " + std::to_string(s.word_begin + i));
    }
    FUZZ_CHECK(n == 0 || roots == 1, std::to_string(roots) + " roots in one sentence");
  }
}

void check_extraction(const Document& doc) {
  const size_t sentences = doc.sentences.size();
  for (const Entity& e : doc.entities) {
    check_span_pair(doc, e.span, e.view, "entity");
    FUZZ_CHECK(sentences == 0 || e.sentence < sentences, "entity sentence index");
  }
  for (const DateMention& d : doc.dates) {
    check_span_pair(doc, d.span, d.view, "date");
    FUZZ_CHECK(sentences == 0 || d.sentence < sentences, "date sentence index");
  }
  for (const Fact& f : doc.facts) {
    check_span_pair(doc, f.span, f.view, "fact");
    FUZZ_CHECK(f.phrase_span.start <= f.phrase_span.end && f.phrase_span.end <= doc.original.size(), "fact phrase span");
  }
  for (const Award& a : doc.awards) check_span_pair(doc, a.span, a.view, "award");
  for (const Person& p : doc.people) {
    FUZZ_CHECK(p.mentions.size() == p.mention_views.size(), "person mentions and views differ in number");
    for (size_t i = 0; i < p.mentions.size(); ++i) check_span_pair(doc, p.mentions[i], p.mention_views[i], "person");
  }
}

void check_writers(const Document& doc) {
  JsonOptions jo;
  jo.tokens = true;
  std::string line = dump_json_line(document_to_json(doc, jo));
  FUZZ_CHECK(nlohmann::json::accept(line), "document JSON does not read back");
  std::ostringstream conllu;
  write_document_conllu(conllu, doc);
  check_valid_utf8(line);
}

}  // namespace vitext::fuzz
