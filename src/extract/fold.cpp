#include "extract/fold.h"

#include <utf8proc.h>

#include <cstring>
#include <vector>

namespace vitext::extract {
namespace {

// The five Vietnamese tone marks as combining characters, and the digit that stands for
// each at the end of a key (the level tone has none).
char tone_digit(utf8proc_int32_t cp) {
  switch (cp) {
    case 0x0300: return '2';  // huyền
    case 0x0301: return '1';  // sắc
    case 0x0309: return '3';  // hỏi
    case 0x0303: return '4';  // ngã
    case 0x0323: return '5';  // nặng
    default: return 0;
  }
}

void append_utf8(utf8proc_int32_t cp, std::string& out) {
  utf8proc_uint8_t buf[4];
  utf8proc_ssize_t n = utf8proc_encode_char(cp, buf);
  out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

// Folding of one code point below U+2000 (all Vietnamese letters), computed once: the
// lower-case base letters without tone marks, and the tone digit (0 for none).
struct FoldEntry {
  char bytes[7];
  uint8_t len;
  char tone;
};

FoldEntry fold_code_point(utf8proc_int32_t cp) {
  FoldEntry e{};
  utf8proc_int32_t parts[8];
  int boundclass = 0;
  utf8proc_ssize_t m = utf8proc_decompose_char(cp, parts, 8,
                                               static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD),
                                               &boundclass);
  std::string base;
  if (m <= 0 || m > 8) {
    append_utf8(cp, base);
  } else {
    for (utf8proc_ssize_t i = 0; i < m; ++i) {
      if (char t = tone_digit(parts[i])) {
        e.tone = t;
      } else {
        append_utf8(parts[i], base);
      }
    }
  }
  if (base.size() > sizeof e.bytes) base.resize(0);  // not a letter we fold; keep as is below
  e.len = static_cast<uint8_t>(base.size());
  std::memcpy(e.bytes, base.data(), base.size());
  return e;
}

constexpr utf8proc_int32_t kTableSize = 0x2000;

const std::vector<FoldEntry>& fold_table() {
  static const std::vector<FoldEntry> table = [] {
    std::vector<FoldEntry> t(kTableSize);
    for (utf8proc_int32_t cp = 0; cp < kTableSize; ++cp) t[cp] = fold_code_point(cp);
    return t;
  }();
  return table;
}

}  // namespace

void append_fold(std::string_view text, std::string& out) {
  const std::vector<FoldEntry>& table = fold_table();
  char tone = 0;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
  while (left > 0) {
    if (*p < 0x80) {
      char c = static_cast<char>(*p);
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
      ++p;
      --left;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) {  // invalid byte: keep it so keys stay distinct
      out.push_back(static_cast<char>(*p));
      ++p;
      --left;
      continue;
    }
    if (cp < kTableSize && table[cp].len > 0) {
      out.append(table[cp].bytes, table[cp].len);
      if (table[cp].tone) tone = table[cp].tone;
    } else if (cp < kTableSize && table[cp].tone) {
      tone = table[cp].tone;  // a combining tone mark on its own (decomposed input)
    } else if (cp >= kTableSize) {
      FoldEntry e = fold_code_point(cp);
      if (e.len) out.append(e.bytes, e.len);
      else out.append(reinterpret_cast<const char*>(p), static_cast<size_t>(n));
      if (e.tone) tone = e.tone;
    } else {
      out.append(reinterpret_cast<const char*>(p), static_cast<size_t>(n));
    }
    p += n;
    left -= n;
  }
  if (tone) out.push_back(tone);
}

std::string fold(std::string_view text) {
  std::string out;
  append_fold(text, out);
  return out;
}

bool starts_upper(std::string_view text) {
  utf8proc_int32_t cp;
  utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                        static_cast<utf8proc_ssize_t>(text.size()), &cp);
  return n > 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

bool all_upper(std::string_view text) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
  int letters = 0;
  while (left > 0) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) return false;
    p += n;
    left -= n;
    auto cat = utf8proc_category(cp);
    if (cat == UTF8PROC_CATEGORY_LL) return false;
    if (cat == UTF8PROC_CATEGORY_LU) ++letters;
  }
  return letters >= 2;
}

}  // namespace vitext::extract
