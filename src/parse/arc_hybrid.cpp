#include "parse/arc_hybrid.h"

namespace vitext::parse {

void ParseState::reset(int n) {
  n_ = n;
  b_ = 1;
  const size_t size = static_cast<size_t>(n) + 1;
  stack_.clear();
  stack_.push_back(0);
  heads_.assign(size, kNone);
  labels_.assign(size, 0);
  lc_.assign(size, {kNone, kNone});
  rc_.assign(size, {kNone, kNone});
  nleft_.assign(size, 0);
  nright_.assign(size, 0);
  left_labels_.assign(size, 0);
  right_labels_.assign(size, 0);
  on_stack_.assign(size, 0);
  on_stack_[0] = 1;
}

bool ParseState::valid(const TransitionSet& ts, uint32_t cls) const {
  switch (ts.move_of(cls)) {
    case Move::kShift:
      return can_shift();
    case Move::kLeft:
      return can_left() && ts.label_of(cls) != ts.root_label;
    case Move::kRight:
      if (!can_right()) return false;
      // The root label exactly when the head is the root.
      return (stack(1) == 0) == (ts.label_of(cls) == ts.root_label);
  }
  return false;
}

void ParseState::attach(int head, int dep, uint32_t label) {
  heads_[static_cast<size_t>(dep)] = head;
  labels_[static_cast<size_t>(dep)] = label;
  auto h = static_cast<size_t>(head);
  if (dep < head) {
    // Children arrive in order of attachment, not position: keep the two outermost.
    auto& lc = lc_[h];
    if (lc[0] == kNone || dep < lc[0]) {
      lc[1] = lc[0];
      lc[0] = dep;
    } else if (lc[1] == kNone || dep < lc[1]) {
      lc[1] = dep;
    }
    ++nleft_[h];
    left_labels_[h] |= uint64_t(1) << (label & 63);
  } else {
    auto& rc = rc_[h];
    if (rc[0] == kNone || dep > rc[0]) {
      rc[1] = rc[0];
      rc[0] = dep;
    } else if (rc[1] == kNone || dep > rc[1]) {
      rc[1] = dep;
    }
    ++nright_[h];
    right_labels_[h] |= uint64_t(1) << (label & 63);
  }
}

void ParseState::apply(const TransitionSet& ts, uint32_t cls) {
  const uint32_t label = ts.label_of(cls);
  switch (ts.move_of(cls)) {
    case Move::kShift:
      on_stack_[static_cast<size_t>(b_)] = 1;
      stack_.push_back(b_++);
      break;
    case Move::kLeft: {
      int s0 = stack_.back();
      stack_.pop_back();
      on_stack_[static_cast<size_t>(s0)] = 0;
      attach(b_, s0, label);
      break;
    }
    case Move::kRight: {
      int s0 = stack_.back();
      stack_.pop_back();
      on_stack_[static_cast<size_t>(s0)] = 0;
      attach(stack_.back(), s0, label);
      break;
    }
  }
}

}  // namespace vitext::parse
