// ViewBuilder: the one alignment-preserving way to build a derived text. Every stage that
// rewrites text (decoding, normalisation) appends to it: copied bytes keep a byte-for-byte
// mapping; replaced runs map as a whole to the source bytes they came from.
#pragma once

#include <string>
#include <string_view>

#include "vitext/offset_map.h"

namespace vitext {

class ViewBuilder {
 public:
  // `bytes` are copied unchanged from the source at [src_offset, src_offset + size).
  void copy(uint32_t src_offset, std::string_view bytes) {
    text_.append(bytes);
    auto n = static_cast<uint32_t>(bytes.size());
    map_.append(n, src_offset, n, true);
  }
  // `out` replaces the source bytes [src_offset, src_offset + src_len) as one atomic run.
  // `out` may be empty: the source bytes are dropped from the view.
  void replace(uint32_t src_offset, uint32_t src_len, std::string_view out) {
    text_.append(out);
    map_.append(static_cast<uint32_t>(out.size()), src_offset, src_len, false);
  }
  void reserve(size_t n) { text_.reserve(n); }
  void reserve_pieces(size_t n) { map_.reserve(n); }
  size_t size() const { return text_.size(); }
  std::string take_text() { return std::move(text_); }
  OffsetMap take_map() { return std::move(map_); }
  const std::string& text() const { return text_; }

 private:
  std::string text_;
  OffsetMap map_;
};

}  // namespace vitext
