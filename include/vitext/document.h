// Document: the one data model every stage reads and extends.
//
// A Document owns the original bytes exactly as given (possibly invalid UTF-8 or a legacy
// 8-bit encoding), a normalised view (valid NFC UTF-8, one tone convention) and the map
// between them. Stages add layers: flat arrays of small structs, each element carrying
// `span` (bytes of the ORIGINAL input) and `view` (bytes of the normalised text).
// Nothing that leaves the engine (JSON, CoNLL-U, HTTP, Python) carries view offsets.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vitext/extract_layers.h"
#include "vitext/offset_map.h"
#include "vitext/span.h"

namespace vitext {

// What a token is. Syllables are what the word segmenter joins into words; every other
// kind is a typed token that is never split and never glued to its neighbours.
// The rules that produce each kind are in docs/tokens.md.
enum class TokenKind : uint8_t {
  kSyllable,     // a Vietnamese (or foreign) alphabetic word piece: "Công", "an", "Facebook", "don't"
  kNumber,       // 1.000.000, 3,5, 1,000.5, -2, 2023
  kPercent,      // 100%, 3,5%
  kDate,         // 27/12, 27/12/2023, 12/2023, 2023-12-27, 27-12-2023, 23-3
  kTime,         // 8h30, 8h, 08:30, 14g30 ("14 giờ" is two tokens)
  kMoney,        // currency glued to the number: 5.000đ, 100USD, $100, 20€
  kCurrency,     // a currency standing alone: "VNĐ" in "100.000 VNĐ", "USD", "$"
  kUrl,          // https://..., www.x.vn, congan.thanhhoa.gov.vn
  kEmail,
  kHashtag,      // #AnNinh
  kMention,      // @congan
  kAcronym,      // UBND, ANTT, HĐND, TP.HCM, COVID-19, F0, U23, 4G
  kEmoji,        // one per emoji, ZWJ sequences and skin tones included
  kPunct,        // one mark per token, except "..." / "…" (ellipsis) and "--" runs
  kSymbol,       // other symbols: ©, +, =
  kOther,        // control characters, unassigned code points
  // Added after the others so that the kinds above keep their values (a trained model's
  // features hash them).
  kCode,         // 64/2017/TT-BCA, 1234/QĐ-UBND, 15/2014, 6/45, 1.2.3: names, not quantities
  kUnit,         // a unit written with a slash or a degree sign: km/h, m3/s, °C
};

const char* token_kind_name(TokenKind kind);

struct Token {
  Span span;   // original bytes
  Span view;   // normalised bytes
  TokenKind kind = TokenKind::kSyllable;
  // True when whitespace (or a line break) precedes this token in the text.
  bool space_before = false;
};

struct Sentence {
  Span span;
  Span view;
  uint32_t token_begin = 0, token_end = 0;  // range into Document::tokens
  uint32_t word_begin = 0, word_end = 0;    // range into Document::words
  // True when a blank line or the document start precedes it (a new paragraph).
  bool paragraph_start = false;
};

struct Word {
  Span span;
  Span view;
  uint32_t token_begin = 0, token_end = 0;  // range into Document::tokens
  // Filled by the tagger and parser; empty/unset until then.
  std::string upos;
  std::string xpos;
  int32_t head = -1;  // 0 = root, k = k-th word of the sentence (1-based); -1 = not parsed
  std::string deprel;
};

struct DecodeReport {
  std::string encoding = "utf-8";  // encoding the original bytes were read as
  double confidence = 1.0;         // of automatic detection, 0..1
  uint64_t invalid_bytes = 0;      // bytes replaced by U+FFFD (lenient mode)
  int64_t first_invalid_offset = -1;
  uint64_t dropped_chars = 0;      // zero-width and control characters left out of the view
};

struct DocumentMeta {
  std::string id;
  std::string date;   // as given: "2023-12" (web-corpus layout) or ISO date
  std::string title;
  // Where `original` starts in the file it came from (after a web-corpus header line,
  // or 0), so callers can map offsets to file positions.
  uint64_t source_offset = 0;
  std::string source;  // file name or "-"
};

// Where a Document stands when it is one window of a larger input (include/vitext/windows.h):
// a long document is analysed a window at a time so that memory stays flat as input grows.
// A whole document has the defaults.
struct DocumentWindow {
  // Offset of original[0] in the whole input. Every `span` counts from the input's start,
  // so output offsets need no adjusting; original_of() subtracts it.
  uint32_t base = 0;
  uint32_t first_sentence = 0;  // sentences in the windows before this one
  uint32_t index = 0;           // 0 for the first window
  bool last = true;             // no window follows
};

struct Document {
  std::string original;  // bytes as given; never modified (one window of them: see `window`)
  std::string text;      // the normalised view
  OffsetMap map;         // text -> original
  DocumentMeta meta;
  DecodeReport decode;

  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<Word> words;
  // Extraction layers (include/vitext/extract_layers.h).
  std::vector<Entity> entities;
  std::vector<DateMention> dates;
  std::vector<Fact> facts;
  std::vector<Award> awards;
  std::vector<Person> people;
  DocumentWindow window;

  Document() = default;
  explicit Document(std::string bytes) : original(std::move(bytes)) {}

  // Original bytes of a span, and the view bytes of a view span.
  std::string_view original_of(Span s) const {
    return std::string_view(original).substr(s.start - window.base, s.size());
  }
  std::string_view view_of(Span v) const { return std::string_view(text).substr(v.start, v.size()); }
};

}  // namespace vitext
