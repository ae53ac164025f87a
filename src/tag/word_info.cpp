#include "tag/word_info.h"

#include <utf8proc.h>

#include "ml/feature_hash.h"
#include "segment/syllable_key.h"

namespace vitext::tag {
namespace {

// Decodes one code point; invalid bytes come back as U+FFFD one byte at a time.
int32_t next_cp(std::string_view s, size_t& i) {
  utf8proc_int32_t cp = 0;
  auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                            static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  if (n <= 0) {
    ++i;
    return 0xFFFD;
  }
  i += static_cast<size_t>(n);
  return cp;
}

void append_cp(std::string& out, int32_t cp) {
  utf8proc_uint8_t buf[4];
  auto n = utf8proc_encode_char(cp, buf);
  out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

bool is_space(int32_t cp) { return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == '_'; }

char shape_class(int32_t cp) {
  if (cp >= '0' && cp <= '9') return 'd';
  auto cat = utf8proc_category(cp);
  if (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT) return 'X';
  if (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) return 'x';
  if (cat >= UTF8PROC_CATEGORY_PC && cat <= UTF8PROC_CATEGORY_PO) return '.';
  if (cat >= UTF8PROC_CATEGORY_SM && cat <= UTF8PROC_CATEGORY_SO) return '$';
  return '*';
}

// Start of the UTF-8 character `n` characters before the end of `k` (or 0).
size_t cut_last(std::string_view k, int n) {
  size_t cut = k.size();
  for (int i = 0; i < n && cut > 0; ++i) {
    do --cut;
    while (cut > 0 && (static_cast<unsigned char>(k[cut]) & 0xC0) == 0x80);
  }
  return cut;
}

}  // namespace

std::string word_key(std::string_view form) {
  // The treebank writes brackets as PTB-style names; read them as the brackets they are.
  if (form == "LBKT") return "(";
  if (form == "RBKT") return ")";
  std::string out;
  out.reserve(form.size());
  bool pending_space = false;
  for (size_t i = 0; i < form.size();) {
    int32_t cp = next_cp(form, i);
    if (is_space(cp)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    if (cp >= '0' && cp <= '9') {
      out.push_back('0');
    } else if (cp < 128) {
      out.push_back(static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
    } else {
      append_cp(out, utf8proc_tolower(cp));
    }
  }
  return out;
}

namespace {
constexpr uint64_t kWordKeySeed = 0x51ab1e5ull;
}

uint64_t single_syllable_key(uint64_t syllable) { return segment::combine(kWordKeySeed, syllable); }

WordInfo describe_word(std::string_view form) {
  // Treebank bracket names describe as the brackets they stand for (shape included).
  if (form == "LBKT") form = "(";
  if (form == "RBKT") form = ")";
  WordInfo w;
  std::string key = word_key(form);
  std::string_view k(key);
  w.form = ml::hash_bytes(form);
  // Fold every syllable; the word key combines them in order.
  uint64_t combined = kWordKeySeed;
  w.syllables = 0;
  for (size_t pos = 0; pos <= k.size();) {
    size_t end = k.find(' ', pos);
    if (end == std::string_view::npos) end = k.size();
    const uint64_t syl = segment::fold_syllable(k.substr(pos, end - pos)).key;
    if (w.syllables == 0) w.first = syl;
    w.last = syl;
    combined = segment::combine(combined, syl);
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
    int32_t cp = next_cp(form, i);
    char c = is_space(cp) ? '_' : shape_class(cp);
    if (c != prev) shape.push_back(c);
    prev = c;
  }
  w.shape = ml::hash_bytes(shape);
  // Reduplicative compounds ("lung linh", "nho nhỏ") are mostly adjectives: flag two
  // syllables that share their first letter or their last two bytes.
  if (w.syllables == 2) {
    std::string_view a = k.substr(0, first_space), b = k.substr(first_space + 1);
    if (!a.empty() && !b.empty()) {
      w.redup = (a[0] == b[0] ? 1 : 0) | (a.size() >= 2 && b.size() >= 2 && a.substr(a.size() - 2) == b.substr(b.size() - 2) ? 2 : 0);
    }
  }
  w.suffix = ml::hash_bytes(k.substr(cut_last(k, 2)));
  w.suffix3 = ml::hash_bytes(k.substr(cut_last(k, 3)));
  size_t first_char = 0;
  if (!k.empty()) next_cp(k, first_char);
  w.initial = ml::hash_bytes(k.substr(0, first_char));
  return w;
}

void describe_words(std::span<const std::string_view> forms, std::vector<WordInfo>& out) {
  out.resize(forms.size());
  for (size_t i = 0; i < forms.size(); ++i) out[i] = describe_word(forms[i]);
}

WordInfo boundary_word(bool before) {
  WordInfo w;
  uint64_t h = ml::hash_bytes(before ? "<s>" : "</s>");
  w.lower = w.form = w.first = w.last = w.shape = w.suffix = w.suffix3 = w.initial = h;
  w.amb = w.amb_first = w.amb_last = 1u << 30;  // neither a known class nor unknown (0)
  w.cls_first = w.cls_last = 255;                // no syllable class is 255
  return w;
}

}  // namespace vitext::tag
