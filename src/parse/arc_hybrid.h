// The arc-hybrid transition system (Kuhlmann et al. 2011) with the root at the bottom of
// the stack. Transitions: SHIFT (b0 -> stack), LEFT(l) (s0 <-l- b0, pop s0) and
// RIGHT(l) (s1 -l-> s0, pop s0).
//
// Validity rules make every terminal state a well-formed tree: a word is attached to
// the root only by RIGHT when s1 is the root AND the buffer is empty, so exactly one word
// heads the sentence, every word gets one head, and arcs never form cycles (each arc
// removes its dependent from further consideration). Some transition is always valid
// until the state is terminal, so parsing cannot get stuck.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace vitext::parse {

enum class Move : uint8_t { kShift = 0, kLeft = 1, kRight = 2 };

// Classes of the classifier: 0 = SHIFT, 1..L = LEFT(label), L+1..2L = RIGHT(label).
struct TransitionSet {
  uint32_t num_labels = 0;
  uint32_t root_label = 0;
  uint32_t num_classes() const { return 1 + 2 * num_labels; }
  Move move_of(uint32_t cls) const { return cls == 0 ? Move::kShift : cls <= num_labels ? Move::kLeft : Move::kRight; }
  uint32_t label_of(uint32_t cls) const { return cls == 0 ? 0 : cls <= num_labels ? cls - 1 : cls - 1 - num_labels; }
  uint32_t left(uint32_t label) const { return 1 + label; }
  uint32_t right(uint32_t label) const { return 1 + num_labels + label; }
};

// Word positions are 1..n; 0 is the root. kNone marks "no such position".
inline constexpr int kNone = -1;

class ParseState {
 public:
  void reset(int n);

  int n() const { return n_; }
  int b0() const { return b_ <= n_ ? b_ : kNone; }
  int buffer(int i) const { return b_ + i <= n_ ? b_ + i : kNone; }
  int stack(int i) const {
    return i < static_cast<int>(stack_.size()) ? stack_[stack_.size() - 1 - static_cast<size_t>(i)] : kNone;
  }
  size_t stack_size() const { return stack_.size(); }
  bool terminal() const { return b_ > n_ && stack_.size() == 1; }

  bool can_shift() const { return b_ <= n_; }
  bool can_left() const { return b_ <= n_ && stack_.size() >= 2; }
  // RIGHT onto the root only when it makes the single root word: buffer empty.
  bool can_right() const { return stack_.size() >= 2 && (stack(1) != 0 || b_ > n_); }
  bool valid(const TransitionSet& ts, uint32_t cls) const;

  void apply(const TransitionSet& ts, uint32_t cls);

  // Result arrays, indexed 1..n (index 0 unused).
  int head(int i) const { return heads_[static_cast<size_t>(i)]; }
  uint32_t label(int i) const { return labels_[static_cast<size_t>(i)]; }

  // Children seen so far: leftmost / second leftmost, rightmost / second rightmost.
  int left_child(int i, int k) const { return i < 0 ? kNone : lc_[static_cast<size_t>(i)][k]; }
  int right_child(int i, int k) const { return i < 0 ? kNone : rc_[static_cast<size_t>(i)][k]; }
  int left_count(int i) const { return i < 0 ? 0 : nleft_[static_cast<size_t>(i)]; }
  int right_count(int i) const { return i < 0 ? 0 : nright_[static_cast<size_t>(i)]; }
  // Labels of the children on each side, as a bit set (label mod 64).
  uint64_t left_labels(int i) const { return i < 0 ? 0 : left_labels_[static_cast<size_t>(i)]; }
  uint64_t right_labels(int i) const { return i < 0 ? 0 : right_labels_[static_cast<size_t>(i)]; }
  bool on_stack(int i) const { return on_stack_[static_cast<size_t>(i)] != 0; }
  const std::vector<int>& stack_items() const { return stack_; }

 private:
  void attach(int head, int dep, uint32_t label);

  int n_ = 0;
  int b_ = 1;
  std::vector<int> stack_;
  std::vector<int> heads_;
  std::vector<uint32_t> labels_;
  std::vector<std::array<int, 2>> lc_, rc_;
  std::vector<int> nleft_, nright_;
  std::vector<uint64_t> left_labels_, right_labels_;
  std::vector<uint8_t> on_stack_;
};

}  // namespace vitext::parse
