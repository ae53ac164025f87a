#include "vitext/offset_map.h"

#include <algorithm>

namespace vitext {

OffsetMap OffsetMap::Identity(uint32_t length) {
  OffsetMap map;
  map.append(length, 0, length, true);
  return map;
}

void OffsetMap::append(uint32_t view_len, uint32_t orig_start, uint32_t orig_len, bool copied) {
  if (view_len == 0 && orig_len == 0) return;
  if (view_len != orig_len || view_len == 0) copied = false;
  if (!pieces_.empty()) {
    Piece& last = pieces_.back();
    bool contiguous = last.orig_start + last.orig_len == orig_start;
    if (contiguous && last.copied && copied) {
      last.view_len += view_len;
      last.orig_len += orig_len;
      view_size_ += view_len;
      orig_size_ = std::max(orig_size_, orig_start + orig_len);
      return;
    }
  }
  pieces_.push_back({view_size_, view_len, orig_start, orig_len, copied});
  view_size_ += view_len;
  orig_size_ = std::max(orig_size_, orig_start + orig_len);
}

bool OffsetMap::is_identity() const {
  return pieces_.empty() || (pieces_.size() == 1 && pieces_[0].identity() && pieces_[0].orig_start == 0);
}

size_t OffsetMap::find(uint32_t view_offset) const {
  // Last piece whose view_start <= view_offset and that is non-empty.
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), view_offset,
                             [](uint32_t v, const Piece& p) { return v < p.view_start; });
  size_t i = static_cast<size_t>(it - pieces_.begin());
  return i == 0 ? 0 : skip_dropped(i - 1);
}

size_t OffsetMap::skip_dropped(size_t candidate) const {
  while (candidate > 0 && pieces_[candidate].view_len == 0) --candidate;  // dropped-only pieces
  return candidate;
}

size_t OffsetMap::Cursor::find(uint32_t view_offset) {
  const std::vector<Piece>& pieces = map_.pieces_;
  if (hint_ == kNone || pieces[hint_].view_start > view_offset) {
    hint_ = map_.find(view_offset);  // the first lookup, or one that went backwards: search
    return hint_;
  }
  while (hint_ + 1 < pieces.size() && pieces[hint_ + 1].view_start <= view_offset) ++hint_;
  return map_.skip_dropped(hint_);
}

uint32_t OffsetMap::Cursor::start(uint32_t view_offset) {
  if (map_.pieces_.empty()) return view_offset;
  if (view_offset >= map_.view_size_) return map_.orig_size_;
  const Piece& p = map_.pieces_[find(view_offset)];
  return p.identity() ? p.orig_start + (view_offset - p.view_start) : p.orig_start;
}

uint32_t OffsetMap::Cursor::end(uint32_t view_offset) {
  if (map_.pieces_.empty()) return view_offset;
  if (view_offset == 0) return start(0);
  // The piece holding the span's last byte: inside an atomic piece the end rounds up to its
  // end, so a span never cuts a rewritten run.
  const Piece& p = map_.pieces_[find(view_offset - 1)];
  return p.identity() ? p.orig_start + (view_offset - p.view_start) : p.orig_start + p.orig_len;
}

Span OffsetMap::Cursor::to_original(Span view) {
  if (view.empty()) {
    uint32_t o = start(view.start);
    return {o, o};
  }
  return {start(view.start), end(view.end)};
}

uint32_t OffsetMap::to_original_start(uint32_t view_offset) const { return Cursor(*this).start(view_offset); }

uint32_t OffsetMap::to_original_end(uint32_t view_offset) const { return Cursor(*this).end(view_offset); }

Span OffsetMap::to_original(Span view) const { return Cursor(*this).to_original(view); }

OffsetMap OffsetMap::compose(const OffsetMap& inner) const {
  if (inner.pieces_.empty()) return *this;
  OffsetMap out;
  Cursor middle_to_original(inner);  // the pieces come in text order
  for (const Piece& p : pieces_) {
    uint32_t m0 = p.orig_start, m1 = p.orig_start + p.orig_len;  // range in the middle text
    if (!p.identity() || p.orig_len == 0) {
      uint32_t o0 = middle_to_original.start(m0);
      uint32_t o1 = p.orig_len == 0 ? o0 : middle_to_original.end(m1);
      out.append(p.view_len, o0, o1 - o0, false);
      continue;
    }
    // Identity in the outer map: follow the inner pieces it covers, clipped.
    size_t i = m0 < inner.view_size_ ? inner.find(m0) : inner.pieces_.size();
    uint32_t m = m0;
    while (m < m1 && i < inner.pieces_.size()) {
      const Piece& q = inner.pieces_[i++];
      if (q.view_len == 0) {
        continue;
      }
      uint32_t q1 = q.view_start + q.view_len;
      if (q1 <= m) continue;
      uint32_t take_end = std::min(m1, q1);
      uint32_t len = take_end - m;
      if (q.identity()) {
        out.append(len, q.orig_start + (m - q.view_start), len, true);
      } else {
        // Part (or all) of a rewritten run: keep it atomic, mapped to the whole run.
        out.append(len, q.orig_start, q.orig_len, false);
      }
      m = take_end;
    }
    if (m < m1) out.append(m1 - m, inner.orig_size_, 0, false);  // beyond the inner map: clamp
  }
  return out;
}

}  // namespace vitext
