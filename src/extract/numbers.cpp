#include "extract/numbers.h"

#include <string>
#include <utility>

#include "extract/fold.h"

namespace vitext::extract {

bool parse_digits(std::string_view s, double& value) {
  // "-5", "−0,24": the tokenizer keeps a minus glued to a number with nothing number-like
  // on its left.
  double sign = 1;
  if (s.size() > 1 && s[0] == '-') {
    sign = -1;
    s.remove_prefix(1);
  } else if (s.size() > 3 && s.substr(0, 3) == "\xE2\x88\x92") {  // U+2212 MINUS SIGN
    sign = -1;
    s.remove_prefix(3);
  }
  if (s.empty() || s[0] < '0' || s[0] > '9') return false;
  size_t dots = 0, commas = 0;
  for (char c : s) {
    if (c == '.') ++dots;
    else if (c == ',') ++commas;
    else if (c < '0' || c > '9') return false;
  }
  // Vietnamese: "." groups thousands, "," marks decimals. A lone "." not followed by
  // exactly three digits is a decimal point as in English ("1.5").
  char thousands = '.', decimal = ',';
  if (commas > 1 && dots <= 1) std::swap(thousands, decimal);  // "1,000,000.5"
  if (dots == 1 && commas == 0) {
    size_t at = s.find('.');
    if (s.size() - at - 1 != 3) std::swap(thousands, decimal);
  }
  std::string clean;
  for (char c : s) {
    if (c == thousands) continue;
    clean.push_back(c == decimal ? '.' : c);
  }
  value = sign * std::stod(clean);
  return true;
}

namespace {

// Words "value" parser: digits 0-9, "mười"/"mươi" tens, "trăm" hundreds, scales.
size_t read_number_words(const TokenIndex& p, size_t i, const Lexicons& lx, double& value) {
  auto words = lex::number_words();
  double result = 0, group = 0, pending = 0, last_scale = 1, last_unit = 1;
  bool any = false, pending_set = false;
  size_t j = i;
  // Capitalised only as the first word of a sentence ("Bốn năm sau"); elsewhere a capital
  // makes it a name ("anh Ba", "bà Năm").
  auto number_case = [&](size_t k) {
    return !p[k].upper || (k == i && !p[k].acronym &&
                           (k == 0 || p[k - 1].sentence != p[k].sentence || p[k - 1].kind == PieceKind::kPunct));
  };
  for (; j < p.size() && p[j].kind == PieceKind::kWord && number_case(j); ++j) {
    int32_t w = lx.number_words.find(p.key(j));
    if (w < 0) break;
    const auto& nw = words[w];
    std::string_view key = p.key(j);
    if (key == lx.key_nua) {  // "nửa tỷ": half of the scale that follows
      if (pending_set || any) break;
      pending = 0.5;
      pending_set = true;
    } else if (!nw.scale && nw.value < 10 && nw.value != 0.5) {
      // "linh", "lẻ", "không" join the parts of one number after a hundred ("một trăm linh
      // năm"); elsewhere "không" is "not" ("có một không hai").
      if (nw.value == 0) {
        if (last_unit < 100) break;
        continue;
      }
      if (pending_set) break;       // "hai ba": two numbers, not one
      pending = nw.value;
      pending_set = true;
    } else if (key == lx.key_muoi_ten) {
      group += 10;
      last_unit = 10;
    } else if (key == lx.key_muoi || key == lx.key_chuc) {
      group += (pending_set ? pending : 1) * 10;
      pending_set = false;
      last_unit = 10;
    } else if (key == lx.key_tram) {
      group += (pending_set ? pending : 1) * 100;
      pending_set = false;
      last_unit = 100;
    } else if (nw.value == 0.5) {  // "rưỡi": half of the last unit ("một triệu rưỡi")
      result += last_unit * 0.5;
    } else {  // nghìn, triệu, tỷ
      double v = group + (pending_set ? pending : 0);
      if (v == 0 && !any) v = 1;
      if (result > 0 && nw.value > last_scale) {
        result = (result + v) * nw.value;
      } else {
        result += v * nw.value;
      }
      last_scale = last_unit = nw.value;
      group = 0;
      pending_set = false;
    }
    any = true;
  }
  if (!any) return 0;
  value = result + group + (pending_set ? pending : 0);
  return j - i;
}

}  // namespace

size_t read_number(const TokenIndex& p, size_t i, const Lexicons& lx, double& value) {
  if (i >= p.size()) return 0;
  size_t j = i;
  if (p[i].kind == PieceKind::kNumber) {
    if (!parse_digits(p.str(i), value)) return 0;
    ++j;
    // "1,5 triệu", "3 tỷ", "20 nghìn": scale words after digits.
    while (j < p.size() && p[j].kind == PieceKind::kWord) {
      int32_t w = lx.number_words.find(p.key(j));
      if (w < 0 || !lex::number_words()[w].scale || lex::number_words()[w].value < 1000) break;
      value *= lex::number_words()[w].value;
      ++j;
    }
    return j - i;
  }
  if (p[i].kind != PieceKind::kWord) return 0;
  if (!p.first_mask.empty() && !(p.first_mask[i] & lx.number_words.bit())) return 0;
  size_t n = read_number_words(p, i, lx, value);
  if (n == 0) return 0;
  if (n == 1 && !lx.counters.longest(p, i + 1)) return 0;
  // "những năm tháng", "các ba": after a plural marker the word is not a number.
  if (i > 0 && p[i - 1].kind == PieceKind::kWord && (p.key(i - 1) == lx.key_nhung || p.key(i - 1) == lx.key_cac)) return 0;
  return n;
}

}  // namespace vitext::extract
