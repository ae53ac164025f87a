#include "tag/word_info.h"

#include <utf8proc.h>

#include "core/hash.h"
#include "core/utf8.h"
#include "core/word_key.h"
#include "segment/syllable_key.h"

namespace vitext::tag {
namespace {

char shape_class(char32_t cp) {
  if (cp >= '0' && cp <= '9') return 'd';
  auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  if (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT) return 'X';
  if (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) return 'x';
  if (cat >= UTF8PROC_CATEGORY_PC && cat <= UTF8PROC_CATEGORY_PO) return '.';
  if (cat >= UTF8PROC_CATEGORY_SM && cat <= UTF8PROC_CATEGORY_SO) return '$';
  return '*';
}

constexpr uint64_t kWordKeySeed = 0x51ab1e5ull;

}  // namespace

uint64_t single_syllable_key(uint64_t syllable) { return hash::combine(kWordKeySeed, syllable); }

WordInfo describe_word(std::string_view form) {
  // Treebank bracket names describe as the brackets they stand for (shape included).
  if (form == "LBKT") form = "(";
  if (form == "RBKT") form = ")";
  WordInfo w;
  std::string key = word_key(form);
  std::string_view k(key);
  w.form = hash::hash_bytes(form);
  // Fold every syllable; the word key combines them in order.
  uint64_t combined = kWordKeySeed;
  w.syllables = 0;
  for (size_t pos = 0; pos <= k.size();) {
    size_t end = k.find(' ', pos);
    if (end == std::string_view::npos) end = k.size();
    const uint64_t syl = segment::fold_syllable(k.substr(pos, end - pos)).key;
    if (w.syllables == 0) w.first = syl;
    w.last = syl;
    combined = hash::combine(combined, syl);
    ++w.syllables;
    pos = end + 1;
  }
  if (k.empty()) w.syllables = 0;
  w.lower = combined;
  size_t first_space = k.find(' ');

  // Shape of the original form; suffix = last two code points of the key.
  std::string shape;
  char prev = 0;
  for (size_t i = 0; i < form.size() && shape.size() < 12;) {
    const char32_t cp = utf8::next(form, i);
    char c = is_word_space(cp) ? '_' : shape_class(cp);
    if (c != prev) shape.push_back(c);
    prev = c;
  }
  w.shape = hash::hash_bytes(shape);
  // Reduplicative compounds ("lung linh", "nho nhỏ") are mostly adjectives: flag two
  // syllables that share their first letter or their last two bytes.
  if (w.syllables == 2) {
    std::string_view a = k.substr(0, first_space), b = k.substr(first_space + 1);
    if (!a.empty() && !b.empty()) {
      w.redup = (a[0] == b[0] ? 1 : 0) | (a.size() >= 2 && b.size() >= 2 && a.substr(a.size() - 2) == b.substr(b.size() - 2) ? 2 : 0);
    }
  }
  w.suffix = hash::hash_bytes(k.substr(utf8::cut_last_chars(k, 2)));
  w.suffix3 = hash::hash_bytes(k.substr(utf8::cut_last_chars(k, 3)));
  size_t first_char = 0;
  if (!k.empty()) utf8::next(k, first_char);
  w.initial = hash::hash_bytes(k.substr(0, first_char));
  return w;
}

void describe_words(std::span<const std::string_view> forms, std::vector<WordInfo>& out) {
  out.resize(forms.size());
  for (size_t i = 0; i < forms.size(); ++i) out[i] = describe_word(forms[i]);
}

WordInfo boundary_word(bool before) {
  WordInfo w;
  uint64_t h = hash::hash_bytes(before ? "<s>" : "</s>");
  w.lower = w.form = w.first = w.last = w.shape = w.suffix = w.suffix3 = w.initial = h;
  w.amb = w.amb_first = w.amb_last = 1u << 30;  // neither a known class nor unknown (0)
  w.cls_first = w.cls_last = 255;                // no syllable class is 255
  w.cluster.fill(0xFFFF);                        // nor word cluster 65535
  return w;
}

}  // namespace vitext::tag
