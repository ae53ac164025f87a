// OffsetMap: maps byte offsets of a derived text (the normalised view) back to the
// original input. It is piecewise: a run of identical bytes is one "identity" piece that
// maps byte for byte; a rewritten run (a legacy byte decoded to UTF-8, an NFD cluster
// composed, a tone mark moved, a zero-width character dropped) is one "atomic" piece that
// maps as a whole. Most UTF-8 documents need a single piece.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "vitext/span.h"

namespace vitext {

class OffsetMap {
 public:
  struct Piece {
    uint32_t view_start;
    uint32_t view_len;
    uint32_t orig_start;
    uint32_t orig_len;
    bool copied;  // bytes copied unchanged: maps byte for byte
    bool identity() const { return copied; }
  };

  OffsetMap() = default;
  static OffsetMap Identity(uint32_t length);

  // Appends the next piece; view offsets are implied by the pieces before it.
  // `copied` pieces (view_len must equal orig_len) map byte for byte, and consecutive
  // ones that are contiguous in both texts are merged. Other pieces are atomic.
  // A piece with view_len == 0 records original bytes that were dropped.
  void append(uint32_t view_len, uint32_t orig_start, uint32_t orig_len, bool copied);

  // Original offset where the view byte at `view_offset` begins. For a byte inside an
  // atomic piece, that is the piece's start. view_offset == view_size() maps to orig_size().
  uint32_t to_original_start(uint32_t view_offset) const;
  // Original offset that ends a span whose view end is `view_offset`: inside an atomic
  // piece it rounds up to the piece's end, so a span never cuts a rewritten run.
  uint32_t to_original_end(uint32_t view_offset) const;
  Span to_original(Span view) const;

  // Maps spans that come in text order (tokens, words) without a binary search each:
  // it remembers the piece it last found and walks forward from there. A span before
  // the last one still maps correctly (it falls back to the search).
  class Cursor {
   public:
    explicit Cursor(const OffsetMap& map) : map_(map) {}
    Span to_original(Span view);
    uint32_t start(uint32_t view_offset);  // as to_original_start
    uint32_t end(uint32_t view_offset);    // as to_original_end

   private:
    size_t find(uint32_t view_offset);
    static constexpr size_t kNone = ~size_t{0};
    const OffsetMap& map_;
    size_t hint_ = kNone;
  };

  // this: view -> middle, inner: middle -> original. Returns view -> original.
  OffsetMap compose(const OffsetMap& inner) const;

  // Room for `n` pieces: decoders of legacy text append one or two per character.
  void reserve(size_t n) { pieces_.reserve(n); }

  uint32_t view_size() const { return view_size_; }
  uint32_t orig_size() const { return orig_size_; }
  const std::vector<Piece>& pieces() const { return pieces_; }
  bool is_identity() const;

 private:
  // Index of the non-empty piece containing view byte `view_offset` (< view_size()).
  size_t find(uint32_t view_offset) const;
  // The same, for the last piece starting at or before `view_offset` given as `candidate`.
  size_t skip_dropped(size_t candidate) const;

  std::vector<Piece> pieces_;
  uint32_t view_size_ = 0;
  uint32_t orig_size_ = 0;
};

}  // namespace vitext
