#include "tokens/numeric.h"

#include <array>

#include "tokens/char_class.h"
#include "tokens/codes.h"

namespace vitext::tokens {

namespace {

size_t digits_end(std::string_view s, size_t i) {
  while (i < s.size() && is_ascii_digit(static_cast<unsigned char>(s[i]))) ++i;
  return i;
}

int value_of(std::string_view s, size_t begin, size_t end) {
  int v = 0;
  for (size_t i = begin; i < end && i < begin + 4; ++i) v = v * 10 + (s[i] - '0');
  return v;
}

bool digit_at(std::string_view s, size_t i) {
  return i < s.size() && is_ascii_digit(static_cast<unsigned char>(s[i]));
}

// Dates must not run on into more digits ("1/2/3/4" is not a date).
bool date_ends(std::string_view s, size_t i, char sep) {
  if (digit_at(s, i)) return false;
  return !(i < s.size() && s[i] == sep && digit_at(s, i + 1));
}

bool valid_day_month(int day, int month) { return day >= 1 && day <= 31 && month >= 1 && month <= 12; }

// Dates: 27/12, 27/12/2023, 1/8/2014, 12/2023, 2023-12-27, 27-12-2023, 27.12.2023, 23-3.
size_t match_date(std::string_view s, size_t pos, size_t a) {
  if (a >= s.size()) return 0;
  const char sep = s[a];
  if (sep != '/' && sep != '-' && sep != '.') return 0;
  const size_t len1 = a - pos;
  const size_t b = a + 1, b_end = digits_end(s, b);
  const size_t len2 = b_end - b;
  if (len2 == 0) return 0;
  const bool third = b_end + 1 < s.size() && s[b_end] == sep && digit_at(s, b_end + 1);
  const size_t c = b_end + 1, c_end = third ? digits_end(s, c) : c;
  const size_t len3 = c_end - c;
  if (len1 == 4 && len2 <= 2 && third && len3 >= 1 && len3 <= 2 && sep != '.') {  // ISO order
    if (valid_day_month(value_of(s, c, c_end), value_of(s, b, b_end)) && date_ends(s, c_end, sep)) return c_end;
    return 0;
  }
  if (len1 > 2) return 0;
  const int first = value_of(s, pos, a);
  if (len2 <= 2) {
    const int second = value_of(s, b, b_end);
    if (!valid_day_month(first, second)) return 0;
    if (third && (len3 == 2 || len3 == 4)) return date_ends(s, c_end, sep) ? c_end : 0;
    if (third || sep == '.') return 0;  // "3.5" is a decimal, not 3 May
    // "3-4 người" is a range; a two-part dash date needs a two-digit day ("23-3").
    if (sep == '-' && len1 != 2) return 0;
    return date_ends(s, b_end, sep) ? b_end : 0;
  }
  if (len2 == 4 && sep != '.' && first >= 1 && first <= 12 && date_ends(s, b_end, sep)) return b_end;  // 12/2023
  return 0;
}

// Times: 8h, 8h30, 08h00, 14g30, 08:30, 08:30:15.
size_t match_time(std::string_view s, size_t pos, size_t a) {
  if (a >= s.size() || a - pos > 2) return 0;
  const int hour = value_of(s, pos, a);
  if (hour > 24) return 0;
  const char c = s[a];
  auto two_digit_minutes = [&](size_t i) {
    return digit_at(s, i) && digit_at(s, i + 1) && !digit_at(s, i + 2) && value_of(s, i, i + 2) <= 59;
  };
  if (c == 'h' || c == 'H') {
    size_t e = two_digit_minutes(a + 1) ? a + 3 : a + 1;
    return ends_word(s, e) ? e : 0;
  }
  if ((c == 'g' || c == 'G') && two_digit_minutes(a + 1)) return ends_word(s, a + 3) ? a + 3 : 0;
  if (c == ':' && two_digit_minutes(a + 1)) {
    size_t e = a + 3;
    if (e < s.size() && s[e] == ':' && two_digit_minutes(e + 1)) e += 3;
    return ends_word(s, e) ? e : 0;
  }
  return 0;
}

// Numbers: digit groups joined by '.' or ','. A repeated separator must join groups of
// three (thousands: 1.000.000, 1,000,000); a different second separator starts the
// decimals (1.000,5 or 1,000.5). A single separator is always kept (3,5 and 3.5 and 1.000).
size_t match_number(std::string_view s, size_t pos, size_t a, bool* has_separator) {
  size_t e = a;
  size_t prev_len = a - pos;
  char prev_sep = 0;
  bool decimals = false;
  while (!decimals && e + 1 < s.size() && (s[e] == '.' || s[e] == ',') && digit_at(s, e + 1)) {
    const char sep = s[e];
    const size_t g_end = digits_end(s, e + 1);
    const size_t len = g_end - (e + 1);
    if (prev_sep != 0) {
      if (prev_len != 3) break;
      if (sep == prev_sep) {
        if (len != 3) break;
      } else {
        decimals = true;
      }
    }
    prev_sep = sep;
    prev_len = len;
    e = g_end;
  }
  *has_separator = prev_sep != 0;
  return e;
}

constexpr std::array<std::string_view, 18> kCurrencyWords = {
    "VNĐ", "VND", "vnđ", "vnd", "Vnđ", "USD", "usd", "EUR", "JPY", "CNY", "GBP", "KRW",
    "THB", "SGD", "AUD", "đ", "₫", "đồng"};
constexpr std::array<std::string_view, 6> kCurrencySigns = {"$", "₫", "€", "£", "¥", "₩"};

}  // namespace

size_t currency_suffix_length(std::string_view s, size_t pos) {
  if (pos >= s.size()) return 0;
  const unsigned char c = static_cast<unsigned char>(s[pos]);
  if (c < 0x80 && !is_ascii_alpha(c) && c != '$') return 0;  // the common case: a space
  std::string_view rest = s.substr(pos);
  size_t best = 0;
  for (std::string_view w : kCurrencySigns)
    if (rest.starts_with(w)) best = w.size();
  if (best) return best;
  for (std::string_view w : kCurrencyWords)
    if (w.size() > best && rest.starts_with(w) && ends_word(s, pos + w.size())) best = w.size();
  return best;
}

bool is_currency_word(std::string_view form) {
  for (std::string_view w : kCurrencySigns)
    if (form == w) return true;
  for (std::string_view w : kCurrencyWords)
    if (form == w && form != "đồng" && form != "đ") return true;
  return false;
}

Match match_numeric(std::string_view s, size_t pos) {
  const size_t a = digits_end(s, pos);
  const bool slash = a < s.size() && s[a] == '/';
  // "12/2014/QH13" is a law's number, though "12/2014" alone is December 2014.
  if (slash)
    if (size_t e = document_number_end(s, pos)) return {e, TokenKind::kCode};
  if (size_t e = match_date(s, pos, a)) return {e, TokenKind::kDate};
  if (size_t e = match_time(s, pos, a)) return {e, TokenKind::kTime};
  if (slash)
    if (size_t e = slashed_digits_end(s, pos)) return {e, TokenKind::kCode};
  bool has_separator = false;
  size_t e = match_number(s, pos, a, &has_separator);
  // "1.2.3", "7.0.0": dots that join neither thousands nor decimals.
  if (e + 1 < s.size() && s[e] == '.' && digit_at(s, e + 1))
    if (size_t d = dotted_digits_end(s, pos); d > e) return {d, TokenKind::kCode};
  if (e < s.size()) {
    if (s[e] == '%') return {e + 1, TokenKind::kPercent};
    if (size_t n = currency_suffix_length(s, e)) return {e + n, TokenKind::kMoney};
    // "4G", "3D": a short number glued to one to three capitals.
    if (!has_separator && e - pos <= 3) {
      size_t u = e;
      while (u < s.size() && u - e < 4 && is_ascii_upper(static_cast<unsigned char>(s[u]))) ++u;
      if (u > e && u - e <= 3 && ends_word(s, u)) return {u, TokenKind::kAcronym};
    }
  }
  return {e, TokenKind::kNumber};
}

}  // namespace vitext::tokens
