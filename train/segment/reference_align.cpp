#include "segment/reference_align.h"

#include "core/fold.h"
#include "core/utf8.h"

namespace vitext::train {
namespace {

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x202F || c == 0x3000;
}

// The invisible format characters (soft hyphen, zero-width space and joiners, byte order
// mark) a segmenter may drop or keep: they separate nothing and match nothing.
bool is_invisible(char32_t c) { return c == 0xAD || (c >= 0x200B && c <= 0x200F) || c == 0x2060 || c == 0xFEFF; }

// What two spellings of one character share: lower case without tone mark or vowel
// modifier; 0 for a combining mark, which belongs to the letter before it.
char32_t fold_key(char32_t cp) {
  if (cp < fold::kFoldedRange) {
    const fold::FoldedLetter& l = fold::letter(cp);
    if (l.flags & (fold::kCombining | fold::kToneMark)) return 0;
    return l.base;
  }
  return fold::lower(cp);
}

// A cursor over the raw line that steps over what the segmented line does not write.
struct RawCursor {
  std::string_view raw;
  size_t at = 0;

  char32_t peek(size_t& next) const {
    next = at;
    return utf8::next(raw, next);
  }
  void skip_spaces_and_marks() {
    size_t next;
    while (at < raw.size()) {
      const char32_t cp = peek(next);
      if (!is_space(cp) && !is_invisible(cp) && fold_key(cp) != 0) return;
      at = next;
    }
  }
  void skip_marks() {
    size_t next;
    while (at < raw.size() && fold_key(peek(next)) == 0) at = next;
  }
};

}  // namespace

bool align_segmented_line(std::string_view raw, std::string_view segmented, std::vector<Span>& words) {
  words.clear();
  RawCursor r{raw};
  size_t i = 0;
  while (i < segmented.size()) {
    // One word: the characters up to the next space.
    bool open = false;
    Span word;
    while (i < segmented.size()) {
      const char32_t cp = utf8::next(segmented, i);
      if (is_space(cp)) break;
      if (is_invisible(cp)) continue;
      if (cp == '_') {
        if (!open) r.skip_spaces_and_marks();
        if (r.at >= raw.size() || raw[r.at] != '_') continue;  // a joiner, not the character
      }
      const char32_t key = fold_key(cp);
      if (key == 0) continue;
      r.skip_spaces_and_marks();
      if (r.at >= raw.size()) return false;
      size_t next;
      if (fold_key(r.peek(next)) != key) return false;
      if (!open) word.start = static_cast<uint32_t>(r.at);
      open = true;
      r.at = next;
      r.skip_marks();
      word.end = static_cast<uint32_t>(r.at);
    }
    if (open) words.push_back(word);
  }
  r.skip_spaces_and_marks();
  return r.at == raw.size();
}

}  // namespace vitext::train
